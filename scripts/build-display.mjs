// Bundles the display (display/src, TypeScript) into dist/display with esbuild: one ES module, the stylesheet and
// the page, all served by this server (GET /display), nothing from a CDN.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild-wasm';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'dist', 'display');

fs.mkdirSync(out, { recursive: true });
await build({
  entryPoints: [path.join(root, 'display', 'src', 'main.ts')],
  outfile: path.join(out, 'app.js'),
  bundle: true,
  format: 'esm',
  target: 'es2022',
  minify: true,
  sourcemap: true,
  legalComments: 'linked',
  define: { 'globalThis.__DEV__': 'false', 'process.env.NODE_ENV': '"production"' },
  logLevel: 'warning',
});
for (const file of ['index.html', 'display.css', 'icon.svg']) {
  fs.copyFileSync(path.join(root, 'display', file), path.join(out, file));
}
