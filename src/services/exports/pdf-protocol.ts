// Messages between the PDF worker thread and the request that runs it.
import { Cell } from './export-table';

/** Worker → main: ask for rows, hand over output (to be acknowledged), finish. */
export type ToMain =
  | { type: 'rows' }
  | { type: 'chunk'; data: Uint8Array }
  | { type: 'done' }
  | { type: 'failed'; message: string };

/** Main → worker: the next batch of rows (null: no more), or "chunk written". */
export type ToWorker = { type: 'rows'; rows: Cell[][] | null } | { type: 'ack' };
