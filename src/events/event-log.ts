// The order event log: every event stored in its mutation's transaction, numbered in commit order, read back by
// cursor, validated for resumption, and pruned after the retention.
//
// Commit order: appending an event increments the one-row stream head (`order_event_stream.head`) and takes the new
// value as the event's sequence number. The UPDATE locks that row until the transaction ends, so a second
// transaction raising an event waits until the first has committed (or rolled back) before it can number its own.
// Hence sequence numbers are handed out in commit order, and every number at or below a committed head is already
// visible: a reader that has passed n never finds a later-committed event below n. (A serial id would not do: a
// transaction that took 10 can commit after one that took 11 was read. The other way, reading only below the oldest
// in-flight transaction's xid8, was not chosen because one slow transaction anywhere would hold back every screen.)
// The cost is that event-raising transactions serialise from their publishEvent to their commit; services raise
// events as their last write, so that window is a few statements long. A rolled-back transaction releases its
// number, which the next one takes: no number is ever seen twice.
import { EntityManager } from 'typeorm';
import { runStatement } from '../db/statements';
import { ResyncRequiredError } from '../common/errors';
import type { OrderEvent } from './events';
import { statusChange } from './events';

/** An event as stored: its place in the stream and its data. */
export interface StoredEvent {
  seq: number;
  event: OrderEvent;
}

/** Anything that runs SQL: the DataSource (pool) or a transaction's EntityManager. */
export type Queryable = Pick<EntityManager, 'query'>;

/** Cursors are opaque to clients; the version prefix leaves room for another numbering later. */
const CURSOR_PATTERN = /^ev1-(0|[1-9][0-9]{0,14})$/;

export function encodeCursor(seq: number): string {
  return `ev1-${seq}`;
}

/** The sequence number of a cursor, or null when it is not one this server issues. */
export function parseCursor(cursor: string): number | null {
  const match = CURSOR_PATTERN.exec(cursor);
  return match ? Number(match[1]) : null;
}

/**
 * Stores `event` in the transaction of `manager` and returns its sequence number (see the header on the lock), and
 * queues a NOTIFY on `wake` (delivered at commit, no payload: identical notifications of one transaction fold into
 * one). One statement: the stream head stays locked from here to commit, so every round trip saved here is one
 * less that every other event-raising transaction waits for.
 */
export async function appendEvent(manager: EntityManager, event: OrderEvent, wake: string): Promise<number> {
  const { before, after } = statusChange(event);
  const rows = await runStatement<{ seq: string }>(
    manager,
    `WITH next AS (UPDATE order_event_stream SET head = head + 1 WHERE id = 1 RETURNING head),
          stored AS (
            INSERT INTO order_event
              (seq, topic, order_id, department_id, owner_id, status_before, status_after, data, created_at)
            SELECT head, $1, $2, $3, $4, $5, $6, $7, $8 FROM next
            RETURNING seq)
     SELECT seq, pg_notify($9, '') FROM stored`,
    [
      event.topic,
      event.order.id,
      event.order.departmentPemesanId,
      event.order.karyawanPemesanId,
      before,
      after,
      JSON.stringify(event),
      event.at,
      wake,
    ],
  );
  return Number(rows[0].seq);
}

/**
 * The sequence number of the newest committed event (0 for an empty stream), as SQL: a statement of its own, or a
 * subquery of a read that must see the same snapshot.
 */
export const STREAM_HEAD_SQL = 'SELECT head FROM order_event_stream WHERE id = 1';

/** The sequence number of the newest committed event (0 for an empty stream). */
export async function streamHead(db: Queryable): Promise<number> {
  const rows: Array<{ head: string }> = await db.query(STREAM_HEAD_SQL);
  return Number(rows[0].head);
}

/** Up to `limit` stored events after `afterSeq` (and at most `throughSeq`), oldest first. */
export async function readEvents(
  db: Queryable,
  afterSeq: number,
  throughSeq: number | null,
  limit: number,
): Promise<StoredEvent[]> {
  const rows: Array<{ seq: string; data: string }> = await db.query(
    `SELECT seq, data FROM order_event WHERE seq > $1 AND ($2::bigint IS NULL OR seq <= $2)
      ORDER BY seq LIMIT $3`,
    [afterSeq, throughSeq, limit],
  );
  return rows.map((row) => ({ seq: Number(row.seq), event: JSON.parse(row.data) as OrderEvent }));
}

export interface ResumeLimits {
  retentionDays: number;
  replayLimit: number;
  now: Date;
}

/**
 * Where a client resuming with `cursor` starts, and the head it may read up to; RESYNC_REQUIRED when the cursor is
 * malformed or not of this stream, when an event it would need is older than the retention (or already pruned), or
 * when it is more than the replay limit behind.
 */
export async function resumePosition(
  db: Queryable,
  cursor: string,
  limits: ResumeLimits,
): Promise<{ seq: number; head: number }> {
  const seq = parseCursor(cursor);
  if (seq === null) throw new ResyncRequiredError('The cursor is not one this server issued');
  const rows: Array<{ head: string; pruned_through: string; next_at: Date | null }> = await db.query(
    `SELECT head, pruned_through,
            (SELECT created_at FROM order_event WHERE seq > $1 ORDER BY seq LIMIT 1) AS next_at
       FROM order_event_stream WHERE id = 1`,
    [seq],
  );
  const head = Number(rows[0].head);
  const oldest = limits.now.getTime() - limits.retentionDays * 86_400_000;
  if (seq > head) throw new ResyncRequiredError('The cursor is ahead of this stream');
  if (seq < Number(rows[0].pruned_through) || (rows[0].next_at && rows[0].next_at.getTime() < oldest))
    throw new ResyncRequiredError(`The cursor is older than the ${limits.retentionDays}-day event retention`);
  if (head - seq > limits.replayLimit)
    throw new ResyncRequiredError(`The cursor is more than ${limits.replayLimit} events behind`);
  return { seq, head };
}

/** Deletes the events older than the retention and records how far the log is pruned; returns how many went. */
export async function pruneEvents(db: Queryable, now: Date, retentionDays: number): Promise<number> {
  const rows: Array<{ count: number }> = await db.query(
    `WITH gone AS (DELETE FROM order_event WHERE created_at < $1 RETURNING seq),
          mark AS (UPDATE order_event_stream SET pruned_through = GREATEST(pruned_through, (SELECT max(seq) FROM gone))
                    WHERE id = 1 AND EXISTS (SELECT 1 FROM gone))
     SELECT count(*)::int AS count FROM gone`,
    [new Date(now.getTime() - retentionDays * 86_400_000)],
  );
  return rows[0].count;
}
