// The web app's ResumableWsLink (web/src/api/resumable-ws-link.ts) through a real Apollo Client, a real
// graphql-ws client and a real server: the WebSocket goes through a TCP proxy that the test cuts three times while
// orders are created, and the kitchen's stream must still hold every new order exactly once, in order, without
// RESYNC_REQUIRED. The same scenario with Apollo's stock GraphQLWsLink shows why the link exists: it re-sends the
// first `after` after every reconnect, so it replays events already delivered and, once that cursor is more than
// EVENT_REPLAY_LIMIT events behind, the server ends the subscription with RESYNC_REQUIRED.
import net from 'node:net';
import { ApolloClient, ApolloLink, InMemoryCache } from '@apollo/client';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { expect } from 'chai';
import { parse } from 'graphql';
import { Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { cursorOf, ResumableWsLink } from '../web/src/api/resumable-ws-link';
import { startTestServer, TestServer } from './helpers/server';
import { sleep } from './helpers/subscriptions';

/** The server's replay bound; the scenario raises 17 events, 5 of them at most between two deliveries. */
const REPLAY_LIMIT = 5;

interface StreamOrder {
  id: number;
  kodePesanan: string;
  statusPesanan: string;
}
interface StreamEvent {
  __typename: string;
  cursor: string;
  order: StreamOrder;
}
interface EventsData {
  orderEvents: StreamEvent;
}

const ORDER_EVENTS: TypedDocumentNode<EventsData, { after: string | null }> = parse(`
  subscription KitchenEvents($after: String) {
    orderEvents(after: $after) {
      __typename
      ... on OrderCreatedEvent { cursor order { id kodePesanan statusPesanan } }
      ... on OrderStatusChangedEvent { cursor order { id kodePesanan statusPesanan } }
      ... on OrderApprovalRequestedEvent { cursor order { id kodePesanan statusPesanan } }
      ... on OrderApprovalDecidedEvent { cursor order { id kodePesanan statusPesanan } }
    }
  }
`);
const CREATE = 'mutation($input: CreateOrderInput!) { createOrder(input: $input) { kodePesanan } }';
const PAGE_CURSOR = '{ orders(limit: 1) { cursor } }';

/** Polls a condition until it holds; `state` describes what there is when it never does. */
async function until(condition: () => boolean, what: string, state: () => unknown, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline)
      throw new Error(`Timed out waiting until ${what}; state: ${JSON.stringify(state())}`);
    await sleep(10);
  }
}

/** A TCP proxy in front of the server that can cut every connection and refuse new ones until restored. */
interface CuttableProxy {
  url: string;
  /** Destroys every open connection, both sides; new connections are dropped on arrival until restore(). */
  cut(): void;
  restore(): void;
  close(): Promise<void>;
}

