// The in-process pub/sub that type-graphql's subscriptions read; the event bus feeds it from PostgreSQL.
import { setMaxListeners } from 'node:events';
import { createPubSub, SlidingBuffer } from '@graphql-yoga/subscription';
import { Loaders } from '../resolvers/loaders';
import { OrderEvent, Topic } from './events';

/**
 * An event as delivered inside one process: the event itself plus DataLoaders made once for it, so that every
 * subscriber of this process resolves the event's nested fields from one set of batched queries.
 */
export interface LocalEvent {
  event: OrderEvent;
  loaders: Loaders;
}

export type AppPubSub = ReturnType<typeof createAppPubSub>;

/** A slow subscriber loses its oldest undelivered events beyond this many, rather than the process its memory. */
const SUBSCRIBER_BUFFER = 256;

export function createAppPubSub() {
  const eventTarget = new EventTarget();
  // One listener per open subscription: thousands are expected, not a leak.
  setMaxListeners(0, eventTarget);
  return createPubSub<{ [T in Topic]: [LocalEvent] }>({
    eventTarget,
    repeaterBuffer: new SlidingBuffer(SUBSCRIBER_BUFFER),
  });
}
