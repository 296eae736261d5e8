// The order events and how they are raised: pg_notify inside the mutation's own transaction, so an event exists
// if and only if its change committed, and it reaches every server process LISTENing on the channel.
import { EntityManager } from 'typeorm';
import { Order } from '../entities';
import { ApprovalDecision, ApprovalRequestType, OrderStatus } from '../entities/enums';

export const EVENT_CHANNEL = 'packmeal_events';
/** Session control across processes: end a user's open sockets (deactivation, role change, password reset). */
export const CONTROL_CHANNEL = 'packmeal_control';
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

const INSTANTS = [
  'waktuDibuat',
  'waktuDiproses',
  'waktuSiap',
  'waktuDiantar',
  'waktuSelesai',
  'waktuDibatalkan',
] as const;

/** The Order entity back from its JSON snapshot (instants become Dates again). */
export function orderFromSnapshot(value: OrderSnapshot): Order {
  const order = Object.assign(new Order(), value) as Order;
  for (const key of INSTANTS) {
    const instant = value[key];
    Object.assign(order, { [key]: instant === null ? null : new Date(instant) });
  }
  return order;
}

export interface ControlMessage {
  type: 'endSessions';
  karyawanId: number;
}

/** Ends the open WebSocket sessions of a user on every process, once the transaction commits. */
export async function publishControl(manager: EntityManager, message: ControlMessage): Promise<void> {
  await manager.query('SELECT pg_notify($1, $2)', [CONTROL_CHANNEL, JSON.stringify(message)]);
}

/** Raises `event` within the transaction of `manager`; it is delivered only if that transaction commits. */
export async function publishEvent(manager: EntityManager, event: OrderEvent): Promise<void> {
  const payload = JSON.stringify(event);
  if (Buffer.byteLength(payload) > MAX_NOTIFY_BYTES) {
    throw new Error(`Event ${event.topic} is ${Buffer.byteLength(payload)} bytes, over the NOTIFY limit`);
  }
  await manager.query('SELECT pg_notify($1, $2)', [EVENT_CHANNEL, payload]);
}
