// Runs the PDF layout of one export in a worker thread, so that a large export never blocks the event loop that
// serves every other request. This side reads the rows (database) and writes the output (HTTP response).
import path from 'node:path';
import { Writable } from 'node:stream';
import { Worker } from 'node:worker_threads';
import type { Tally } from '../../common/slots';
import { Cell, ExportTable } from './export-table';
import { PdfMeta } from './pdf';
import { ToMain, ToWorker } from './pdf-protocol';
import type { PdfJob } from './pdf-worker';

/** Rows per message to the worker. */
const BATCH = 500;

async function nextBatch(rows: AsyncIterator<Cell[]>): Promise<Cell[][] | null> {
  const batch: Cell[][] = [];
  while (batch.length < BATCH) {
    const next = await rows.next();
    if (next.done) break;
    batch.push(next.value);
  }
  return batch.length ? batch : null;
}

/** Resolves when `out` wants more data or has closed; removes both listeners either way. */
function drained(out: Writable): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      out.off('drain', done);
      out.off('close', done);
      resolve();
    };
    out.on('drain', done);
    out.on('close', done);
  });
}

/**
 * Writes `table` as a PDF into `out` from a worker thread; resolves when the document is complete. `threads` counts
 * the thread from its creation until it has exited (not until this resolves): what the thread really costs.
 */
export async function writePdfInWorker(
  table: ExportTable,
  meta: PdfMeta,
  out: Writable,
  threads?: Tally,
): Promise<void> {
  // A reader that left while the export waited for a thread: its 'close' has passed, so nothing would ever end a
  // worker started now (it would wait for 'drain' for good, holding its thread).
  if (out.destroyed) return;
  const job: PdfJob = { title: table.title, columns: table.columns, meta };
  const worker = new Worker(path.join(__dirname, 'pdf-worker.js'), { workerData: job });
  const exited = threads?.enter();
  if (exited) worker.once('exit', exited);
  const rows = table.rows[Symbol.asyncIterator]();
  const send = (message: ToWorker) => worker.postMessage(message);
  const abandoned = () => void worker.terminate();
  out.once('close', abandoned);
  try {
    await new Promise<void>((resolve, reject) => {
      worker.on('error', reject);
      worker.on('exit', (code) => reject(new Error(`PDF worker exited (${code}) before finishing`)));
      worker.on('message', (message: ToMain) => {
        const step = async () => {
          if (message.type === 'rows') send({ type: 'rows', rows: await nextBatch(rows) });
          else if (message.type === 'chunk') {
            if (!out.write(message.data)) await drained(out);
            send({ type: 'ack' });
          } else if (message.type === 'done') resolve();
          else reject(new Error(message.message));
        };
        step().catch(reject);
      });
    });
    out.end();
  } finally {
    out.off('close', abandoned);
    await rows.return?.();
    await worker.terminate();
  }
}
