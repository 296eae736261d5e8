// Worker thread entry: lays out one PDF export (pdf.ts) off the main thread. Rows arrive in batches when asked for;
// output goes back in chunks, each acknowledged before the next, so the reader's pace bounds memory on both sides.
import { Writable } from 'node:stream';
import { parentPort, workerData } from 'node:worker_threads';
import { Cell, ExportColumn } from './export-table';
import { writePdf, PdfMeta } from './pdf';
import { ToMain, ToWorker } from './pdf-protocol';

export interface PdfJob {
  title: string;
  columns: ExportColumn[];
  meta: PdfMeta;
}

function main(port: NonNullable<typeof parentPort>, job: PdfJob): void {
  // At most one request of each kind is open: the row reader waits for rows while the writer waits for an ack.
  const waiting: { rows?: (rows: Cell[][] | null) => void; ack?: () => void } = {};
  port.on('message', (message: ToWorker) => {
    if (message.type === 'rows') waiting.rows?.(message.rows);
    else waiting.ack?.();
  });
  const ask = (request: ToMain) => port.postMessage(request);

  async function* rows(): AsyncGenerator<Cell[]> {
    for (;;) {
      const batch = await new Promise<Cell[][] | null>((resolve) => {
        waiting.rows = resolve;
        ask({ type: 'rows' });
      });
      if (batch === null) return;
      yield* batch;
    }
  }

  const out = new Writable({
    write(chunk: Buffer, _encoding, done) {
      waiting.ack = () => done();
      ask({ type: 'chunk', data: new Uint8Array(chunk) });
    },
  });
  writePdf({ title: job.title, columns: job.columns, rows: rows() }, job.meta, out).then(
    () => ask({ type: 'done' }),
    (error: unknown) => ask({ type: 'failed', message: String(error) }),
  );
}

if (parentPort) main(parentPort, workerData as PdfJob);
