// The subscribers of the fan-out benchmark, in a process of their own so that the server's memory and event loop
// are measured without them. Driven over IPC by bench/fan-out.ts: open N sockets × M subscriptions, report when
// every subscription has received k events, then hand over the arrival times (wall clock, comparable across
// processes) and close.
import { createClient, Client } from 'graphql-ws';
import WebSocket from 'ws';
import { wallClock } from './stats';

export type ToSubscribers =
  | {
      type: 'open';
      wsUrl: string;
      /** Several servers: sockets are spread over them in turn (wsUrl is then ignored). */
      wsUrls?: string[];
      token: string;
      sockets: number;
      perSocket: number;
      query: string;
    }
  | { type: 'await'; count: number; timeoutMs: number }
  | { type: 'report' }
  | { type: 'close' };

export type FromSubscribers =
  | { type: 'opened'; sockets: number }
  | { type: 'received'; count: number; complete: boolean; reached: number }
  /**
   * `arrivals[i]` lists [order id, wall-clock ms, the event's `at` in ms or NaN] of subscription i's events (`at` is
   * stamped in the mutation's transaction just before its commit, on the same machine's clock).
   */
  | { type: 'report'; arrivals: [number, number, number][][]; errors: string[] }
  | { type: 'failed'; message: string };

interface StatusEvent {
  orderStatusChanged?: { order?: { id?: number }; at?: string };
}

function send(message: FromSubscribers): void {
  process.send?.(message);
}

function main(): void {
  const clients: Client[] = [];
  const arrivals: [number, number, number][][] = [];
  const errors: string[] = [];
  let target = 0;
  let reached = 0;
  let waiting: NodeJS.Timeout | null = null;

  const settle = (complete: boolean) => {
    if (waiting) clearTimeout(waiting);
    waiting = null;
    send({ type: 'received', count: target, complete, reached });
  };

  const open = async (message: Extract<ToSubscribers, { type: 'open' }>) => {
    const connected: Promise<void>[] = [];
    for (let socket = 0; socket < message.sockets; socket += 1) {
      let resolveConnected: () => void = () => undefined;
      connected.push(new Promise<void>((resolve) => (resolveConnected = resolve)));
      const client = createClient({
        url: message.wsUrls?.length ? message.wsUrls[socket % message.wsUrls.length] : message.wsUrl,
        webSocketImpl: WebSocket,
        connectionParams: { authorization: `Bearer ${message.token}` },
        lazy: false,
        retryAttempts: 0,
        on: { connected: () => resolveConnected() },
        onNonLazyError: (error) => errors.push(String(error)),
      });
      clients.push(client);
      for (let index = 0; index < message.perSocket; index += 1) {
        const mine: [number, number, number][] = [];
        arrivals.push(mine);
        client.subscribe<StatusEvent>(
          { query: message.query },
          {
            next: (result) => {
              const at = wallClock();
              if (result.errors?.length) errors.push(JSON.stringify(result.errors));
              const changed = result.data?.orderStatusChanged;
              mine.push([changed?.order?.id ?? -1, at, changed?.at ? Date.parse(changed.at) : NaN]);
              if (waiting && mine.length === target) {
                reached += 1;
                if (reached === arrivals.length) settle(true);
              }
            },
            error: (error) => errors.push(error instanceof Error ? error.message : JSON.stringify(error)),
            complete: () => undefined,
          },
        );
      }
    }
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`sockets not connected after 30 s: ${errors[0] ?? ''}`)),
        30_000,
      );
    });
    await Promise.race([Promise.all(connected), timeout]).finally(() => clearTimeout(timer));
    send({ type: 'opened', sockets: clients.length });
  };

  process.on('message', (message: ToSubscribers) => {
    switch (message.type) {
      case 'open':
        open(message).catch((error: unknown) => send({ type: 'failed', message: String(error) }));
        break;
      case 'await':
        target = message.count;
        reached = arrivals.filter((events) => events.length >= target).length;
        waiting = setTimeout(() => settle(false), message.timeoutMs);
        if (reached === arrivals.length) settle(true);
        break;
      case 'report':
        send({ type: 'report', arrivals, errors: errors.slice(0, 5) });
        break;
      case 'close':
        Promise.all(clients.map((client) => client.dispose())).finally(() => process.exit(0));
        break;
    }
  });
}

if (require.main === module) main();
