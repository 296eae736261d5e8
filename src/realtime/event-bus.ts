// The event bus across server processes: one dedicated connection per process LISTENs; a notification only wakes
// the process, which then reads the new events from the log (events/event-log.ts) in sequence order and hands each to its
// local listeners (the open subscriptions). After the listening connection is lost it reconnects and catches up
// from the log, so nothing raised meanwhile is lost. Old events are pruned here too.
import { LRUCache } from 'lru-cache';
import { Client, Notification } from 'pg';
import { AppDeps } from '../context/request-context';
import { createLoaders } from '../db/loaders';
import { pruneEvents, readEvents, StoredEvent, streamHead } from '../events/event-log';
import { CONTROL_CHANNEL, ControlMessage, EVENT_CHANNEL } from '../events/events';
import type { EventFeed, LocalEvent } from '../events/feed';

export interface EventBusOptions {
  /** Longest wait between reconnection attempts. Default 5000 ms. */
  maxReconnectDelayMs?: number;
  /** How often old events are pruned. Default hourly. */
  pruneIntervalMs?: number;
}

/** Events read from the log per statement while catching up. */
const READ_BATCH = 500;
/** Wait before reading again after a failed read (the pool may be down for a moment). */
const READ_RETRY_MS = 1000;
/** Replayed ranges kept in memory: after a mass reconnect most subscribers resume from the same few cursors. */
const REPLAY_CACHE_ENTRIES = 32;
/**
 * How long the loaders of a replayed page are shared: subscribers replaying it within this time resolve nested fields
 * from one set of batched queries (what a mass reconnect needs); later ones load afresh, so nothing older than this
 * is served from the loaders' cache.
 */
const REPLAY_LOADERS_MS = 2000;

export class EventBus implements EventFeed {
  private client: Client | null = null;
  private stopped = false;
  private reconnectTimer: NodeJS.Timeout | null = null;
  private pruneTimer: NodeJS.Timeout | null = null;
  private attempts = 0;
  private connections = 0;
  private seq = 0;
  private reading: Promise<void> | null = null;
  private readAgain = false;
  private readonly controlListeners = new Set<(message: ControlMessage) => void>();
  private readonly eventListeners = new Set<(event: LocalEvent) => void>();
  private readonly replayCache = new LRUCache<string, Promise<StoredEvent[]>>({ max: REPLAY_CACHE_ENTRIES });
  private readonly localPages = new WeakMap<StoredEvent[], { events: LocalEvent[]; madeAt: number }>();

  constructor(
    private readonly databaseUrl: string,
    private readonly deps: AppDeps,
    private readonly options: EventBusOptions = {},
  ) {}

  /** Starts at the stream's current head, connects and LISTENs; resolves once the first connection listens. */
  async start(): Promise<void> {
    this.seq = await streamHead(this.deps.dataSource);
    await this.connect();
    // At start as well as periodically: processes reloaded more often than the interval still prune.
    const pruneInBackground = () => {
      this.prune().catch((error: unknown) => this.deps.logger.warn({ err: error }, 'Event pruning failed'));
    };
    pruneInBackground();
    this.pruneTimer = setInterval(pruneInBackground, this.options.pruneIntervalMs ?? 3_600_000);
    this.pruneTimer.unref();
  }

  get position(): number {
    return this.seq;
  }

  onControl(listener: (message: ControlMessage) => void): () => void {
    this.controlListeners.add(listener);
    return () => this.controlListeners.delete(listener);
  }

  /** Every event this process hands out, in sequence order (subscriptions, metrics, tests). */
  onEvent(listener: (event: LocalEvent) => void): () => void {
    this.eventListeners.add(listener);
    return () => this.eventListeners.delete(listener);
  }

  /**
   * One read per range however many subscribers replay it: a range up to a committed position is immutable (the log
   * only grows and is pruned from the old end, which a resumption checks first), so it may be shared.
   */
  replay(afterSeq: number, throughSeq: number, limit: number): Promise<StoredEvent[]> {
    const key = `${afterSeq}:${throughSeq}:${limit}`;
    const cached = this.replayCache.get(key);
    if (cached) return cached;
    const read = readEvents(this.deps.dataSource, afterSeq, throughSeq, limit);
    read.catch(() => this.replayCache.delete(key));
    this.replayCache.set(key, read);
    return read;
  }

