// One subscriber's stream of order events: the stored events after its cursor, then live ones, with nothing missed
// or repeated at the seam; and the same events over HTTP (orderEventsSince). Both admit only what the subscriber's
// audience and departmentId allow (events/audience.ts).
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
/** Events delivered to a subscriber per turn it takes (realtime/turns.ts). */
const BURST = 20;
/** Stored events read per statement while replaying. */
const REPLAY_PAGE = 250;

function admits(request: StreamRequest, stored: StoredEvent): boolean {
  return (
    request.topics.includes(stored.event.topic) &&
    receives(stored.event, request.subscriber, request.departmentId)
  );
}

/** A replayed page with loaders of its own (a feed that does not share pages). */
function ownPage(deps: AppDeps, page: StoredEvent[]): LocalEvent[] {
  const loaders = createLoaders(deps.dataSource);
  return page.map((stored) => ({ ...stored, loaders }));
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
 * same page within a moment (feed.replayPage: a mass reconnect loads each page's rows once, and answers each event once per group of
 * alike subscribers, not once per subscriber); live events through the loaders the bus made for each of them.
 */
export async function openStream(
  deps: AppDeps,
  feed: EventFeed,
  request: StreamRequest,
): Promise<AsyncGenerator<LocalEvent>> {
  const start = request.after === null ? null : (await resume(deps, request.after)).seq;
  let stopped = false;
  let wake: () => void = () => undefined;

  // An async generator rather than a push-based stream: one event costs a `yield`, not a push, a consumer's pull and
  // the promises between them (a fan-out hands out thousands per event). Like any generator its body starts with the
  // first `next()`; `return()` below also wakes it from waiting for a live event, so a client's `complete` ends the
  // stream at once.
  async function* stream(): AsyncGenerator<LocalEvent> {
    let last = start ?? feed.position;
    let replayNeeded = start !== null;
    let queue: LocalEvent[] = [];
    const stopListening = feed.onEvent((local) => {
      if (replayNeeded) return;
      if (queue.length >= LIVE_BUFFER) {
        replayNeeded = true;
        queue = [];
      } else queue.push(local);
      wake();
    });
    /** Whether `local` is new to this stream and its subscriber may see it; moves `last` past it either way. */
    const due = (local: LocalEvent) => {
      if (local.seq <= last) return false;
      last = local.seq;
      return admits(request, local);
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
            const admitted = (feed.replayPage?.(page) ?? ownPage(deps, page)).filter(due);
            if (page.length < REPLAY_PAGE) last = target;
            // In bursts of at most BURST events, one turn each (realtime/turns.ts): a burst leaves in one write.
            for (let first = 0; first < admitted.length && !stopped; first += BURST) {
              const burst = admitted.slice(first, first + BURST);
              const turn = takeTurn(burst.length);
              if (turn) await turn;
              for (const local of burst) yield local;
            }
          }
          continue;
        }
        if (!queue.length) {
          await new Promise<void>((resolve) => (wake = resolve));
          continue;
        }
        const events = queue.splice(0, BURST).filter(due);
        if (!events.length) continue;
        const turn = takeTurn(events.length);
        if (turn) await turn;
        for (const local of events) yield local;
      }
    } finally {
      stopListening();
    }
  }

  const events = stream();
  const stop = () => {
    stopped = true;
    wake();
  };
  const iterator: AsyncGenerator<LocalEvent> = {
    next: () => events.next(),
    return: (value) => {
      stop();
      return events.return(value);
    },
    throw: (error) => {
      stop();
      return events.throw(error);
    },
    [Symbol.asyncIterator]: () => iterator,
  };
  return iterator;
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
