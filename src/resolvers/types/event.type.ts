// The payload types of the four subscriptions. Actors are karyawan ids resolved through the event's loaders.
import { Field, ObjectType } from 'type-graphql';
import { Order } from '../../entities';
import { ApprovalDecision, ApprovalRequestType, OrderStatus } from '../../entities/enums';
import { DateTimeScalar } from '../../schema/scalars';

@ObjectType()
export class OrderCreatedEvent {
  @Field(() => Order)
  order: Order;

  actorId: number;

  @Field(() => DateTimeScalar)
  at: Date;
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
}
