// Raising events: appended to the event log inside the mutation's own transaction, so an event exists if and only if
// its change committed; a pg_notify (delivered on commit, no payload) wakes every server process, which then reads
// the log (realtime/event-bus.ts).
import { EntityManager } from 'typeorm';
import { appendEvent } from './event-log';
import { CONTROL_CHANNEL, ControlMessage, EVENT_CHANNEL, OrderEvent } from './events';

/** Ends open WebSocket sessions (of a user, or one session) on every process, once the transaction commits. */
export async function publishControl(manager: EntityManager, message: ControlMessage): Promise<void> {
  await manager.query('SELECT pg_notify($1, $2)', [CONTROL_CHANNEL, JSON.stringify(message)]);
}

/**
 * Raises `event` within the transaction of `manager`: stores it in the event log and wakes every process on commit.
 * It is delivered only if that transaction commits. Call it as the transaction's last write: the stream head it
 * updates stays locked until commit (event-log.ts).
 */
export async function publishEvent(manager: EntityManager, event: OrderEvent): Promise<void> {
  await appendEvent(manager, event, EVENT_CHANNEL);
}
