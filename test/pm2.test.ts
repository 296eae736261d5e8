// PM2 cluster mode as deployed (ecosystem.config.js with the local PM2, README's environment): deploy/pm2-check.ts
// starts two workers, scrapes each one's metrics as README's Prometheus configuration does, checks that their log
// lines carry pid and instance and that each runs with the V8 heap limit of ecosystem.config.js (which fits below its
// max_memory_restart), and runs `pm2 reload` under 20 keep-alive clients: no request may fail.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect } from 'chai';

const run = promisify(execFile);

describe('PM2 cluster (deploy/pm2-check)', () => {
  it('serves metrics as README scrapes them, logs pid and instance, runs with the heap limit that fits the restart threshold, and loses no request to pm2 reload under load', async function () {
    this.timeout(180_000);
    const script = path.resolve(__dirname, '../deploy/pm2-check.js');
    const outcome = await run(process.execPath, [script]).catch(
      (error: { stdout?: string; stderr?: string }) => ({
        stdout: error.stdout ?? '',
        stderr: error.stderr ?? 'failed',
      }),
    );
    expect(outcome.stderr).to.equal('');
    expect(outcome.stdout).to.contain('pm2-check: ok');
    expect(outcome.stdout).to.match(/heap limits \d+ and \d+ MB within 75% of max_memory_restart 512 MB/);
    // The load's size and the reload's duration, in the test's log.
    console.log(
      `      ${outcome.stdout.split('\n').find((line) => line.includes('reload under load')) ?? ''}`,
    );
  });
});