async function startProxy(target: string): Promise<CuttableProxy> {
  const { hostname, port, pathname } = new URL(target);
  const sockets = new Set<net.Socket>();
  let open = true;
  const server = net.createServer((client) => {
    if (!open) {
      client.destroy();
      return;
    }
    const upstream = net.connect(Number(port), hostname);
    const drop = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('error', drop);
      socket.on('close', drop);
    }
    client.pipe(upstream);
    upstream.pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address() as net.AddressInfo;
  const cutAll = () => [...sockets].forEach((socket) => socket.destroy());
  return {
    url: `ws://127.0.0.1:${address.port}${pathname}`,
    cut() {
      open = false;
      cutAll();
    },
    restore() {
      open = true;
    },
    close() {
      open = false;
      cutAll();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

/** What one Apollo subscription delivered: "OrderCreatedEvent:<kodePesanan>" per event, errors, completion. */
interface Delivered {
  events: string[];
  errors: unknown[];
  completed: boolean;
}

/** The state after each step of the scenario, for exact assertions on when things happened. */
interface Step {
  step: string;
  created: string[];
  delivered: string[];
  errors: string[];
  connected: number;
}

interface Outcome {
  created: string[];
  delivered: Delivered;
  steps: Step[];
  /** graphql-ws `connected` events: the first connection and every reconnect. */
  connected: number;
}

describe('ResumableWsLink: an Apollo Client subscription across dropped connections', () => {
  let server: TestServer;
  let kitchen: string;
  let employee: string;

  before(async () => {
    server = await startTestServer({ env: { EVENT_REPLAY_LIMIT: String(REPLAY_LIMIT) } });
    kitchen = await server.login('dapur');
    employee = await server.login('employee');
  });
  after(() => server.dispose());

  const errorCodes = (errors: unknown[]): string[] =>
    errors.map((error) => {
      const graphQLErrors = (error as { errors?: Array<{ extensions?: { code?: unknown } }> }).errors;
      const code = graphQLErrors?.[0]?.extensions?.code;
      return typeof code === 'string' ? code : String(error);
    });

  /**
   * The kitchen subscribes through `makeLink(wsClient)` from an orders page's cursor; then, in turn: 2 orders while
   * connected, and three times a cut (every socket destroyed, reconnects refused) during which 3 orders are
   * created, then the connection back, and 2 more orders while connected. Each step waits until the subscription
   * delivered the step's last order, or ended. 17 events in all, never more than 5 (the replay bound) after the
   * last one delivered; but 10 after the first cursor by the second reconnect.
   */
  async function scenario(makeLink: (wsClient: Client) => ApolloLink): Promise<Outcome> {
    const proxy = await startProxy(server.wsUrl);
    let connected = 0;
    const wsClient = createClient({
      url: proxy.url,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${kitchen}` },
      retryAttempts: Infinity,
      shouldRetry: () => true,
      retryWait: () => sleep(20),
    });
    const stopCounting = wsClient.on('connected', () => (connected += 1));
    const client = new ApolloClient({ link: makeLink(wsClient), cache: new InMemoryCache() });
    const realtime = server.app.server.realtime;
    const created: string[] = [];
    const delivered: Delivered = { events: [], errors: [], completed: false };
    const steps: Step[] = [];
    const ended = () => delivered.errors.length > 0 || delivered.completed;
    const state = () => ({ created, delivered, connected });

    const page = await server.ok<{ orders: { cursor: string | null } }>(PAGE_CURSOR, {}, { token: kitchen });
    expect(page.orders.cursor, 'the orders page has a cursor').to.be.a('string');
    const subscription = client
      .subscribe({ query: ORDER_EVENTS, variables: { after: page.orders.cursor } })
      .subscribe({
        next: (result) => {
          if (result.error) delivered.errors.push(result.error);
          const event = result.data?.orderEvents;
          if (event) delivered.events.push(`${event.__typename}:${event.order.kodePesanan}`);
        },
        error: (error: unknown) => delivered.errors.push(error),
        complete: () => (delivered.completed = true),
      });

    const createOrders = async (count: number) => {
      for (let index = 0; index < count; index += 1) {
        const data = await server.ok<{ createOrder: { kodePesanan: string } }>(
          CREATE,
          { input: { shiftId: 1, jumlahPesanan: 1 } },
          { token: employee },
        );
        created.push(`OrderCreatedEvent:${data.createOrder.kodePesanan}`);
      }
    };
    const untilLastDeliveredOrEnded = (what: string) => {
      const last = created[created.length - 1];
      return until(() => delivered.events.includes(last) || ended(), what, state);
    };
    const record = (step: string) =>
      steps.push({
        step,
        created: [...created],
        delivered: [...delivered.events],
        errors: errorCodes(delivered.errors),
        connected,
      });

    try {
      await until(() => realtime.activeSubscriptions() === 1, 'the subscription is active', state);
      const live = async (step: string) => {
        await createOrders(2);
        await untilLastDeliveredOrEnded(`${step}'s orders arrived`);
        record(step);
      };
      await live('live 1');
      for (let gap = 1; gap <= 3 && !ended(); gap += 1) {
        const reconnects = connected;
        proxy.cut();
        // The server saw the connection go: nothing of the gap can reach the client before it resubscribes.
        await until(
          () => realtime.activeSubscriptions() === 0,
          `the server lost the socket (gap ${gap})`,
          state,
        );
        await createOrders(3);
        proxy.restore();
        await until(() => connected > reconnects, `reconnected after gap ${gap}`, state);
        await untilLastDeliveredOrEnded(`gap ${gap}'s orders arrived`);
        record(`gap ${gap}`);
        if (!ended()) await live(`live ${gap + 1}`);
      }
      return { created, delivered, steps, connected };
    } finally {
      subscription.unsubscribe();
      stopCounting();
      client.stop();
      await wsClient.dispose();
      await proxy.close();
    }
  }

  it('delivers every order created across three dropped connections exactly once, in order, without RESYNC_REQUIRED', async function () {
    this.timeout(60_000);
    const outcome = await scenario((wsClient) => new ResumableWsLink(wsClient));
    // Exactly the created orders, each once, in creation order (the comparison that catches a replayed event).
    expect(outcome.delivered.events, 'every created order once, in order').to.deep.equal(outcome.created);
    expect(errorCodes(outcome.delivered.errors), 'errors (RESYNC_REQUIRED)').to.deep.equal([]);
    expect(outcome.delivered.completed, 'the subscription ended').to.equal(false);
    expect(outcome.created).to.have.length(17);
    expect(outcome.created.length).to.be.greaterThan(3 * REPLAY_LIMIT);
    expect(outcome.steps.map((step) => step.step)).to.deep.equal([
      'live 1',
      'gap 1',
      'live 2',
      'gap 2',
      'live 3',
      'gap 3',
      'live 4',
    ]);
    for (const step of outcome.steps) expect(step.delivered, step.step).to.deep.equal(step.created);
    expect(outcome.connected, 'graphql-ws connections: the first and 3 reconnects').to.equal(4);
  });

  it("shows why: Apollo's GraphQLWsLink replays from the first cursor after a reconnect, then gets RESYNC_REQUIRED", async function () {
    this.timeout(60_000);
    const outcome = await scenario((wsClient) => new GraphQLWsLink(wsClient));
    const [k1, k2, k3, k4, k5, k6, k7] = outcome.created;
    expect(
      outcome.steps.map(({ step, delivered, errors, connected }) => ({ step, delivered, errors, connected })),
    ).to.deep.equal([
      { step: 'live 1', delivered: [k1, k2], errors: [], connected: 1 },
      // 5 events after the first cursor: within the bound, so the server replays them all, 2 of them again.
      { step: 'gap 1', delivered: [k1, k2, k1, k2, k3, k4, k5], errors: [], connected: 2 },
      { step: 'live 2', delivered: [k1, k2, k1, k2, k3, k4, k5, k6, k7], errors: [], connected: 2 },
      // 10 events after the first cursor: more than EVENT_REPLAY_LIMIT, the subscription ends.
      {
        step: 'gap 2',
        delivered: [k1, k2, k1, k2, k3, k4, k5, k6, k7],
        errors: ['RESYNC_REQUIRED'],
        connected: 3,
      },
    ]);
    expect(outcome.created).to.have.length(10);
    expect(outcome.delivered.completed, 'the subscription ended').to.equal(true);
  });
});

describe('ResumableWsLink: the variables it sends', () => {
  /** A graphql-ws Client that records the payload and lets the test deliver results to the sink. */
  function fakeClient() {
    const calls: Array<{
      payload: { variables?: Record<string, unknown> | null };
      sink: { next(value: unknown): void };
    }> = [];
    const client = {
      subscribe(payload: (typeof calls)[number]['payload'], sink: (typeof calls)[number]['sink']) {
        calls.push({ payload, sink });
        return () => undefined;
      },
    } as unknown as Client;
    return { client, calls };
  }

  function run(link: ApolloLink, query: string, variables: Record<string, unknown>) {
    const apollo = new ApolloClient({ link, cache: new InMemoryCache() });
    return apollo.subscribe({ query: parse(query), variables }).subscribe({ next: () => undefined });
  }

  it('re-reads `after` as the last cursor delivered each time graphql-ws (re)sends, keeping the other variables', () => {
    const { client, calls } = fakeClient();
    const subscription = run(
      new ResumableWsLink(client),
      'subscription($after: String, $d: Int) { orderEvents(after: $after, departmentId: $d) { __typename } }',
      { after: 'ev1-3', d: 7 },
    );
    expect(calls).to.have.length(1);
    const [{ payload, sink }] = calls;
    expect(payload.variables).to.deep.equal({ after: 'ev1-3', d: 7 });
    sink.next({ data: { orderEvents: { __typename: 'OrderCreatedEvent', cursor: 'ev1-4' } } });
    sink.next({ data: { orderEvents: { __typename: 'OrderCreatedEvent', cursor: 'ev1-9' } } });
    expect(payload.variables).to.deep.equal({ after: 'ev1-9', d: 7 });
    // A result without a cursor (an error) leaves the position where it was.
    sink.next({ errors: [{ message: 'boom' }] });
    expect(payload.variables).to.deep.equal({ after: 'ev1-9', d: 7 });
    subscription.unsubscribe();
  });

  it('passes the variables of an operation without $after as they are', () => {
    const { client, calls } = fakeClient();
    const subscription = run(
      new ResumableWsLink(client),
      'subscription($d: Int) { orderStatusChanged(departmentId: $d) { __typename cursor } }',
      { d: 2 },
    );
    const [{ payload, sink }] = calls;
    sink.next({ data: { orderStatusChanged: { __typename: 'OrderStatusChangedEvent', cursor: 'ev1-4' } } });
    expect(payload.variables).to.deep.equal({ d: 2 });
    subscription.unsubscribe();
  });

  it('cursorOf: the first root field value with a string cursor, else null', () => {
    expect(cursorOf({ orderEvents: { __typename: 'OrderCreatedEvent', cursor: 'ev1-12' } })).to.equal(
      'ev1-12',
    );
    expect(cursorOf({ other: 1, orderStatusChanged: { cursor: 'ev1-2' } })).to.equal('ev1-2');
    expect(cursorOf({ orderEvents: { cursor: 12 } })).to.equal(null);
    expect(cursorOf({ orderEvents: null })).to.equal(null);
    expect(cursorOf({ orderEvents: { __typename: 'X' } })).to.equal(null);
    expect(cursorOf(null)).to.equal(null);
    expect(cursorOf(undefined)).to.equal(null);
    expect(cursorOf('ev1-1')).to.equal(null);
  });
});
