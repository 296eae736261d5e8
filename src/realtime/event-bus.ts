// The event bus across server processes: one dedicated connection per process LISTENs for the events that
// mutations raise with pg_notify, reconnecting (and re-LISTENing) after it is lost, and hands them to the local
// pub/sub. NOTIFY is delivered on commit only, so a rolled-back mutation raises nothing.
import { Client, Notification } from 'pg';
import { DataSource } from 'typeorm';
import { Logger } from '../logger';
import { createLoaders } from '../resolvers/loaders';
import { CONTROL_CHANNEL, ControlMessage, EVENT_CHANNEL, OrderEvent } from './events';
import { AppPubSub } from './pubsub';

export interface EventBusOptions {
  /** Longest wait between reconnection attempts. Default 5000 ms. */
  maxReconnectDelayMs?: number;
}

export class EventBus {
  private client: Client | null = null;
  private stopped = false;
  private reconnectTimer: NodeJS.Timeout | null = null;
  private attempts = 0;
  private connections = 0;
  private readonly controlListeners = new Set<(message: ControlMessage) => void>();
  private readonly eventListeners = new Set<(event: OrderEvent) => void>();

  constructor(
    private readonly databaseUrl: string,
    private readonly dataSource: DataSource,
    private readonly pubsub: AppPubSub,
    private readonly logger: Logger,
    private readonly options: EventBusOptions = {},
  ) {}

  /** Connects and LISTENs; resolves once the first connection listens. */
  async start(): Promise<void> {
    await this.connect();
  }

  onControl(listener: (message: ControlMessage) => void): () => void {
    this.controlListeners.add(listener);
    return () => this.controlListeners.delete(listener);
  }

  /** Observes every event this process receives (metrics, tests). */
  onEvent(listener: (event: OrderEvent) => void): () => void {
    this.eventListeners.add(listener);
    return () => this.eventListeners.delete(listener);
  }

  /** Whether the listening connection is up. */
  get connected(): boolean {
    return this.client !== null;
  }

  /** How many times a listening connection was established (1 + reconnections). */
  get connectionCount(): number {
    return this.connections;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    const client = new Client({ connectionString: this.databaseUrl, application_name: 'packmeal-event-bus' });
    client.on('notification', (message) => this.dispatch(message));
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
  }

  private lost(client: Client, error?: Error): void {
    if (this.client !== client || this.stopped) return;
    this.client = null;
    this.logger.warn({ err: error }, 'Event bus connection lost; reconnecting');
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
        this.logger.warn({ err: error }, 'Event bus reconnection failed');
        this.scheduleReconnect();
      });
    }, delay);
    this.reconnectTimer.unref();
  }

  private dispatch(message: Notification): void {
    if (!message.payload) return;
    try {
      if (message.channel === CONTROL_CHANNEL) {
        const control = JSON.parse(message.payload) as ControlMessage;
        for (const listener of this.controlListeners) listener(control);
        return;
      }
      const event = JSON.parse(message.payload) as OrderEvent;
      for (const listener of this.eventListeners) listener(event);
      this.pubsub.publish(event.topic, { event, loaders: createLoaders(this.dataSource) });
    } catch (error) {
      this.logger.error({ err: error, channel: message.channel }, 'Unreadable event dropped');
    }
  }
}
