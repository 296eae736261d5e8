// The four subscriptions. Each event reaches only its audience (realtime/audience.ts), narrowed by departmentId;
// nested fields resolve through loaders made once per event per process (shared by every subscriber).
import {
  Arg,
  Ctx,
  FieldResolver,
  Int,
  Resolver,
  SubscriptionHandlerData,
  Root,
  Subscription,
} from 'type-graphql';
import { Context } from '../auth/context';
import { Karyawan } from '../entities';
import { receives } from '../realtime/audience';
import { takeTurn } from '../realtime/turns';
import { orderFromSnapshot, Topic } from '../realtime/events';
import { LocalEvent } from '../realtime/pubsub';
import { NotFoundError } from '../schema/errors';
import {
  OrderApprovalDecidedEvent,
  OrderApprovalRequestedEvent,
  OrderCreatedEvent,
  OrderStatusChangedEvent,
} from './types/event.type';

type Filter = SubscriptionHandlerData<LocalEvent, { departmentId?: number | null }, Context>;

/**
 * The subscription filter: the event's audience includes the signed-in subscriber. Subscribers who receive it wait
 * for their turn, so a large fan-out leaves room for other requests.
 */
async function forSubscriber({ payload, args, context }: Filter): Promise<boolean> {
  if (context.user === null || !receives(payload.event, context.user, args.departmentId)) return false;
  await takeTurn();
  return true;
}

/** Switches the subscription's context to the event's shared loaders, so no row is stale or loaded twice. */
function useEventLoaders(ctx: Context, local: LocalEvent): void {
  ctx.loaders = local.loaders;
}

async function actor(ctx: Context, id: number): Promise<Karyawan> {
  const user = await ctx.loaders.karyawan.load(id);
  if (!user) throw new NotFoundError(`User ${id} not found`);
  return user;
}

const departmentArg = { nullable: true, description: 'only events about orders of this department' };

@Resolver()
export class SubscriptionsResolver {
  @Subscription(() => OrderCreatedEvent, { topics: Topic.ORDER_CREATED, filter: forSubscriber })
  orderCreated(
    @Root() local: LocalEvent,
    @Ctx() ctx: Context,
    @Arg('departmentId', () => Int, departmentArg) _departmentId: number | null,
  ): OrderCreatedEvent {
    useEventLoaders(ctx, local);
    const { event } = local;
    return { order: orderFromSnapshot(event.order), actorId: event.actorId, at: new Date(event.at) };
  }

  @Subscription(() => OrderStatusChangedEvent, { topics: Topic.ORDER_STATUS_CHANGED, filter: forSubscriber })
  orderStatusChanged(
    @Root() local: LocalEvent,
    @Ctx() ctx: Context,
    @Arg('departmentId', () => Int, departmentArg) _departmentId: number | null,
  ): OrderStatusChangedEvent {
    useEventLoaders(ctx, local);
    const { event } = local;
    if (event.topic !== Topic.ORDER_STATUS_CHANGED) throw new Error(`Unexpected ${event.topic} event`);
    return {
      order: orderFromSnapshot(event.order),
      oldStatus: event.oldStatus,
      newStatus: event.newStatus,
      actorId: event.actorId,
      at: new Date(event.at),
    };
  }

  @Subscription(() => OrderApprovalRequestedEvent, {
    topics: Topic.ORDER_APPROVAL_REQUESTED,
    filter: forSubscriber,
  })
  orderApprovalRequested(
    @Root() local: LocalEvent,
    @Ctx() ctx: Context,
    @Arg('departmentId', () => Int, departmentArg) _departmentId: number | null,
  ): OrderApprovalRequestedEvent {
    useEventLoaders(ctx, local);
    const { event } = local;
    if (event.topic !== Topic.ORDER_APPROVAL_REQUESTED) throw new Error(`Unexpected ${event.topic} event`);
    return {
      order: orderFromSnapshot(event.order),
      requestType: event.requestType,
      catatanDapur: event.catatanDapur,
      actorId: event.actorId,
      at: new Date(event.at),
    };
  }

  @Subscription(() => OrderApprovalDecidedEvent, {
    topics: Topic.ORDER_APPROVAL_DECIDED,
    filter: forSubscriber,
  })
  orderApprovalDecided(
    @Root() local: LocalEvent,
    @Ctx() ctx: Context,
    @Arg('departmentId', () => Int, departmentArg) _departmentId: number | null,
  ): OrderApprovalDecidedEvent {
    useEventLoaders(ctx, local);
    const { event } = local;
    if (event.topic !== Topic.ORDER_APPROVAL_DECIDED) throw new Error(`Unexpected ${event.topic} event`);
    return {
      order: orderFromSnapshot(event.order),
      requestType: event.requestType,
      decision: event.decision,
      catatanAdmin: event.catatanAdmin,
      requestedById: event.requestedById,
      actorId: event.actorId,
      at: new Date(event.at),
    };
  }
}

@Resolver(() => OrderCreatedEvent)
export class OrderCreatedEventResolver {
  @FieldResolver(() => Karyawan)
  createdBy(@Root() event: OrderCreatedEvent, @Ctx() ctx: Context): Promise<Karyawan> {
    return actor(ctx, event.actorId);
  }
}

@Resolver(() => OrderStatusChangedEvent)
export class OrderStatusChangedEventResolver {
  @FieldResolver(() => Karyawan)
  changedBy(@Root() event: OrderStatusChangedEvent, @Ctx() ctx: Context): Promise<Karyawan> {
    return actor(ctx, event.actorId);
  }
}

@Resolver(() => OrderApprovalRequestedEvent)
export class OrderApprovalRequestedEventResolver {
  @FieldResolver(() => Karyawan)
  requestedBy(@Root() event: OrderApprovalRequestedEvent, @Ctx() ctx: Context): Promise<Karyawan> {
    return actor(ctx, event.actorId);
  }
}

@Resolver(() => OrderApprovalDecidedEvent)
export class OrderApprovalDecidedEventResolver {
  @FieldResolver(() => Karyawan)
  decidedBy(@Root() event: OrderApprovalDecidedEvent, @Ctx() ctx: Context): Promise<Karyawan> {
    return actor(ctx, event.actorId);
  }

  @FieldResolver(() => Karyawan, { nullable: true })
  requestedBy(
    @Root() event: OrderApprovalDecidedEvent,
    @Ctx() ctx: Context,
  ): Promise<Karyawan | null> | null {
    return event.requestedById == null ? null : ctx.loaders.karyawan.load(event.requestedById);
  }
}
