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
import { runStatement, StatementValues } from '../db/statements';
import { ResyncRequiredError } from '../common/errors';
import type { OrderEvent, StatusChange } from './events';
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

/** Where an event's order comes from in the statement that stores it: SQL for its id, department and owner. */
interface EventOrderSql {
  id: string;
  departmentId: string;
  ownerId: string;
  /** A further FROM item those expressions read (a CTE that wrote the order), or none. */
  from?: string;
}

/**
 * The CTEs `next` (the stream head advanced: the lock, see the header) and `stored` (the event, RETURNING seq) of
 * every statement that appends an event; `data` is SQL for the event's JSON text.
 */
function storeEventCtes(
  values: StatementValues,
  event: { topic: string; at: string; change: StatusChange; data: string },
  order: EventOrderSql,
): string {
  return `next AS (UPDATE order_event_stream SET head = head + 1 WHERE id = 1 RETURNING head),
          stored AS (
            INSERT INTO order_event
              (seq, topic, order_id, department_id, owner_id, status_before, status_after, data, created_at)
            SELECT head, ${values.add(event.topic)}, ${order.id}, ${order.departmentId}, ${order.ownerId},
                   ${values.add(event.change.before)}, ${values.add(event.change.after)}, ${event.data},
                   ${values.add(event.at)}
              FROM next${order.from ? `, ${order.from}` : ''}
            RETURNING seq)`;
}

/** The NOTIFY on `wake` (no payload, delivered at commit) that a statement appending an event selects. */
function wakeSql(values: StatementValues, wake: string): string {
  return `pg_notify(${values.add(wake)}, '')`;
}

/**
 * Stores `event` in the transaction of `manager` and returns its sequence number (see the header on the lock), and
 * queues a NOTIFY on `wake` (delivered at commit, no payload: identical notifications of one transaction fold into
 * one). One statement: the stream head stays locked from here to commit, so every round trip saved here is one
 * less that every other event-raising transaction waits for.
 */
export async function appendEvent(manager: EntityManager, event: OrderEvent, wake: string): Promise<number> {
  const values = new StatementValues();
  const ctes = storeEventCtes(
    values,
    {
      topic: event.topic,
      at: event.at,
      change: statusChange(event),
      data: values.add(JSON.stringify(event)),
    },
    {
      id: values.add(event.order.id),
      departmentId: values.add(event.order.departmentPemesanId),
      ownerId: values.add(event.order.karyawanPemesanId),
    },
  );
  const rows = await runStatement<{ seq: string }>(
    manager,
    `WITH ${ctes} SELECT seq, ${wakeSql(values, wake)} FROM stored`,
    values.values,
  );
  return Number(rows[0].seq);
}

/** An event without its order (OrderEvent is a union: each member without it). */
export type EventWithoutOrder = OrderEvent extends infer E
  ? E extends unknown
    ? Omit<E, 'order'>
    : never
  : never;

/** Stands in for the order in an event's JSON text until the SQL of the order's row takes its place. */
const ORDER_PLACE = JSON.stringify('\u0000order\u0000');

/**
 * appendEvent as parts of one statement that also writes the event's order (createOrder: the order, its audit row
 * and its event in one round trip): the CTEs `next` and `stored`, for an event whose order is the row of the CTE
 * `order.row` (columns as in transaction_pesanan) and whose order JSON is `order.json` (SQL, entityJsonSql: the
 * text JSON.stringify makes of the order as read back). The statement selects `eventStoredSql` FROM `stored`. Its
 * stream head is locked from that statement to commit, as appendEvent's: write it as the transaction's last.
 */
export function eventOfRowCtes(
  values: StatementValues,
  event: EventWithoutOrder,
  change: StatusChange,
  order: { row: string; json: string },
): string {
  // The same text JSON.stringify makes of the whole event (the order second, after its topic), the order spliced in.
  const { topic, ...rest } = event;
  const parts = JSON.stringify({ topic, order: JSON.parse(ORDER_PLACE) as string, ...rest }).split(
    ORDER_PLACE,
  );
  if (parts.length !== 2) throw new Error('eventOfRowCtes: the event contains its own placeholder');
  return storeEventCtes(
    values,
    {
      topic: event.topic,
      at: event.at,
      change,
      data: `${values.add(parts[0])} || ${order.json} || ${values.add(parts[1])}`,
    },
    {
      id: `${order.row}.id`,
      departmentId: `${order.row}.department_pemesan_id`,
      ownerId: `${order.row}.karyawan_pemesan_id`,
      from: order.row,
    },
  );
}

/** What a statement built with eventOfRowCtes selects FROM stored: the event's seq and its wake-up NOTIFY. */
export function eventStoredSql(values: StatementValues, wake: string): string {
  return `stored.seq AS event_seq, ${wakeSql(values, wake)}`;
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
