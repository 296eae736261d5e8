// The reduced topology check (README "Scaling out"): `npm run scale:check` with 100 subscribers and 25 s of load,
// with all its faults (kill -9 of a server process, a PgBouncer restart, the replica stopped and started). The full
// run (2,000 subscribers) is recorded in docs/BENCHMARKS.md.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { expect } from 'chai';

describe('scale:check, reduced', function () {
  this.timeout(300_000);

  it('keeps every acknowledged order, gap-free codes, audit 1:1 and exactly-once delivery through the faults', async () => {
    const { DATABASE_URL: _unused, ...env } = process.env;
    const child = spawn(process.execPath, [path.resolve(__dirname, '../deploy/scale/scale-check.js')], {
      env: { ...env, SCALE_SUBSCRIBERS: '100', SCALE_LOAD_SECONDS: '25' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    const summary = stdout.trim().split('\n').pop() ?? '';
    expect(summary, `${stdout}\n${stderr.slice(-2000)}`).to.match(/^scale:check PASS: /);
    expect(summary).to.match(/ 100\/100 exactly once /);
    expect(summary).to.match(/, 0 lost, codes gap-free yes, audit 1:1 yes;/);
    expect(code).to.equal(0);
  });
});
