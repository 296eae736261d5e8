// PM2 cluster mode as deployed (ecosystem.config.js with the local PM2): deploy/pm2-check.ts starts two workers
// and checks that their log lines and metrics carry pid and instance.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect } from 'chai';

const run = promisify(execFile);

describe('PM2 cluster (deploy/pm2-check)', () => {
  it('shows both workers in pm2 logs, their own log files and their metrics, each with pid and instance', async function () {
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
  });
});
