// The parent's side of bench/support/load-process.ts: one load-generator process, one closed loop at a time.
import { ChildProcess, fork } from 'node:child_process';
import path from 'node:path';
import type { FromLoad, LoadResult, LoadSpec, ToLoad } from './load-process';

export type { LoadResult, LoadSpec };

export class LoadProcess {
  private readonly child: ChildProcess = fork(path.join(__dirname, 'load-process.js'), [], {
    stdio: 'inherit',
  });

  /** Runs one closed loop in the load process and resolves with its latencies. */
  run(spec: LoadSpec): Promise<LoadResult> {
    return new Promise((resolve, reject) => {
      const onMessage = (message: FromLoad) => {
        this.child.off('exit', onExit);
        resolve(message.result);
      };
      const onExit = (code: number | null) => {
        this.child.off('message', onMessage);
        reject(new Error(`The load process exited (${code})`));
      };
      this.child.once('message', onMessage);
      this.child.once('exit', onExit);
      this.child.send({ type: 'run', spec } satisfies ToLoad);
    });
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      if (this.child.exitCode !== null) return resolve();
      this.child.once('exit', () => resolve());
      this.child.send({ type: 'close' } satisfies ToLoad);
    });
  }
}
