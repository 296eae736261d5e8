// The union of every order event (its members come from events/events.ts, ORDER_EVENTS) and the page of
// orderEventsSince.
import { ClassType, createUnionType, Field, ObjectType } from 'type-graphql';
import { ORDER_EVENTS, OrderEventBase, TOPICS } from '../../events/events';

export const OrderEventUnion = createUnionType({
  name: 'OrderEvent',
  description: 'Every order event, in commit order.',
  types: () =>
    TOPICS.map((topic) => ORDER_EVENTS[topic].type) as unknown as readonly [ClassType<OrderEventBase>],
});

@ObjectType()
export class OrderEventPage {
  @Field(() => [OrderEventUnion])
  events: OrderEventBase[];

  @Field(() => String, {
    nullable: true,
    description: 'pass as after to continue (HTTP or subscription); null only when the stream is empty',
  })
  endCursor: string | null;

  @Field(() => Boolean)
  hasMore: boolean;
}
