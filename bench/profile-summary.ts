// Summarises a V8 CPU profile (node --cpu-prof) by where the time went: per package in node_modules, this
// project's own code, Node internals, garbage collection and idle; and the hottest functions. Used for the
// profiles in docs/BENCHMARKS.md:
//
//   node dist/bench/profile-summary.js CPU.….cpuprofile [top functions, default 15]
import fs from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

function area(url: string, functionName: string): string {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  const modules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (modules) return modules[1];
  if (url.startsWith('node:')) return 'node internals';
  if (url.includes('/dist/src/')) return 'this project (src)';
  if (url.includes('/dist/bench/')) return 'benchmark code';
  return url;
}

function main(): void {
  const [file, top = '15'] = process.argv.slice(2);
  if (!file) throw new Error('Usage: profile-summary <file.cpuprofile> [top]');
  const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as Profile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfTime = new Map<number, number>();
  profile.samples.forEach((id, index) =>
    selfTime.set(id, (selfTime.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0)),
  );
  const total = [...selfTime.values()].reduce((sum, value) => sum + value, 0);
  const idle = [...selfTime].filter(([id]) => byId.get(id)?.callFrame.functionName === '(idle)');
  const busy = total - idle.reduce((sum, [, value]) => sum + value, 0);
  const areas = new Map<string, number>();
  const functions = new Map<string, number>();
  for (const [id, time] of selfTime) {
    const frame = byId.get(id)?.callFrame;
    if (!frame || frame.functionName === '(idle)') continue;
    const where = area(frame.url, frame.functionName);
    areas.set(where, (areas.get(where) ?? 0) + time);
    const name = `${frame.functionName || '(anonymous)'} ${where}:${frame.lineNumber + 1}`;
    functions.set(name, (functions.get(name) ?? 0) + time);
  }
  const percent = (value: number) => `${((100 * value) / busy).toFixed(1)}%`;
  console.log(
    `busy ${(busy / 1e6).toFixed(1)} s of ${(total / 1e6).toFixed(1)} s; self time of the busy part:`,
  );
  for (const [name, time] of [...areas].sort((a, b) => b[1] - a[1]).slice(0, 20))
    console.log(`  ${percent(time).padStart(6)}  ${name}`);
  console.log('hottest functions:');
  for (const [name, time] of [...functions].sort((a, b) => b[1] - a[1]).slice(0, Number(top)))
    console.log(`  ${percent(time).padStart(6)}  ${name}`);
}

main();
