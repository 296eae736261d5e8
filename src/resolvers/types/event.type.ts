// The payload types of the subscriptions and of orderEventsSince. Actors are karyawan ids resolved through the
// event's loaders.
import { createUnionType, Field, ObjectType } from 'type-graphql';
import { Order } from '../../entities';
import { ApprovalDecision, ApprovalRequestType, OrderStatus } from '../../entities/enums';
import { DateTimeScalar } from '../../common/scalars';

const CURSOR_DESCRIPTION = 'position in the order event stream; resume with after: cursor';

@ObjectType()
export class OrderCreatedEvent {
  @Field(() => Order)
  order: Order;

  actorId: number;

  @Field(() => DateTimeScalar)
  at: Date;

  @Field(() => String, { description: CURSOR_DESCRIPTION })
  cursor: string;
}

@ObjectType()
export class OrderStatusChangedEvent {
  @Field(() => Order)
  order: Order;

  @Field(() => OrderStatus)
  oldStatus: OrderStatus;

  @Field(() => OrderStatus)
  newStatus: OrderStatus;

  actorId: number;

  @Field(() => DateTimeScalar)
  at: Date;

  @Field(() => String, { description: CURSOR_DESCRIPTION })
  cursor: string;
}

@ObjectType()
export class OrderApprovalRequestedEvent {
  @Field(() => Order)
  order: Order;

  @Field(() => ApprovalRequestType)
  requestType: ApprovalRequestType;

  actorId: number;

  @Field(() => String)
  catatanDapur: string;

  @Field(() => DateTimeScalar)
  at: Date;

  @Field(() => String, { description: CURSOR_DESCRIPTION })
  cursor: string;
}

@ObjectType()
export class OrderApprovalDecidedEvent {
  @Field(() => Order)
  order: Order;

  @Field(() => ApprovalRequestType)
  requestType: ApprovalRequestType;

  @Field(() => ApprovalDecision)
  decision: ApprovalDecision;

  actorId: number;

  @Field(() => String, { nullable: true })
  catatanAdmin: string | null;

  requestedById: number | null;

  @Field(() => DateTimeScalar)
  at: Date;

  @Field(() => String, { description: CURSOR_DESCRIPTION })
  cursor: string;
}

export const OrderEventUnion = createUnionType({
  name: 'OrderEvent',
  description: 'Every order event, in commit order.',
  types: () =>
    [
      OrderCreatedEvent,
      OrderStatusChangedEvent,
      OrderApprovalRequestedEvent,
      OrderApprovalDecidedEvent,
    ] as const,
});

export type AnyOrderEvent =
  OrderCreatedEvent | OrderStatusChangedEvent | OrderApprovalRequestedEvent | OrderApprovalDecidedEvent;

@ObjectType()
export class OrderEventPage {
  @Field(() => [OrderEventUnion])
  events: AnyOrderEvent[];

  @Field(() => String, {
    nullable: true,
    description: 'pass as after to continue (HTTP or subscription); null only when the stream is empty',
  })
  endCursor: string | null;

  @Field(() => Boolean)
  hasMore: boolean;
}
