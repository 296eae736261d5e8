// The order event stream: five subscriptions (one per event type, and orderEvents for all of them) that replay from
// `after` and then continue live (realtime/event-stream.ts), and orderEventsSince, the same events over HTTP.
// Each event resolves its nested fields through loaders made for that event alone (shared by this process's
// subscribers), never through loaders cached since the subscription started.
import {
  Arg,
  ClassType,
  Ctx,
  FieldResolver,
  Int,
  Query,
  Resolver,
  Root,
  Subscription,
  SubscribeResolverData,
} from 'type-graphql';
import { Context } from '../context/request-context';
import { Karyawan } from '../entities';
import { LocalEvent } from '../events/feed';
import { encodeCursor, StoredEvent } from '../events/event-log';
import { eventsSince, openStream } from '../realtime/event-stream';
import { orderFromSnapshot, SUBSCRIPTION_TOPICS, Topic } from '../events/events';
import { AppError, NotFoundError } from '../common/errors';
import { currentUser } from './current-user';
import {
  AnyOrderEvent,
  OrderApprovalDecidedEvent,
  OrderApprovalRequestedEvent,
  OrderCreatedEvent,
  OrderEventPage,
  OrderEventUnion,
  OrderStatusChangedEvent,
} from './types/event.type';

interface StreamArgs {
  departmentId?: number | null;
  after?: string | null;
}

/** The subscribe function of a subscription field: the subscriber's stream of that field's topics. */
function streamOf(field: string) {
  return ({ args, context }: SubscribeResolverData<unknown, StreamArgs, Context>) => {
    if (!context.events) throw new AppError('BAD_USER_INPUT', 'Subscriptions are served over WebSocket');
    return openStream(context.deps, context.events, {
      subscriber: currentUser(context),
      topics: SUBSCRIPTION_TOPICS[field] ?? [],
      departmentId: args.departmentId ?? null,
      after: args.after ?? null,
    });
  };
}

/** A stored event as its GraphQL type. */
function eventPayload(stored: StoredEvent): AnyOrderEvent {
  const { event } = stored;
  const common = {
    order: orderFromSnapshot(event.order),
    actorId: event.actorId,
    at: new Date(event.at),
    cursor: encodeCursor(stored.seq),
  };
  switch (event.topic) {
    case Topic.ORDER_CREATED:
      return Object.assign(new OrderCreatedEvent(), common);
    case Topic.ORDER_STATUS_CHANGED:
      return Object.assign(new OrderStatusChangedEvent(), common, {
        oldStatus: event.oldStatus,
        newStatus: event.newStatus,
      });
    case Topic.ORDER_APPROVAL_REQUESTED:
      return Object.assign(new OrderApprovalRequestedEvent(), common, {
        requestType: event.requestType,
        catatanDapur: event.catatanDapur,
      });
    case Topic.ORDER_APPROVAL_DECIDED:
      return Object.assign(new OrderApprovalDecidedEvent(), common, {
        requestType: event.requestType,
        decision: event.decision,
        catatanAdmin: event.catatanAdmin,
        requestedById: event.requestedById,
      });
  }
}

/** A live or replayed event for one subscription: its own loaders, its GraphQL type checked. */
function delivered<T extends AnyOrderEvent>(type: ClassType<T>, ctx: Context, local: LocalEvent): T {
  ctx.loaders = local.loaders;
  const payload = eventPayload(local);
  if (!(payload instanceof type)) throw new Error(`Unexpected ${local.event.topic} event`);
  return payload;
}

async function actor(ctx: Context, id: number): Promise<Karyawan> {
  const user = await ctx.loaders.karyawan.load(id);
  if (!user) throw new NotFoundError(`User ${id} not found`);
  return user;
}

const departmentArg = { nullable: true, description: 'only events about orders of this department' };
const afterArg = {
  nullable: true,
  description: 'replay the stored events after this cursor first (RESYNC_REQUIRED when it is too old)',
};

@Resolver()
export class SubscriptionsResolver {
  @Subscription(() => OrderCreatedEvent, { subscribe: streamOf('orderCreated') })
  orderCreated(
    @Root() local: LocalEvent,
    @Ctx() ctx: Context,
    @Arg('departmentId', () => Int, departmentArg) _departmentId: number | null,
    @Arg('after', () => String, afterArg) _after: string | null,
  ): OrderCreatedEvent {
    return delivered(OrderCreatedEvent, ctx, local);
  }

  @Subscription(() => OrderStatusChangedEvent, { subscribe: streamOf('orderStatusChanged') })
  orderStatusChanged(
    @Root() local: LocalEvent,
    @Ctx() ctx: Context,
    @Arg('departmentId', () => Int, departmentArg) _departmentId: number | null,
    @Arg('after', () => String, afterArg) _after: string | null,
  ): OrderStatusChangedEvent {
    return delivered(OrderStatusChangedEvent, ctx, local);
  }

  @Subscription(() => OrderApprovalRequestedEvent, { subscribe: streamOf('orderApprovalRequested') })
  orderApprovalRequested(
    @Root() local: LocalEvent,
    @Ctx() ctx: Context,
    @Arg('departmentId', () => Int, departmentArg) _departmentId: number | null,
    @Arg('after', () => String, afterArg) _after: string | null,
  ): OrderApprovalRequestedEvent {
    return delivered(OrderApprovalRequestedEvent, ctx, local);
  }

  @Subscription(() => OrderApprovalDecidedEvent, { subscribe: streamOf('orderApprovalDecided') })
  orderApprovalDecided(
    @Root() local: LocalEvent,
    @Ctx() ctx: Context,
    @Arg('departmentId', () => Int, departmentArg) _departmentId: number | null,
    @Arg('after', () => String, afterArg) _after: string | null,
  ): OrderApprovalDecidedEvent {
    return delivered(OrderApprovalDecidedEvent, ctx, local);
  }

  @Subscription(() => OrderEventUnion, { subscribe: streamOf('orderEvents') })
  orderEvents(
    @Root() local: LocalEvent,
    @Ctx() ctx: Context,
    @Arg('departmentId', () => Int, departmentArg) _departmentId: number | null,
    @Arg('after', () => String, afterArg) _after: string | null,
  ): AnyOrderEvent {
    ctx.loaders = local.loaders;
    return eventPayload(local);
  }

  @Query(() => OrderEventPage, {
    description:
      'the stored events after a cursor that the caller may see, oldest first (RESYNC_REQUIRED when the cursor is too old)',
  })
  async orderEventsSince(
    @Ctx() ctx: Context,
    @Arg('after', () => String, { nullable: true, description: 'null: no events, only the current position' })
    after: string | null,
    @Arg('departmentId', () => Int, departmentArg) departmentId: number | null,
    @Arg('limit', () => Int, { nullable: true, defaultValue: 100 }) limit: number,
  ): Promise<OrderEventPage> {
    const page = await eventsSince(
      ctx.deps,
      {
        subscriber: currentUser(ctx),
        topics: SUBSCRIPTION_TOPICS.orderEvents,
        departmentId: departmentId ?? null,
        after: after ?? null,
      },
      limit,
    );
    return {
      events: page.events.map(eventPayload),
      endCursor: encodeCursor(page.endSeq),
      hasMore: page.hasMore,
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
