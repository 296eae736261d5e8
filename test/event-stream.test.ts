import { expect } from 'chai';
import { createClient } from 'graphql-ws';
import { Client } from 'pg';
import WebSocket from 'ws';
import { Clock } from '../src/common/clock';
import { Role } from '../src/entities/enums';
import { EventFeed, LocalEvent } from '../src/events/feed';
import { encodeCursor, readEvents, streamHead } from '../src/events/event-log';
import { openStream } from '../src/realtime/event-stream';
import { Topic } from '../src/events/events';
import { createLoaders } from '../src/db/loaders';
import { statementCount } from '../src/db/data-source';
import {
  connect,
  disposeSockets,
  disposeSocketsAndSettle,
  sleep,
  Subscription,
  TestSocket,
} from './helpers/subscriptions';
import { SeedUser, spawnServerProcess, startTestServer, TestServer } from './helpers/server';

const CREATE = 'mutation($input: CreateOrderInput!) { createOrder(input: $input) { id } }';
const UPDATE =
  'mutation($id: Int!, $status: OrderStatus!, $catatan: String) { updateOrderStatus(id: $id, status: $status, catatan: $catatan) { id } }';
const SELECTION = `__typename
  ... on OrderCreatedEvent { cursor order { id } }
  ... on OrderStatusChangedEvent { cursor order { id } newStatus }
  ... on OrderApprovalRequestedEvent { cursor order { id catatanDapur } catatanDapur }
  ... on OrderApprovalDecidedEvent { cursor order { id catatanAdmin } catatanAdmin }`;
const EVENTS = `subscription($d: Int, $after: String) { orderEvents(departmentId: $d, after: $after) { ${SELECTION} } }`;
const SINCE = `query($after: String, $d: Int, $limit: Int) {
  orderEventsSince(after: $after, departmentId: $d, limit: $limit) { endCursor hasMore events { ${SELECTION} } } }`;

interface StreamEvent {
  __typename: string;
  cursor: string;
  order: { id: number; catatanDapur?: string | null; catatanAdmin?: string | null };
  newStatus?: string;
  catatanDapur?: string;
  catatanAdmin?: string | null;
}
interface Received {
  orderEvents: StreamEvent;
}
interface SincePage {
  orderEventsSince: { endCursor: string; hasMore: boolean; events: StreamEvent[] };
}

/** "created:12", "status:12:READY", "requested:12", "decided:12": what an event says, for exact comparisons. */
function describeEvent(event: StreamEvent): string {
  switch (event.__typename) {
    case 'OrderCreatedEvent':
      return `created:${event.order.id}`;
    case 'OrderStatusChangedEvent':
      return `status:${event.order.id}:${event.newStatus}`;
    case 'OrderApprovalRequestedEvent':
      return `requested:${event.order.id}`;
    default:
      return `decided:${event.order.id}`;
  }
}

const described = (subscription: Subscription<Received>) =>
  subscription.events.map((event) => describeEvent(event.orderEvents));

/** Cursors are opaque, but they must be distinct, and a client sees them in the order they were issued. */
function expectStrictlyIncreasing(cursors: string[]): void {
  const numbers = cursors.map((cursor) => Number(cursor.replace(/\D+/g, '')));
  for (let index = 1; index < numbers.length; index += 1)
    expect(numbers[index], `cursor ${index}`).to.be.greaterThan(numbers[index - 1]);
}

