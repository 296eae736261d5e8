// The order event stream, generated from the one list of events (events/events.ts, ORDER_EVENTS): a subscription per
// event type and orderEvents for all of them, each replaying from `after` and then continuing live
// (realtime/event-stream.ts); the User fields of each event type; and orderEventsSince, the same events over HTTP.
// Each event resolves its nested fields through loaders made for that event alone (shared by this process's
// subscribers), never through loaders cached since the subscription started.
import {
  Arg,
  Args,
  ArgsType,
  ClassType,
  Ctx,
  Field,
  FieldResolver,
  Int,
  Query,
  Resolver,
  Root,
  Subscription,
  SubscribeResolverData,
} from 'type-graphql';
import { AppError, NotFoundError } from '../common/errors';
import { Context } from '../context/request-context';
import { Karyawan } from '../entities';
import { encodeCursor, StoredEvent } from '../events/event-log';
import {
  eventObject,
  ORDER_EVENTS,
  OrderEventBase,
  SUBSCRIPTION_TOPICS,
  Topic,
  TOPICS,
} from '../events/events';
import type { LocalEvent } from '../events/feed';
import { eventsSince, openStream } from '../realtime/event-stream';
import { currentUser } from './current-user';
import { OrderEventPage, OrderEventUnion } from './types/event.type';

const DEPARTMENT_DESCRIPTION = 'only events about orders of this department';

/** The arguments of every subscription field. */
@ArgsType()
export class StreamArgs {
  @Field(() => Int, { nullable: true, description: DEPARTMENT_DESCRIPTION })
  departmentId?: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'replay the stored events after this cursor first (RESYNC_REQUIRED when it is too old)',
  })
  after?: string | null;
}

/**
 * Each stored event's GraphQL object, made once: every subscriber of a live event, and every subscriber replaying a
 * page the bus shares, is handed the same stored event, and field resolvers only read it (nested fields go through
 * the subscriber's context), so a fan-out to a thousand subscribers builds one object, not a thousand.
 */
const payloads = new WeakMap<StoredEvent['event'], OrderEventBase>();

/** A stored event as its GraphQL type. */
function eventPayload(stored: StoredEvent): OrderEventBase {
  let payload = payloads.get(stored.event);
  if (!payload) {
    payload = eventObject(stored.event, encodeCursor(stored.seq));
    payloads.set(stored.event, payload);
  }
  return payload;
}

/** The subscribe function of a subscription field: the subscriber's stream of that field's topics. */
function streamOf(topics: readonly Topic[]) {
  return ({ args, context }: SubscribeResolverData<unknown, StreamArgs, Context>) => {
    if (!context.events) throw new AppError('BAD_USER_INPUT', 'Subscriptions are served over WebSocket');
    return openStream(context.deps, context.events, {
      subscriber: currentUser(context),
      topics,
      departmentId: args.departmentId ?? null,
      after: args.after ?? null,
    });
  };
}

/**
 * The subscription field `name`, streaming `topics` as `type` (one event type, or the union of all). A live or
 * replayed event resolves through its own loaders; its GraphQL type is checked against the field's.
 */
function subscriptionField(name: string, topics: readonly Topic[], type: ClassType | typeof OrderEventUnion) {
  const expected = typeof type === 'function' ? type : null;
  @Resolver()
  class SubscriptionField {
    @Subscription(() => type, { name, subscribe: streamOf(topics) })
    stream(
      @Root() local: LocalEvent,
      @Ctx() ctx: Context,
      @Args(() => StreamArgs) _args: StreamArgs,
    ): unknown {
      ctx.loaders = local.loaders;
      const payload = eventPayload(local);
      if (expected && !(payload instanceof expected))
        throw new Error(`Unexpected ${local.event.topic} event`);
      return payload;
    }
  }
  return SubscriptionField;
}

interface UserFieldSpec {
  name: string;
  idOf: (event: OrderEventBase) => number | null;
  nullable: boolean;
}

async function loadUser(ctx: Context, spec: UserFieldSpec, event: OrderEventBase): Promise<Karyawan | null> {
  const id = spec.idOf(event);
  if (id == null) return null;
  const user = await ctx.loaders.karyawan.load(id);
  if (!user && !spec.nullable) throw new NotFoundError(`User ${id} not found`);
  return user;
}

/**
 * The User fields of an event type, through the event's loaders. type-graphql finds a field's resolver by its method
 * name, so each field gets a method of its own name (the decorators applied as `@FieldResolver() name(@Root, @Ctx)`
 * would be).
 */
function userFields(type: ClassType<OrderEventBase>, specs: readonly UserFieldSpec[]): ClassType {
  class UserFields {}
  for (const spec of specs) {
    const descriptor: PropertyDescriptor = {
      value: (event: OrderEventBase, ctx: Context) => loadUser(ctx, spec, event),
      writable: true,
      configurable: true,
    };
    Object.defineProperty(UserFields.prototype, spec.name, descriptor);
    Root()(UserFields.prototype, spec.name, 0);
    Ctx()(UserFields.prototype, spec.name, 1);
    FieldResolver(() => Karyawan, { nullable: spec.nullable })(UserFields.prototype, spec.name, descriptor);
  }
  Resolver(() => type)(UserFields);
  return UserFields;
}

@Resolver()
export class OrderEventsSinceResolver {
  @Query(() => OrderEventPage, {
    description:
      'the stored events after a cursor that the caller may see, oldest first (RESYNC_REQUIRED when the cursor is too old)',
  })
  async orderEventsSince(
    @Ctx() ctx: Context,
    @Arg('after', () => String, { nullable: true, description: 'null: no events, only the current position' })
    after: string | null,
    @Arg('departmentId', () => Int, { nullable: true, description: DEPARTMENT_DESCRIPTION })
    departmentId: number | null,
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

/** Every resolver of the order event stream, in the order of the schema's fields. */
export const EVENT_RESOLVERS = [
  ...TOPICS.map((topic) => subscriptionField(topic, [topic], ORDER_EVENTS[topic].type)),
  subscriptionField('orderEvents', SUBSCRIPTION_TOPICS.orderEvents, OrderEventUnion),
  ...TOPICS.map((topic) => {
    const kind = ORDER_EVENTS[topic];
    const extra = Object.entries(('userFields' in kind ? kind.userFields : undefined) ?? {});
    return userFields(kind.type, [
      { name: kind.actorField, idOf: (event) => event.actorId, nullable: false },
      ...extra.map(([name, idOf]) => ({
        name,
        idOf: idOf as (event: OrderEventBase) => number | null,
        nullable: true,
      })),
    ]);
  }),
  OrderEventsSinceResolver,
] as const;
