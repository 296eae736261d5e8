// The order events, each defined once: its GraphQL type (a class over one base event), its topic and subscription
// field, the user fields it names, and the statuses it moves an order between (audience and event log read those).
// The data stored in the event log and published is derived from the class. Adding an event: a class and an entry
// of ORDER_EVENTS here, and the service that raises it (ARCHITECTURE.md). Raising one is publish.ts; storing and
// reading them is event-log.ts; the session control messages are here too.
import { Field, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../common/scalars';
import { REQUESTABLE_STATUSES } from '../domain/orders/order-workflow';
import { Order } from '../entities';
import { ApprovalDecision, ApprovalRequestType, OrderStatus } from '../entities/enums';

export const EVENT_CHANNEL = 'packmeal_events';
/** Session control across processes: end a user's open sockets (deactivation, role change, password reset). */
export const CONTROL_CHANNEL = 'packmeal_control';

/** The topic of an event: also the name of the subscription field that streams it alone. */
export enum Topic {
  ORDER_CREATED = 'orderCreated',
  ORDER_STATUS_CHANGED = 'orderStatusChanged',
  ORDER_APPROVAL_REQUESTED = 'orderApprovalRequested',
  ORDER_APPROVAL_DECIDED = 'orderApprovalDecided',
}

const CURSOR_DESCRIPTION = 'position in the order event stream; resume with after: cursor';

/**
 * What every order event carries. Actors are karyawan ids, resolved through the event's loaders. Registered as an
 * object type only so that the event types inherit its fields; no field returns it, so the schema does not show it.
 */
@ObjectType()
export class OrderEventBase {
  /** The order after the change. */
  @Field(() => Order)
  order: Order;

  /** The karyawan who made the change (each type names it: createdBy, changedBy, ...). */
  actorId: number;

  @Field(() => DateTimeScalar)
  at: Date;

  @Field(() => String, { description: CURSOR_DESCRIPTION })
  cursor: string;
}

@ObjectType()
export class OrderCreatedEvent extends OrderEventBase {}

@ObjectType()
export class OrderStatusChangedEvent extends OrderEventBase {
  @Field(() => OrderStatus)
  oldStatus: OrderStatus;

  @Field(() => OrderStatus)
  newStatus: OrderStatus;
}

@ObjectType()
export class OrderApprovalRequestedEvent extends OrderEventBase {
  @Field(() => ApprovalRequestType)
  requestType: ApprovalRequestType;

  @Field(() => String)
  catatanDapur: string;
}

@ObjectType()
export class OrderApprovalDecidedEvent extends OrderEventBase {
  @Field(() => ApprovalRequestType)
  requestType: ApprovalRequestType;

  @Field(() => ApprovalDecision)
  decision: ApprovalDecision;

  @Field(() => String, { nullable: true })
  catatanAdmin: string | null;

  /** The karyawan who made the request (the field requestedBy). */
  requestedById: number | null;
}

/** An order as it crosses the bus: JSON, so instants are ISO strings. */
export type OrderSnapshot = {
  [K in keyof Order]: Order[K] extends Date
    ? string
    : Order[K] extends Date | null
      ? string | null
      : Order[K];
};

/** An event's data as raised, stored and read back: the type's fields, the order as JSON, the instant as ISO. */
export type EventData<E extends OrderEventBase> = Omit<E, 'order' | 'at' | 'cursor'> & {
  order: OrderSnapshot;
  at: string;
};

/** The order's status before (null: it did not exist) and after the change an event reports. */
export interface StatusChange {
  before: OrderStatus | null;
  after: OrderStatus;
}

/** One kind of event: everything the rest of the server derives from. */
export interface EventKind<E extends OrderEventBase> {
  type: new () => E;
  /** The User field naming the actor (actorId). */
  actorField: string;
  /** Further nullable User fields and the karyawan id each one names. */
  userFields?: Readonly<Record<string, (event: E) => number | null>>;
  /** The statuses before and after the change. */
  statusChange(event: EventData<E>): StatusChange;
  /** Every status the order may have before or after this kind of event (who may ever receive it). */
  statuses: readonly OrderStatus[];
}

function kind<E extends OrderEventBase>(definition: EventKind<E>): EventKind<E> {
  return definition;
}

/** Every order event, by topic. */
export const ORDER_EVENTS = {
  [Topic.ORDER_CREATED]: kind({
    type: OrderCreatedEvent,
    actorField: 'createdBy',
    statusChange: (event) => ({ before: null, after: event.order.statusPesanan }),
    statuses: [OrderStatus.MENUNGGU],
  }),
  [Topic.ORDER_STATUS_CHANGED]: kind({
    type: OrderStatusChangedEvent,
    actorField: 'changedBy',
    statusChange: (event) => ({ before: event.oldStatus, after: event.newStatus }),
    statuses: Object.values(OrderStatus),
  }),
  [Topic.ORDER_APPROVAL_REQUESTED]: kind({
    type: OrderApprovalRequestedEvent,
    actorField: 'requestedBy',
    // The original's requests stored no previous status; it is taken as MENUNGGU (DOMAIN.md).
    statusChange: (event) => ({
      before: event.order.statusSebelumPersetujuan ?? OrderStatus.MENUNGGU,
      after: event.order.statusPesanan,
    }),
    statuses: [OrderStatus.MENUNGGU, ...REQUESTABLE_STATUSES, OrderStatus.MENUNGGU_PERSETUJUAN],
  }),
  [Topic.ORDER_APPROVAL_DECIDED]: kind({
    type: OrderApprovalDecidedEvent,
    actorField: 'decidedBy',
    userFields: { requestedBy: (event) => event.requestedById },
    // Only a pending request is decided, and a pending order is MENUNGGU_PERSETUJUAN (decideApproval).
    statusChange: (event) => ({ before: OrderStatus.MENUNGGU_PERSETUJUAN, after: event.order.statusPesanan }),
    statuses: [
      OrderStatus.MENUNGGU_PERSETUJUAN,
      OrderStatus.MENUNGGU,
      ...REQUESTABLE_STATUSES,
      OrderStatus.DITOLAK,
    ],
  }),
} as const;

type Kinds = typeof ORDER_EVENTS;

/** The GraphQL type of the events of `topic`. */
export type EventOf<T extends Topic> = Kinds[T] extends EventKind<infer E> ? E : never;

/** An event as raised, stored and read back: its topic and its data. */
export type OrderEvent = { [T in Topic]: { topic: T } & EventData<EventOf<T>> }[Topic];

/** Every topic, in the order of the union type OrderEvent and of the subscription fields. */
export const TOPICS: readonly Topic[] = Object.values(Topic);

/** The subscription fields and the topics each one streams; `orderEvents` is all of them, in commit order. */
export const SUBSCRIPTION_TOPICS: Readonly<Record<string, readonly Topic[]>> = {
  ...Object.fromEntries(TOPICS.map((topic) => [topic, [topic]])),
  orderEvents: TOPICS,
};

/** The kind of an event, typed for its topic's data. */
export function kindOf(topic: Topic): EventKind<OrderEventBase> {
  return ORDER_EVENTS[topic] as unknown as EventKind<OrderEventBase>;
}

/** The order's status before (null: it did not exist) and after the change an event reports. */
export function statusChange(event: OrderEvent): StatusChange {
  return kindOf(event.topic).statusChange(event as unknown as EventData<OrderEventBase>);
}

/** An event as its GraphQL type, at its place `cursor` in the stream. */
export function eventObject(event: OrderEvent, cursor: string): OrderEventBase {
  return Object.assign(new (kindOf(event.topic).type as new () => OrderEventBase)(), event, {
    order: orderFromSnapshot(event.order),
    at: new Date(event.at),
    cursor,
  });
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
