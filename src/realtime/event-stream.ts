// One subscriber's stream of order events: the stored events after its cursor, then live ones, with nothing missed
// or repeated at the seam; and the same events over HTTP (orderEventsSince). Both admit only what the subscriber's
// audience and departmentId allow (events/audience.ts).
import { Repeater } from '@graphql-yoga/subscription';
import { AppDeps } from '../context/request-context';
import { createLoaders } from '../db/loaders';
import { BadUserInputError } from '../common/errors';
import { receives, Subscriber } from '../events/audience';
import { EventFeed, LocalEvent } from '../events/feed';
import { readEvents, resumePosition, StoredEvent, streamHead } from '../events/event-log';
import { Topic } from '../events/events';
import { takeTurn } from './turns';

export interface StreamRequest {
  subscriber: Subscriber;
  topics: readonly Topic[];
  departmentId: number | null;
  /** Resume after this cursor; null: live events only. */
  after: string | null;
}

/** Live events a subscriber may have waiting; beyond this it is caught up from the log instead of from memory. */
const LIVE_BUFFER = 256;
/** Stored events read per statement while replaying. */
const REPLAY_PAGE = 250;

function admits(request: StreamRequest, stored: StoredEvent): boolean {
  return (
    request.topics.includes(stored.event.topic) &&
    receives(stored.event, request.subscriber, request.departmentId)
  );
}

/** The start of a resumption: the cursor's position, or RESYNC_REQUIRED (events/event-log.ts). */
function resume(deps: AppDeps, after: string) {
  return resumePosition(deps.dataSource, after, {
    retentionDays: deps.config.eventRetentionDays,
    replayLimit: deps.config.eventReplayLimit,
    now: deps.clock.now(),
  });
}

/**
 * Opens the stream; a bad cursor fails here (RESYNC_REQUIRED), before anything is streamed.
 *
 * The seam: the stream listens to the feed before it reads the log, so every event after the feed's position at
 * that moment is buffered, and the log is replayed up to exactly that position; buffered events at or below the last
 * one delivered are skipped. A subscriber that falls more than LIVE_BUFFER events behind drops its buffer and is
 * replayed from the log the same way, so a slow client is delayed, never given a gap. Replayed events resolve their
 * nested fields through loaders made for their replay page when it is read, shared by the subscribers replaying the
 * same page within a moment (feed.replayLoaders: a mass reconnect loads each page's rows once, not once per
 * subscriber); live events through the loaders the bus made for each of them.
 */
export async function openStream(
  deps: AppDeps,
  feed: EventFeed,
  request: StreamRequest,
): Promise<AsyncIterableIterator<LocalEvent>> {
  const start = request.after === null ? null : (await resume(deps, request.after)).seq;
  return new Repeater<LocalEvent>(async (push, stop) => {
    let last = start ?? feed.position;
    let replayNeeded = start !== null;
    let queue: LocalEvent[] = [];
    let wake: () => void = () => undefined;
    let stopped = false;
    const stopListening = feed.onEvent((local) => {
      if (replayNeeded) return;
      if (queue.length >= LIVE_BUFFER) {
        replayNeeded = true;
        queue = [];
      } else queue.push(local);
      wake();
    });
    void stop.then(() => {
      stopped = true;
      wake();
    });
    const deliver = async (local: LocalEvent) => {
      if (local.seq <= last) return;
      last = local.seq;
      if (!admits(request, local)) return;
      await takeTurn();
      await push(local);
    };
    try {
      while (!stopped) {
        if (replayNeeded) {
          // One synchronous step: events up to `target` come from the log, every later one is queued.
          replayNeeded = false;
          queue = [];
          const target = feed.position;
          while (last < target && !stopped) {
            const page = await feed.replay(last, target, REPLAY_PAGE);
            const loaders = feed.replayLoaders?.(page) ?? createLoaders(deps.dataSource);
            for (const stored of page) await deliver({ ...stored, loaders });
            if (page.length < REPLAY_PAGE) last = target;
          }
          continue;
        }
        const next = queue.shift();
        if (next) await deliver(next);
        else await new Promise<void>((resolve) => (wake = resolve));
      }
    } finally {
      stopListening();
    }
  });
}

export interface EventPage {
  events: StoredEvent[];
  /** Where to continue: the last event returned, or the head read when every admitted event was returned. */
  endSeq: number;
  hasMore: boolean;
}

/** Largest page of orderEventsSince. */
export const MAX_EVENTS_PAGE = 1000;

/** Stored events read per statement while building a page of orderEventsSince. */
export const PAGE_BATCH = 200;

/**
 * The stored events after `after` that the caller may see, oldest first (orderEventsSince). The log is read in
 * batches of PAGE_BATCH and each batch is filtered before the next is read, so a caller far behind holds at most its
 * page and one batch, never every event up to the head (many callers waking up at once would multiply that).
 */
export async function eventsSince(deps: AppDeps, request: StreamRequest, limit: number): Promise<EventPage> {
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_EVENTS_PAGE)
    throw new BadUserInputError('limit', `limit must be 1..${MAX_EVENTS_PAGE}`);
  if (request.after === null) {
    // No cursor: nothing before now; the head is where to continue from.
    return { events: [], endSeq: await streamHead(deps.dataSource), hasMore: false };
  }
  const { seq, head } = await resume(deps, request.after);
  // Up to `head` the log only changes by pruning from its old end, which resume() has just checked (as it did for the
  // single statement this replaced): reading it in several statements gives what one would.
  const events: StoredEvent[] = [];
  let position = seq;
  while (position < head) {
    const batch = await readEvents(deps.dataSource, position, head, PAGE_BATCH);
    for (const stored of batch) {
      if (!admits(request, stored)) continue;
      if (events.length === limit) return { events, endSeq: events[limit - 1].seq, hasMore: true };
      events.push(stored);
    }
    if (batch.length < PAGE_BATCH) break;
    position = batch[batch.length - 1].seq;
  }
  return { events, endSeq: head, hasMore: false };
}