/** Polls a database condition (the event waited for is inside PostgreSQL) until it holds. */
async function until(condition: () => Promise<boolean>, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting until ${what}`);
    await sleep(20);
  }
}

describe('order event stream', () => {
  let server: TestServer;
  let t: Record<SeedUser, string>;

  before(async () => {
    server = await startTestServer();
    t = await server.tokens();
  });
  // Each test's untilActive() counts its own subscriptions only once the previous test's are gone.
  afterEach(() => disposeSocketsAndSettle(server.app.server.realtime));
  after(() => server.dispose());

  function socketFor(user: SeedUser, url = server.wsUrl): TestSocket {
    return connect(url, { authorization: `Bearer ${t[user]}` });
  }

  async function untilActive(count: number): Promise<void> {
    const realtime = server.app.server.realtime;
    await until(async () => realtime.activeSubscriptions() >= count, `${count} subscriptions are active`);
  }

  async function createOrder(user: SeedUser = 'employee'): Promise<number> {
    const data = await server.ok<{ createOrder: { id: number } }>(
      CREATE,
      { input: { shiftId: 1, jumlahPesanan: 1 } },
      { token: t[user] },
    );
    return data.createOrder.id;
  }

  const move = (id: number, status: string, user: SeedUser) =>
    server.ok(UPDATE, { id, status }, { token: t[user] });

  async function since(user: SeedUser, after: string | null, variables: Record<string, unknown> = {}) {
    return (await server.ok<SincePage>(SINCE, { after, ...variables }, { token: t[user] })).orderEventsSince;
  }

  async function headCursor(): Promise<string> {
    return (await since('admin', null)).endCursor;
  }

  it('resumes after a killed socket with exactly the missed events it may see, in order, then live ones', async () => {
    const first = socketFor('dapur');
    const live = first.subscribe<Received>(EVENTS);
    await untilActive(1);
    const a = await createOrder();
    const [seen] = await live.waitFor(1);
    first.client.terminate();
    await first.closed;

    // While the kitchen screen is away: events it may see and events it may not.
    const b = await createOrder();
    await move(a, 'IN_PROGRESS', 'dapur');
    await move(a, 'READY', 'dapur');
    await move(a, 'ON_DELIVERY', 'delivery'); // READY -> ON_DELIVERY: not the kitchen's
    await createOrder('admin'); // IT Department's order: the kitchen sees it too
    await move(b, 'IN_PROGRESS', 'dapur');

    const resumed = socketFor('dapur').subscribe<Received>(EVENTS, { after: seen.orderEvents.cursor });
    await resumed.waitFor(5);
    await move(b, 'READY', 'dapur');
    await resumed.waitFor(6);
    await sleep(200); // a duplicate or an extra event would arrive by now
    const events = described(resumed);
    expect(events.slice(0, 3)).to.deep.equal([
      `created:${b}`,
      `status:${a}:IN_PROGRESS`,
      `status:${a}:READY`,
    ]);
    expect(events[3]).to.match(/^created:\d+$/);
    expect(events.slice(4)).to.deep.equal([`status:${b}:IN_PROGRESS`, `status:${b}:READY`]);
    expectStrictlyIncreasing(resumed.events.map((event) => event.orderEvents.cursor));
  });

  it('has no gap and no duplicate at the seam between replay and live', async function () {
    this.timeout(60_000); // 70 orders created over HTTP
    const start = await headCursor();
    // Enough stored events that the replay takes a while, then more raised at once while it runs.
    for (let index = 0; index < 40; index += 1) await createOrder();
    const subscription = socketFor('admin').subscribe<Received>(EVENTS, { after: start });
    await Promise.all(Array.from({ length: 30 }, () => createOrder()));
    await subscription.waitFor(70, 10_000);
    await sleep(200);
    // The log, read over HTTP, is the truth: the same events in the same order, each once.
    const first = await since('admin', start, { limit: 1000 });
    expect(first.events).to.have.length(70);
    expect(described(subscription)).to.deep.equal(first.events.map(describeEvent));
  });

  it('holds back only a client that stops reading, and gives it every event in order once it reads again', async function () {
    this.timeout(90_000);
    // Large messages (the order under 15 aliases) on many subscriptions: a few dozen events fill the paused
    // client's TCP buffers, and the server's sends to it then wait (server/ws-transport.ts, SEND_HIGH_WATER).
    const order =
      'order { id kodePesanan statusPesanan jumlahPesanan pemesan { namaLengkap nomorIndukKaryawan } department { namaDivisi } shift { namaShift } }';
    const aliases = Array.from({ length: 15 }, (_, index) => `o${index}: ${order}`).join(' ');
    const query = `subscription { orderCreated { cursor ${aliases} } }`;
    interface Created {
      orderCreated: { cursor: string; o0: { id: number } };
    }
    const slow = socketFor('admin');
    const fast = socketFor('admin');
    const slowSubscriptions = Array.from({ length: 30 }, () => slow.subscribe<Created>(query));
    const fastSubscription = fast.subscribe<Created>(query);
    await untilActive(31);
    slow.pauseReading();
    const ids: number[] = [];
    for (let index = 0; index < 60; index += 1) ids.push(await createOrder());
    // The other client has everything while the first still reads nothing.
    const fastIds = (await fastSubscription.waitFor(60)).map((event) => event.orderCreated.o0.id);
    expect(fastIds).to.deep.equal(ids);
    expect(Math.max(...slowSubscriptions.map((subscription) => subscription.events.length))).to.be.lessThan(
      60,
    );
    slow.resumeReading();
    for (const subscription of slowSubscriptions) {
      const received = await subscription.waitFor(60, 60_000);
      await sleep(10);
      expect(received.map((event) => event.orderCreated.o0.id)).to.deep.equal(ids);
    }
  });

  it('delivers, once and in order, a live event that arrives while the replay is reading the log', async () => {
    for (let index = 0; index < 4; index += 1) await createOrder();
    const head = await streamHead(server.dataSource);
    const [newest] = await readEvents(server.dataSource, head - 1, head, 1);
    // A feed one event behind the log, whose next event arrives just after the stream read its position.
    const listeners = new Set<(event: LocalEvent) => void>();
    let arrived = false;
    const feed: EventFeed = {
      get position() {
        if (!arrived) {
          arrived = true;
          setImmediate(() =>
            listeners.forEach((listener) =>
              listener({ ...newest, loaders: createLoaders(server.dataSource) }),
            ),
          );
        }
        return head - 1;
      },
      onEvent(listener) {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
      replay: (afterSeq, throughSeq, limit) => readEvents(server.dataSource, afterSeq, throughSeq, limit),
    };
    const stream = await openStream(server.app.deps, feed, {
      subscriber: { karyawanId: 1, role: Role.ADMINISTRATOR },
      topics: Object.values(Topic),
      departmentId: null,
      after: encodeCursor(head - 4),
    });
    const received: number[] = [];
    try {
      for (let index = 0; index < 4; index += 1) {
        const next = await Promise.race([stream.next(), sleep(3000).then(() => null)]);
        if (!next || next.done) break;
        received.push(next.value.seq);
      }
    } finally {
      await stream.return?.(undefined);
    }
    expect(received).to.deep.equal([head - 3, head - 2, head - 1, head]);
  });

  it('delivers an event whose transaction commits after a later-started one committed (commit order)', async () => {
    const subscription = socketFor('admin').subscribe<Received>(EVENTS);
    await untilActive(1);
    const a = await createOrder();
    const b = await createOrder();
    await subscription.waitFor(2);
    // The first transaction writes its event, then waits (inside PostgreSQL) on an advisory lock the test holds.
    const holder = new Client({ connectionString: server.databaseUrl });
    await holder.connect();
    await holder.query('SELECT pg_advisory_lock(9009)');
    await server.sql(`CREATE FUNCTION hold_event() RETURNS trigger AS $$ BEGIN
        IF NEW.order_id = ${a} THEN PERFORM pg_advisory_lock_shared(9009); PERFORM pg_advisory_unlock_shared(9009); END IF;
        RETURN NEW; END $$ LANGUAGE plpgsql`);
    await server.sql(
      'CREATE TRIGGER hold_event AFTER INSERT ON order_event FOR EACH ROW EXECUTE FUNCTION hold_event()',
    );
    try {
      const firstStarted = move(a, 'IN_PROGRESS', 'dapur');
      await until(
        async () =>
          (await server.sql(`SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND NOT granted`)).length > 0,
        'the first transaction waits after writing its event',
      );
      const secondStarted = move(b, 'IN_PROGRESS', 'dapur');
      // The second either commits at once (then a reader passes it before the first commits) or waits for the
      // first; wait for whichever happens.
      const committed = secondStarted.then(() => 'committed' as const);
      const waiting = until(
        async () =>
          (
            await server.sql(
              `SELECT 1 FROM pg_stat_activity WHERE datname = current_database()
                  AND wait_event_type = 'Lock' AND wait_event <> 'advisory'`,
            )
          ).length > 0,
        'the second transaction waits',
      ).then(() => 'waiting' as const);
      const outcome = await Promise.race([committed, waiting]);
      waiting.catch(() => undefined);
      if (outcome === 'committed') await subscription.waitFor(3);
      await holder.query('SELECT pg_advisory_unlock(9009)');
      await Promise.all([firstStarted, secondStarted]);
    } finally {
      await holder.end();
      await server.sql('DROP TRIGGER hold_event ON order_event');
      await server.sql('DROP FUNCTION hold_event()');
    }
    await subscription.waitFor(4);
    await sleep(200);
    expect(described(subscription).slice(2)).to.have.members([
      `status:${a}:IN_PROGRESS`,
      `status:${b}:IN_PROGRESS`,
    ]);
    expect(subscription.events).to.have.length(4);
    expectStrictlyIncreasing(subscription.events.map((event) => event.orderEvents.cursor));
  });

  it('catches up from the log after its listening connection was lost while events were raised', async () => {
    const subscription = socketFor('admin').subscribe<Received>(EVENTS);
    await untilActive(1);
    const [{ name }] = await server.sql<{ name: string }>('SELECT current_database() AS name');
    const connectionsBefore = server.app.bus.connectionCount;
    // No new connection may reach the database until the events are raised (the pool's open ones serve them:
    // open a few now, so an idle one closed by the pool does not leave the mutations without).
    await Promise.all(Array.from({ length: 4 }, () => server.sql('SELECT pg_sleep(0.05)')));
    // PostgreSQL changes that only from another database.
    const maintenance = new Client({
      connectionString: server.databaseUrl.replace(/\/[^/?]+(\?|$)/, '/postgres$1'),
    });
    await maintenance.connect();
    await maintenance.query(`ALTER DATABASE "${name}" WITH ALLOW_CONNECTIONS false`);
    const created: number[] = [];
    try {
      await server.sql(
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
          WHERE application_name = 'packmeal-event-bus' AND datname = current_database()`,
      );
      await until(async () => !server.app.bus.connected, 'the bus noticed');
      for (let index = 0; index < 3; index += 1) created.push(await createOrder());
      await sleep(200);
      expect(subscription.events, 'nothing is delivered while the bus is away').to.have.length(0);
    } finally {
      await maintenance.query(`ALTER DATABASE "${name}" WITH ALLOW_CONNECTIONS true`);
      await maintenance.end();
    }
    await until(async () => server.app.bus.connectionCount > connectionsBefore, 'the bus reconnected');
    await subscription.waitFor(3);
    created.push(await createOrder());
    await subscription.waitFor(4);
    expect(described(subscription)).to.deep.equal(created.map((id) => `created:${id}`));
  });

  it('resumes on another server process, restarted while the subscriber was away', async function () {
    this.timeout(90_000); // two process start-ups on a shared, busy machine
    let other = await spawnServerProcess(server.databaseUrl);
    try {
      const live = socketFor('dapur', other.wsUrl).subscribe<Received>(EVENTS);
      // The other process is a black box: create orders until its subscription is live and one arrives.
      for (let attempt = 0; attempt < 20 && live.events.length === 0; attempt += 1) {
        await createOrder();
        await live.waitFor(1, 500).catch(() => undefined);
      }
      await sleep(200);
      const last = live.events[live.events.length - 1].orderEvents.cursor;
      await disposeSockets();
      expect(await other.stop()).to.equal(0);

      const a = await createOrder();
      await move(a, 'IN_PROGRESS', 'dapur');
      await move(a, 'READY', 'dapur');
      await move(a, 'ON_DELIVERY', 'delivery'); // not the kitchen's
      other = await spawnServerProcess(server.databaseUrl);
      const resumed = socketFor('dapur', other.wsUrl).subscribe<Received>(EVENTS, { after: last });
      await resumed.waitFor(3);
      const b = await createOrder(); // raised on this process, delivered live on the other
      await resumed.waitFor(4);
      await sleep(200);
      expect(described(resumed)).to.deep.equal([
        `created:${a}`,
        `status:${a}:IN_PROGRESS`,
        `status:${a}:READY`,
        `created:${b}`,
      ]);
    } finally {
      await disposeSockets();
      expect(await other.stop()).to.equal(0);
    }
  });

  it('replays to after: OrderPage.cursor whatever was committed between the page read and the subscription', async () => {
    const page = await server.ok<{ orders: { cursor: string } }>(
      '{ orders(limit: 5) { cursor items { id } } }',
      {},
      { token: t.dapur },
    );
    const between = await createOrder();
    const subscription = socketFor('dapur').subscribe<Received>(EVENTS, { after: page.orders.cursor });
    await subscription.waitFor(1);
    await move(between, 'IN_PROGRESS', 'dapur');
    await subscription.waitFor(2);
    expect(described(subscription)).to.deep.equal([`created:${between}`, `status:${between}:IN_PROGRESS`]);
  });

  it('serves the same events over HTTP with orderEventsSince: audience, departmentId, paging', async () => {
    const start = await headCursor();
    const mine = await createOrder(); // Human Resources (2)
    const it = await createOrder('admin'); // IT Department (1)
    await move(mine, 'IN_PROGRESS', 'dapur');

    const admin = await since('admin', start);
    expect(admin.events.map(describeEvent)).to.deep.equal([
      `created:${mine}`,
      `created:${it}`,
      `status:${mine}:IN_PROGRESS`,
    ]);
    expect(admin.hasMore).to.equal(false);
    expect((await since('employee2', start)).events).to.deep.equal([]);
    expect((await since('delivery', start)).events).to.deep.equal([]);
    expect((await since('employee', start)).events.map(describeEvent)).to.deep.equal([
      `created:${mine}`,
      `status:${mine}:IN_PROGRESS`,
    ]);
    expect((await since('dapur', start, { d: 1 })).events.map(describeEvent)).to.deep.equal([
      `created:${it}`,
    ]);

    const firstPage = await since('admin', start, { limit: 2 });
    expect(firstPage.events.map(describeEvent)).to.deep.equal([`created:${mine}`, `created:${it}`]);
    expect(firstPage.hasMore).to.equal(true);
    const secondPage = await since('admin', firstPage.endCursor, { limit: 2 });
    expect(secondPage.events.map(describeEvent)).to.deep.equal([`status:${mine}:IN_PROGRESS`]);
    expect(secondPage.hasMore).to.equal(false);
    expect((await since('admin', secondPage.endCursor)).events).to.deep.equal([]);
    expect(await server.errorCode(SINCE, { after: start, limit: 0 }, { token: t.admin })).to.equal(
      'BAD_USER_INPUT',
    );
  });

  it('resolves every event, live or replayed, with loaders made for it: a renamed employee shows the new name', async () => {
    const NAMED = `subscription($after: String) { orderEvents(after: $after) {
      ... on OrderCreatedEvent { cursor order { pemesan { namaLengkap } } }
      ... on OrderStatusChangedEvent { cursor order { pemesan { namaLengkap } } }
    } }`;
    type Named = { orderEvents: { cursor: string; order: { pemesan: { namaLengkap: string } } } };
    const rename = (namaLengkap: string) =>
      server.ok(
        'mutation($id: Int!, $n: String!) { updateUserProfile(id: $id, input: { namaLengkap: $n }) { id } }',
        { id: 2, n: namaLengkap },
        { token: t.admin },
      );
    const names = (subscription: Subscription<Named>) =>
      subscription.events.map((event) => event.orderEvents.order.pemesan.namaLengkap);
    const start = await headCursor();
    const live = socketFor('admin').subscribe<Named>(NAMED);
    await untilActive(1);
    try {
      await rename('Before Rename');
      const id = await createOrder();
      await live.waitFor(1);
      await rename('After Rename');
      await move(id, 'IN_PROGRESS', 'dapur');
      await live.waitFor(2);
      expect(names(live)).to.deep.equal(['Before Rename', 'After Rename']);
      const replayed = socketFor('admin').subscribe<Named>(NAMED, { after: start });
      await replayed.waitFor(2);
      expect(names(replayed)).to.deep.equal(['After Rename', 'After Rename']);
    } finally {
      await rename('Employee One');
    }
  });

  it('loads the nested fields of a replayed page once for subscribers resuming it together (a mass reconnect)', async () => {
    const NAMED = `subscription($after: String) { orderEvents(after: $after) {
      ... on OrderCreatedEvent { cursor order { pemesan { namaLengkap department { namaDivisi } } shift { namaShift } } }
      ... on OrderStatusChangedEvent { cursor order { pemesan { namaLengkap } } }
    } }`;
    const start = await headCursor();
    for (let index = 0; index < 3; index += 1) await createOrder(index % 2 ? 'employee' : 'admin');
    // Statements for `count` subscribers resuming from `start` at once, until each has the 3 events.
    const resumeTogether = async (count: number) => {
      const before = statementCount(server.dataSource);
      const sockets = Array.from({ length: count }, () => socketFor('admin'));
      const subscriptions = sockets.map((socket) => socket.subscribe(NAMED, { after: start }));
      await Promise.all(subscriptions.map((subscription) => subscription.waitFor(3)));
      const statements = statementCount(server.dataSource) - before;
      for (const socket of sockets) await socket.dispose();
      return statements;
    };
    const one = await resumeTogether(1);
    const eight = await resumeTogether(8);
    // Each subscriber's own statements (its token checks on connect and on subscribe, its resumption check) are a
    // few; the replay read and the page's loaders are shared, so 8 cost far less than 8 × one (72 with loaders per
    // subscriber, against 38 allowed here).
    const perSubscriberOwn = 4;
    expect(one).to.be.greaterThan(perSubscriberOwn + 1);
    expect(eight).to.be.at.most(one + 7 * perSubscriberOwn);
  });

  it('carries a 500-character note full of control characters from request to decision, end to end', async () => {
    const controls = Array.from({ length: 31 }, (_, code) => String.fromCharCode(code + 1)).join('');
    const note = `Kitchen:"\\${controls}`.repeat(20).slice(0, 499) + '.';
    expect(note).to.have.length(500);
    const subscription = socketFor('admin').subscribe<Received>(EVENTS);
    await untilActive(1);
    const id = await createOrder();
    await server.ok(
      'mutation($id: Int!, $n: String!) { requestOrderRejection(id: $id, catatanDapur: $n) { id } }',
      { id, n: note },
      { token: t.dapur },
    );
    await server.ok(
      'mutation($id: Int!, $n: String!) { decideApproval(id: $id, decision: REJECTED, catatanAdmin: $n) { id } }',
      { id, n: note },
      { token: t.admin },
    );
    const events = await subscription.waitFor(5);
    const requested = events[1].orderEvents;
    const decided = events[3].orderEvents;
    expect(requested.__typename).to.equal('OrderApprovalRequestedEvent');
    expect(requested.catatanDapur).to.equal(note.trim());
    expect(decided.__typename).to.equal('OrderApprovalDecidedEvent');
    expect(decided.catatanAdmin).to.equal(note.trim());
    expect(requested.order.catatanDapur).to.equal(note.trim());
    expect(decided.order.catatanAdmin).to.equal(note.trim());
  });
});

