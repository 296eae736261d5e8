// The order events and how they are raised: pg_notify inside the mutation's own transaction, so an event exists
// if and only if its change committed, and it reaches every server process LISTENing on the channel.
import { EntityManager } from 'typeorm';
import { Order } from '../entities';
import { ApprovalDecision, ApprovalRequestType, OrderStatus } from '../entities/enums';

export const EVENT_CHANNEL = 'packmeal_events';
/** PostgreSQL refuses NOTIFY payloads of 8000 bytes or more. */
export const MAX_NOTIFY_BYTES = 7900;

export enum Topic {
  ORDER_CREATED = 'orderCreated',
  ORDER_STATUS_CHANGED = 'orderStatusChanged',
  ORDER_APPROVAL_REQUESTED = 'orderApprovalRequested',
  ORDER_APPROVAL_DECIDED = 'orderApprovalDecided',
}

/** An order as it crosses the bus: JSON, so instants are ISO strings. */
export type OrderSnapshot = {
  [K in keyof Order]: Order[K] extends Date
    ? string
    : Order[K] extends Date | null
      ? string | null
      : Order[K];
};

interface EventBase {
  /** The order after the change. */
  order: OrderSnapshot;
  /** The karyawan who made the change. */
  actorId: number;
  /** ISO instant of the change. */
  at: string;
}

export type OrderEvent =
  | (EventBase & { topic: Topic.ORDER_CREATED })
  | (EventBase & { topic: Topic.ORDER_STATUS_CHANGED; oldStatus: OrderStatus; newStatus: OrderStatus })
  | (EventBase & {
      topic: Topic.ORDER_APPROVAL_REQUESTED;
      requestType: ApprovalRequestType;
      catatanDapur: string;
    })
  | (EventBase & {
      topic: Topic.ORDER_APPROVAL_DECIDED;
      requestType: ApprovalRequestType;
      decision: ApprovalDecision;
      catatanAdmin: string | null;
      requestedById: number | null;
    });

export function snapshot(order: Order): OrderSnapshot {
  return JSON.parse(JSON.stringify(order)) as OrderSnapshot;
}

/** Raises `event` within the transaction of `manager`; it is delivered only if that transaction commits. */
export async function publishEvent(manager: EntityManager, event: OrderEvent): Promise<void> {
  const payload = JSON.stringify(event);
  if (Buffer.byteLength(payload) > MAX_NOTIFY_BYTES) {
    throw new Error(`Event ${event.topic} is ${Buffer.byteLength(payload)} bytes, over the NOTIFY limit`);
  }
  await manager.query('SELECT pg_notify($1, $2)', [EVENT_CHANNEL, payload]);
}
