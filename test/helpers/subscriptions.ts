// Real graphql-ws clients over real sockets: subscribe(), collect events, wait for them, and see close codes.
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';

export interface Subscription<T> {
  events: T[];
  errors: unknown[];
  /**
   * Resolves when at least `count` events have arrived. `timeoutMs` (default 20 s, inside mocha's 30 s test
   * timeout) only turns a wait that will never end into a message naming the missing events; a wait for events
   * that must arrive should not rely on a shorter one (a loaded machine delivers late, not never).
   */
  waitFor(count: number, timeoutMs?: number): Promise<T[]>;
  /** Resolves once the server acknowledged the subscription (a first round-trip on the same socket). */
  ready: Promise<void>;
  dispose(): void;
}

export interface TestSocket {
  client: Client;
  /** The close event code, once the socket closed. */
  closed: Promise<number>;
  connected: Promise<void>;
  subscribe<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Subscription<T>;
  /** subscribe() for a typed document (test/generated/graphql.ts): events typed by the operation. */
  subscribeTyped<R, V extends Record<string, unknown>>(
    document: TypedDocumentNode<R, V>,
    ...args: Record<string, never> extends V ? [variables?: V] : [variables: V]
  ): Subscription<R>;
  /** Stops reading the socket (a client that hangs or a network that stalls), then reads again. */
  pauseReading(): void;
  resumeReading(): void;
  dispose(): Promise<void>;
}

const open = new Set<TestSocket>();

/** The TCP socket under a `ws` client (ws keeps it in a field of its own). */
function tcpOf(socket: WebSocket | null): { pause(): void; resume(): void } {
  const tcp = (socket as unknown as { _socket?: { pause(): void; resume(): void } } | null)?._socket;
  if (!tcp) throw new Error('The socket is not open');
  return tcp;
}

export function connect(wsUrl: string, connectionParams: Record<string, unknown> | undefined): TestSocket {
  let resolveClosed: (code: number) => void = () => undefined;
  let resolveConnected: () => void = () => undefined;
  const closed = new Promise<number>((resolve) => (resolveClosed = resolve));
  const connected = new Promise<void>((resolve) => (resolveConnected = resolve));
  let raw: WebSocket | null = null;
  class RecordedWebSocket extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols);
      raw = this; // eslint-disable-line @typescript-eslint/no-this-alias
    }
  }
  const client = createClient({
    url: wsUrl,
    webSocketImpl: RecordedWebSocket,
    connectionParams,
    lazy: false,
    retryAttempts: 0,
    shouldRetry: () => false,
    on: {
      connected: () => resolveConnected(),
      closed: (event) => resolveClosed((event as { code: number }).code),
    },
    onNonLazyError: () => undefined,
  });
  const socket: TestSocket = {
    client,
    closed,
    connected,
    subscribe<T>(query: string, variables: Record<string, unknown> = {}): Subscription<T> {
      const events: T[] = [];
      const errors: unknown[] = [];
      const waiters: Array<() => void> = [];
      const dispose = client.subscribe<T>(
        { query, variables },
        {
          next: (result) => {
            if (result.errors) errors.push(...result.errors);
            if (result.data) events.push(result.data as T);
            waiters.splice(0).forEach((wake) => wake());
          },
          error: (error) => {
            errors.push(error);
            waiters.splice(0).forEach((wake) => wake());
          },
          complete: () => undefined,
        },
      );
      // A query on the same socket completes after the subscribe message was processed (messages are ordered).
      const ready = client
        .iterate({ query: '{ __typename }' })
        .next()
        .then(() => undefined);
      return {
        events,
        errors,
        ready,
        dispose,
        waitFor(count: number, timeoutMs = 20_000): Promise<T[]> {
          return new Promise((resolve, reject) => {
            const timer = setTimeout(
              () =>
                reject(
                  new Error(`Waited for ${count} event(s), got ${events.length}: ${JSON.stringify(errors)}`),
                ),
              timeoutMs,
            );
            const check = () => {
              if (events.length >= count) {
                clearTimeout(timer);
                resolve(events);
              } else if (errors.length) {
                clearTimeout(timer);
                reject(new Error(`Subscription failed: ${JSON.stringify(errors)}`));
              } else waiters.push(check);
            };
            check();
          });
        },
      };
    },
    subscribeTyped(document, ...[variables]) {
      return socket.subscribe(print(document), variables);
    },
    pauseReading: () => tcpOf(raw).pause(),
    resumeReading: () => tcpOf(raw).resume(),
    async dispose() {
      open.delete(socket);
      await client.dispose();
    },
  };
  open.add(socket);
  return socket;
}

/** Disposes every socket a test left open (called from the suite's after hooks). */
export async function disposeSockets(): Promise<void> {
  await Promise.all([...open].map((socket) => socket.dispose()));
}

/**
 * disposeSockets(), then waits until the server has let go of their subscriptions. A client's close reaches the
 * server later (much later on a loaded machine); until then activeSubscriptions() still counts the old ones, and the
 * next test's "wait until 1 subscription is active" passes before its own subscription has even reached the server:
 * an event it raises next is then "before now" for a subscriber without `after`, and never arrives. Suites that wait
 * on activeSubscriptions() call this after each test, so that the count is their own.
 */
export async function disposeSocketsAndSettle(realtime: ActiveSubscriptions): Promise<void> {
  await disposeSockets();
  await untilNoSubscriptions(realtime);
}

/** What the server says of its subscriptions (RealtimeServer). */
export interface ActiveSubscriptions {
  activeSubscriptions(): number;
}

/** Waits until the server counts no subscription (after closing sockets: see disposeSocketsAndSettle). */
export async function untilNoSubscriptions(realtime: ActiveSubscriptions, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (realtime.activeSubscriptions() > 0) {
    if (Date.now() > deadline)
      throw new Error(
        `${realtime.activeSubscriptions()} subscriptions still active after their sockets closed`,
      );
    await sleep(10);
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