describe('order event stream: RESYNC_REQUIRED and retention', () => {
  let server: TestServer;
  let t: Record<SeedUser, string>;
  let offsetMs = 0;
  const clock: Clock = { now: () => new Date(Date.now() + offsetMs) };

  before(async () => {
    server = await startTestServer({ env: { EVENT_REPLAY_LIMIT: '3', EVENT_RETENTION_DAYS: '7' }, clock });
    t = await server.tokens();
  });
  afterEach(() => disposeSockets());
  after(() => server.dispose());

  async function head(): Promise<string> {
    const data = await server.ok<SincePage>(SINCE, { after: null }, { token: t.admin });
    return data.orderEventsSince.endCursor;
  }

  async function createOrders(count: number): Promise<void> {
    for (let index = 0; index < count; index += 1)
      await server.ok(CREATE, { input: { shiftId: 1, jumlahPesanan: 1 } }, { token: t.employee });
  }

  /** The error code of orderEventsSince and of a subscription, both resuming after `cursor`. */
  async function refusals(cursor: string): Promise<[string | undefined, string | undefined]> {
    const http = await server.errorCode(SINCE, { after: cursor }, { token: t.admin });
    const subscription = connect(server.wsUrl, { authorization: `Bearer ${t.admin}` }).subscribe<Received>(
      EVENTS,
      { after: cursor },
    );
    await subscription.waitFor(1, 3000).catch(() => undefined);
    const errors = subscription.errors as Array<Array<{ extensions?: { code?: string } }>>;
    return [http, errors.flat()[0]?.extensions?.code];
  }

  it('refuses a malformed cursor', async () => {
    for (const cursor of ['', 'nonsense', 'ev1-', 'ev1-01', 'ev1-1e3', 'ev2-5', 'ev1-99999999999999999'])
      expect(await refusals(cursor), cursor).to.deep.equal(['RESYNC_REQUIRED', 'RESYNC_REQUIRED']);
  });

  it('refuses a cursor more than EVENT_REPLAY_LIMIT events behind, and accepts one exactly at the limit', async () => {
    const cursor = await head();
    await createOrders(3);
    expect(
      (await server.ok<SincePage>(SINCE, { after: cursor }, { token: t.admin })).orderEventsSince.events,
    ).to.have.length(3);
    await createOrders(1);
    expect(await refusals(cursor)).to.deep.equal(['RESYNC_REQUIRED', 'RESYNC_REQUIRED']);
  });

  it('refuses a cursor whose next event is older than EVENT_RETENTION_DAYS, and prunes old events', async () => {
    const cursor = await head();
    await createOrders(1);
    const current = await head();
    offsetMs = 8 * 86_400_000;
    try {
      expect(await refusals(cursor)).to.deep.equal(['RESYNC_REQUIRED', 'RESYNC_REQUIRED']);
      const before = await server.sql<{ count: number }>('SELECT count(*)::int AS count FROM order_event');
      expect(await server.app.bus.prune()).to.equal(before[0].count);
      expect(await refusals(cursor)).to.deep.equal(['RESYNC_REQUIRED', 'RESYNC_REQUIRED']);
      // Nothing was missed after the newest position, however old: that cursor still resumes.
      const page = await server.ok<SincePage>(SINCE, { after: current }, { token: t.admin });
      expect(page.orderEventsSince.events).to.deep.equal([]);
    } finally {
      offsetMs = 0;
    }
  });
});

