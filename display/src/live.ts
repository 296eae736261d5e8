// Keeps a board exact: loads every page of `orders`, then follows `orderEvents` from the page's cursor; after a
// reconnect it resumes from the last cursor it applied, and on RESYNC_REQUIRED it loads the lists again.
import type { ApolloClient } from '@apollo/client';
import type { Client } from 'graphql-ws';
import { ApiError, query, withOneRetry } from './api';
import { BoardState } from './board-model';
import { KITCHEN_SUMMARY, KitchenSummary, ORDER_EVENTS, OrderEvent, OrderPage, ORDERS } from './operations';

export type ConnectionState =
  | { kind: 'connecting' }
  | { kind: 'live' }
  | { kind: 'reconnecting'; since: Date }
  | { kind: 'offline'; since: Date };

/**
 * A drop shorter than this is not shown: the server closes every socket when its access token expires and the
 * client is back a second later with a fresh one.
 */
const RECONNECTING_AFTER_MS = 3_000;
/** After this long without a connection the header says "offline since HH:mm" instead of "reconnecting". */
const OFFLINE_AFTER_MS = 15_000;

export interface LiveListener {
  changed(): void;
  connection(state: ConnectionState): void;
  summary(summary: KitchenSummary | null): void;
  newOrder(): void;
  problem(message: string): void;
}

interface StreamError {
  message?: string;
  extensions?: { code?: unknown };
}

function errorCode(errors: unknown): string | null {
  if (!Array.isArray(errors)) return null;
  const first = errors[0] as StreamError | undefined;
  return typeof first?.extensions?.code === 'string' ? first.extensions.code : null;
}

export class LiveBoard {
  private cursor: string | null = null;
  private loaded = false;
  private connected = false;
  private unsubscribe: (() => void) | null = null;
  private reconnectingTimer: ReturnType<typeof setTimeout> | undefined;
  private offlineTimer: ReturnType<typeof setTimeout> | undefined;
  private summaryTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly stopListening: (() => void)[] = [];

  constructor(
    readonly state: BoardState,
    private readonly http: ApolloClient,
    private readonly stream: Client,
    private readonly listener: LiveListener,
  ) {}

  /** `connected`: the socket is already up (graphql-ws announces a connection only once). */
  async start(connected: boolean): Promise<void> {
    this.connected = connected;
    this.listener.connection({ kind: connected ? 'live' : 'connecting' });
    this.stopListening.push(
      this.stream.on('connected', () => this.onConnected()),
      this.stream.on('closed', () => this.onClosed()),
    );
    await this.reload();
  }

  stop(): void {
    this.unsubscribe?.();
    this.unsubscribe = null;
    for (const stop of this.stopListening) stop();
    clearTimeout(this.reconnectingTimer);
    clearTimeout(this.offlineTimer);
    clearTimeout(this.summaryTimer);
  }

  /** Every page of the board's orders, then the stream from the first page's cursor (the earliest position). */
  async reload(): Promise<void> {
    this.unsubscribe?.();
    this.unsubscribe = null;
    this.loaded = false;
    const { tanggal, departmentId } = this.state.filter;
    const filter = {
      tanggalMulai: tanggal,
      tanggalAkhir: tanggal,
      ...(departmentId ? { departmentId } : {}),
    };
    const orders = [];
    let cursor: string | null = null;
    for (let page = 1; ; page++) {
      const data = await withOneRetry(() =>
        query<{ orders: OrderPage }>(this.http, ORDERS, { filter, page }),
      );
      if (page === 1) cursor = data.orders.cursor;
      orders.push(...data.orders.items);
      if (page >= data.orders.totalPages) break;
    }
    this.state.replaceAll(orders);
    this.cursor = cursor;
    this.loaded = true;
    this.listener.changed();
    this.refreshSummary();
    this.subscribe();
  }

  private onConnected(): void {
    clearTimeout(this.reconnectingTimer);
    clearTimeout(this.offlineTimer);
    this.connected = true;
    this.listener.connection({ kind: 'live' });
    this.subscribe();
    this.refreshSummary();
  }

  private onClosed(): void {
    // graphql-ws reconnects by itself; the subscription is started again on `connected` from the last cursor.
    this.unsubscribe?.();
    this.unsubscribe = null;
    if (!this.connected) return;
    this.connected = false;
    const since = new Date();
    const show = (state: ConnectionState) => () => this.listener.connection(state);
    this.reconnectingTimer = setTimeout(show({ kind: 'reconnecting', since }), RECONNECTING_AFTER_MS);
    this.offlineTimer = setTimeout(show({ kind: 'offline', since }), OFFLINE_AFTER_MS);
  }

  private subscribe(): void {
    if (!this.loaded || !this.connected || this.unsubscribe) return;
    const { departmentId } = this.state.filter;
    const variables = { after: this.cursor, ...(departmentId ? { departmentId } : {}) };
    const unsubscribe = this.stream.subscribe<{ orderEvents: OrderEvent }>(
      { query: ORDER_EVENTS, variables },
      {
        next: (result) => {
          if (result.errors) return this.onStreamError(result.errors);
          if (result.data) this.onEvent(result.data.orderEvents);
        },
        error: (error) => this.onStreamError(error),
        complete: () => undefined,
      },
    );
    this.unsubscribe = unsubscribe;
  }

  private onEvent(event: OrderEvent): void {
    this.cursor = event.cursor;
    const isNew = this.state.apply(event.order);
    if (isNew && event.__typename === 'OrderCreatedEvent') this.listener.newOrder();
    this.listener.changed();
    this.refreshSummary();
  }

  private onStreamError(errors: unknown): void {
    this.unsubscribe?.();
    this.unsubscribe = null;
    if (errorCode(errors) === 'RESYNC_REQUIRED') {
      void this.reload().catch((error: unknown) =>
        this.listener.problem(`Could not reload: ${String(error)}`),
      );
      return;
    }
    const message = Array.isArray(errors)
      ? String((errors[0] as StreamError | undefined)?.message)
      : String(errors);
    this.listener.problem(`Live updates stopped: ${message}`);
  }

  /** The header's totals, once for a burst of events. */
  refreshSummary(): void {
    if (this.summaryTimer !== undefined) return;
    this.summaryTimer = setTimeout(() => {
      this.summaryTimer = undefined;
      const { tanggal, departmentId } = this.state.filter;
      query<{ kitchenSummary: KitchenSummary }>(this.http, KITCHEN_SUMMARY, { tanggal, departmentId })
        .then((data) => this.listener.summary(data.kitchenSummary))
        // A server without kitchenSummary yet (or a network blip): the header shows no totals.
        .catch((error: unknown) => {
          if (!(error instanceof ApiError) || error.code === 'GRAPHQL_VALIDATION_FAILED')
            this.listener.summary(null);
        });
    }, 200);
  }
}
