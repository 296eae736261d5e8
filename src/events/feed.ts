// What a subscription needs from the process's event bus (realtime/event-bus.ts implements it), as types: the request
// context carries one on WebSocket operations.
import type { Loaders } from '../db/loaders';
import type { StoredEvent } from './event-log';

/**
 * An event as delivered inside one process: the stored event plus DataLoaders made for it alone, so every subscriber
 * of this process resolves its nested fields from one set of batched queries, none cached from an earlier event.
 */
export interface LocalEvent extends StoredEvent {
  loaders: Loaders;
}

/** What a subscription needs from the bus: the last event handed out, and the events after it as they come. */
export interface EventFeed {
  /** Sequence number of the last event given to the listeners; every later one reaches listeners added now. */
  readonly position: number;
  onEvent(listener: (event: LocalEvent) => void): () => void;
  /** Stored events after `afterSeq` up to `throughSeq` (committed: that range never changes), oldest first. */
  replay(afterSeq: number, throughSeq: number, limit: number): Promise<StoredEvent[]>;
  /**
   * A page `replay` returned, as local events with loaders for their nested fields, shared by every subscriber
   * replaying that same page for a short while (a mass reconnect: one set of batched queries and one answer per
   * event and group of alike subscribers, not one per subscriber). Optional: without it each subscriber's page gets
   * loaders of its own.
   */
  replayPage?(page: StoredEvent[]): readonly LocalEvent[];
}