describe('order event stream: the client of the README', () => {
  let server: TestServer;

  before(async () => {
    // Access tokens of 2 seconds: the socket closes with 4403 as it does every 15 minutes in production.
    server = await startTestServer({ env: { JWT_EXPIRES_IN: '2' } });
  });
  after(() => server.dispose());

  it('reconnects with a fresh token after its token expired and resumes from its last cursor', async () => {
    let lastCursor: string | null = null;
    const received: string[] = [];
    const closes: number[] = [];
    let wake: () => void = () => undefined;
    const changed = () => new Promise<void>((resolve) => (wake = resolve));
    const client = createClient({
      url: server.wsUrl,
      webSocketImpl: WebSocket,
      retryAttempts: Infinity,
      shouldRetry: () => true,
      retryWait: () => sleep(100), // the default backs off for seconds; the behaviour is the same
      connectionParams: async () => ({ authorization: `Bearer ${await server.login('dapur')}` }),
      on: {
        closed: (event) => {
          closes.push((event as { code: number }).code);
          wake();
        },
      },
    });
    const create = async () => {
      const token = await server.login('employee');
      const data = await server.ok<{ createOrder: { id: number } }>(
        CREATE,
        { input: { shiftId: 1, jumlahPesanan: 1 } },
        { token },
      );
      return `created:${data.createOrder.id}`;
    };
    const until = async (done: () => boolean) => {
      while (!done()) await changed();
    };
    try {
      const dispose = client.subscribe<Received>(
        {
          query: EVENTS,
          get variables() {
            return { after: lastCursor };
          },
        },
        {
          next: ({ data }) => {
            if (data) {
              received.push(describeEvent(data.orderEvents));
              lastCursor = data.orderEvents.cursor;
            }
            wake();
          },
          error: (error) => {
            received.push(`error:${JSON.stringify(error)}`);
            wake();
          },
          complete: () => undefined,
        },
      );
      // Live events flow once the subscription is up; create until the first arrives.
      let expected: string[] = [];
      while (received.length === 0) {
        expected.push(await create());
        await Promise.race([changed(), sleep(300)]);
      }
      expected = expected.slice(expected.indexOf(received[0])); // those before the subscription was up are not owed
      await until(() => received.length >= expected.length);
      await until(() => closes.length > 0); // the token expired: 4403
      expected.push(await create(), await create()); // raised while the client reconnects
      await until(() => received.length >= expected.length);
      expected.push(await create());
      await until(() => received.length >= expected.length);
      await sleep(200);
      expect(closes[0]).to.equal(4403);
      expect(received).to.deep.equal(expected);
      dispose();
    } finally {
      await client.dispose();
    }
  });
});
