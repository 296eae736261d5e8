// PM2 cluster mode as deployed (ecosystem.config.js with the local PM2): deploy/pm2-check.ts starts two workers
// and checks that their log lines and metrics carry pid and instance, and that each runs with the V8 heap limit of
// ecosystem.config.js, which fits below its max_memory_restart.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect } from 'chai';

const run = promisify(execFile);

describe('PM2 cluster (deploy/pm2-check)', () => {
  it('shows both workers in pm2 logs, their own log files and their metrics, each with pid and instance and the heap limit that fits the restart threshold', async function () {
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
  });
});
