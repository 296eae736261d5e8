#!/usr/bin/env node
// Before `npm run migrate`, `seed` and `create-admin`: compiles the server (tsc -p tsconfig.json) only when a source
// file under src/ is newer than its output in dist/src/ (or has none), so after a deploy's `npm run build` these
// commands start at once. Plain JavaScript, because it must run before anything is compiled.
// Usage: node deploy/ensure-built.js [--dry-run] [root]   (--dry-run says what it would do and compiles nothing)
/* global __dirname, console */
'use strict';
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

/** Source files whose output is missing or older than they are: `src/x.ts` → `dist/src/x.js`. */
function staleSources(root) {
  const stale = [];
  const visit = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) visit(file);
      else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) {
        const output = path.join(root, 'dist', path.relative(root, file)).replace(/\.ts$/, '.js');
        const built = fs.statSync(output, { throwIfNoEntry: false });
        if (!built || built.mtimeMs < fs.statSync(file).mtimeMs) stale.push(path.relative(root, file));
      }
    }
  };
  visit(path.join(root, 'src'));
  const config = fs.statSync(path.join(root, 'tsconfig.json'), { throwIfNoEntry: false });
  const entry = fs.statSync(path.join(root, 'dist/src/index.js'), { throwIfNoEntry: false });
  if (config && entry && entry.mtimeMs < config.mtimeMs) stale.push('tsconfig.json');
  return stale;
}

function main(args) {
  const dryRun = args.includes('--dry-run');
  const root = path.resolve(args.find((arg) => !arg.startsWith('--')) ?? path.join(__dirname, '..'));
  const stale = staleSources(root);
  if (stale.length === 0) {
    console.error('ensure-built: dist/ is current, no compiling');
    return;
  }
  const shown = stale.slice(0, 3).join(', ') + (stale.length > 3 ? ` and ${stale.length - 3} more` : '');
  console.error(`ensure-built: ${shown} newer than dist/: compiling (tsc -p tsconfig.json)`);
  if (dryRun) return;
  const tsc = require.resolve('typescript/bin/tsc', { paths: [root] });
  execFileSync(process.execPath, [tsc, '-p', path.join(root, 'tsconfig.json')], { stdio: 'inherit' });
}

main(process.argv.slice(2));
