// The order events: their topics, their data as stored in the event log and carried to subscribers, and the session
// control messages. Raising one is publish.ts; storing and reading them is event-log.ts.
import { Order } from '../entities';
import { ApprovalDecision, ApprovalRequestType, OrderStatus } from '../entities/enums';

export const EVENT_CHANNEL = 'packmeal_events';
/** Session control across processes: end a user's open sockets (deactivation, role change, password reset). */
export const CONTROL_CHANNEL = 'packmeal_control';

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

/** The subscription fields and the topics each one streams; `orderEvents` is all of them, in commit order. */
export const SUBSCRIPTION_TOPICS: Readonly<Record<string, readonly Topic[]>> = {
  orderCreated: [Topic.ORDER_CREATED],
  orderStatusChanged: [Topic.ORDER_STATUS_CHANGED],
  orderApprovalRequested: [Topic.ORDER_APPROVAL_REQUESTED],
  orderApprovalDecided: [Topic.ORDER_APPROVAL_DECIDED],
  orderEvents: Object.values(Topic),
};

/** The order's status before (null: it did not exist) and after the change an event reports. */
export function statusChange(event: OrderEvent): { before: OrderStatus | null; after: OrderStatus } {
  const after = event.order.statusPesanan;
  switch (event.topic) {
    case Topic.ORDER_CREATED:
      return { before: null, after };
    case Topic.ORDER_STATUS_CHANGED:
      return { before: event.oldStatus, after: event.newStatus };
    case Topic.ORDER_APPROVAL_REQUESTED:
      // The original's requests stored no previous status; it is taken as MENUNGGU (DOMAIN.md).
      return { before: event.order.statusSebelumPersetujuan ?? OrderStatus.MENUNGGU, after };
    case Topic.ORDER_APPROVAL_DECIDED:
      // Only a pending request is decided, and a pending order is MENUNGGU_PERSETUJUAN (decideApproval).
      return { before: OrderStatus.MENUNGGU_PERSETUJUAN, after };
  }
}

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

/** Session control across processes: every session of a user, or one session (a refresh-token family). */
export type ControlMessage =
  { type: 'endSessions'; karyawanId: number } | { type: 'endSession'; sessionId: string };
