// Streams a newest-first listing in batches by keyset ((instant, id) below the last row seen), so that an export
// of any size holds one batch in memory and never pays for a large OFFSET.

/** Where the previous batch ended. `at` is PostgreSQL's own text of the timestamptz: microseconds survive. */
export interface KeysetCursor {
  at: string;
  id: number;
}

/** A fetched row together with its position in the listing. */
export interface Keyed<T> {
  cursor: KeysetCursor;
  row: T;
}

export const DEFAULT_BATCH_SIZE = 1000;

/** Yields every row that `fetchBatch` returns, batch after batch, until a short batch ends the listing. */
export async function* keysetRows<T>(
  fetchBatch: (after: KeysetCursor | null, limit: number) => Promise<Keyed<T>[]>,
  batchSize = DEFAULT_BATCH_SIZE,
): AsyncGenerator<T> {
  let after: KeysetCursor | null = null;
  for (;;) {
    const batch = await fetchBatch(after, batchSize);
    for (const item of batch) yield item.row;
    if (batch.length < batchSize) return;
    after = batch[batch.length - 1].cursor;
  }
}