  replayPage(page: StoredEvent[]): readonly LocalEvent[] {
    const now = performance.now();
    const shared = this.localPages.get(page);
    if (shared && now - shared.madeAt < REPLAY_LOADERS_MS) return shared.events;
    const loaders = createLoaders(this.deps.dataSource);
    const events = page.map((stored) => ({ ...stored, loaders }));
    this.localPages.set(page, { events, madeAt: now });
    return events;
  }

  /** Whether the listening connection is up. */
  get connected(): boolean {
    return this.client !== null;
  }

  /** How many times a listening connection was established (1 + reconnections). */
  get connectionCount(): number {
    return this.connections;
  }

  /** Deletes the events older than EVENT_RETENTION_DAYS; returns how many. */
  prune(): Promise<number> {
    return pruneEvents(this.deps.dataSource, this.deps.clock.now(), this.deps.config.eventRetentionDays);
  }

  /** Reads and hands out every event after the current position; concurrent calls share one reader. */
  catchUp(): Promise<void> {
    if (this.reading) {
      this.readAgain = true;
      return this.reading;
    }
    this.reading = this.readUntilCurrent().finally(() => (this.reading = null));
    return this.reading;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    if (this.pruneTimer) clearInterval(this.pruneTimer);
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
    await this.reading?.catch(() => undefined);
  }

  private async readUntilCurrent(): Promise<void> {
    try {
      do {
        this.readAgain = false;
        let batch: StoredEvent[];
        do {
          batch = await readEvents(this.deps.dataSource, this.seq, null, READ_BATCH);
          for (const stored of batch) this.dispatch(stored);
        } while (batch.length === READ_BATCH && !this.stopped);
      } while (this.readAgain && !this.stopped);
    } catch (error) {
      if (this.stopped) return;
      this.deps.logger.warn({ err: error }, 'Reading the event log failed; retrying');
      setTimeout(() => void this.catchUp(), READ_RETRY_MS).unref();
    }
  }

  private dispatch(stored: StoredEvent): void {
    // Position and hand-out happen in one synchronous step: a listener added later sees only later events.
    this.seq = stored.seq;
    const local: LocalEvent = { ...stored, loaders: createLoaders(this.deps.dataSource) };
    for (const listener of this.eventListeners) listener(local);
  }

  private async connect(): Promise<void> {
    const client = new Client({ connectionString: this.databaseUrl, application_name: 'packmeal-event-bus' });
    client.on('notification', (message) => this.notified(message));
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client));
    await client.connect();
    await client.query(`LISTEN ${EVENT_CHANNEL}`);
    await client.query(`LISTEN ${CONTROL_CHANNEL}`);
    if (this.stopped) {
      await client.end();
      return;
    }
    this.client = client;
    this.attempts = 0;
    this.connections += 1;
    // Whatever committed before LISTEN took effect raised no notification here: read it from the log.
    await this.catchUp();
  }

  private lost(client: Client, error?: Error): void {
    if (this.client !== client || this.stopped) return;
    this.client = null;
    this.deps.logger.warn({ err: error }, 'Event bus connection lost; reconnecting');
    client.end().catch(() => undefined);
    this.scheduleReconnect();
  }

  private scheduleReconnect(): void {
    if (this.stopped || this.reconnectTimer) return;
    const delay = Math.min(this.options.maxReconnectDelayMs ?? 5000, 100 * 2 ** this.attempts);
    this.attempts += 1;
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = null;
      this.connect().catch((error: unknown) => {
        this.deps.logger.warn({ err: error }, 'Event bus reconnection failed');
        this.scheduleReconnect();
      });
    }, delay);
    this.reconnectTimer.unref();
  }

  private notified(message: Notification): void {
    if (message.channel === EVENT_CHANNEL) {
      void this.catchUp();
      return;
    }
    if (message.channel !== CONTROL_CHANNEL || !message.payload) return;
    try {
      const control = JSON.parse(message.payload) as ControlMessage;
      for (const listener of this.controlListeners) listener(control);
    } catch (error) {
      this.deps.logger.error({ err: error, channel: message.channel }, 'Unreadable control message dropped');
    }
  }
}
