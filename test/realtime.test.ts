import { expect } from 'chai';
import jwt from 'jsonwebtoken';
import { print } from 'graphql';
import { statementCount } from '../src/db/data-source';
import {
  CreateOrderDocument,
  CreateUserDocument,
  DecideApprovalDocument,
  LoginDocument,
  type LoginMutation,
  LogoutDocument,
  OrderApprovalDecidedDocument,
  type OrderApprovalDecidedSubscription,
  OrderApprovalRequestedDocument,
  type OrderApprovalRequestedSubscription,
  OrderCreatedDocument,
  type OrderCreatedSubscription,
  type OrderCreatedSubscriptionVariables,
  OrderEventsDocument,
  type OrderEventsSubscription,
  OrderStatusChangedDocument,
  type OrderStatusChangedSubscription,
  RefreshTokenDocument,
  RequestOrderEditDocument,
  RequestOrderRejectionDocument,
  ResetUserPasswordDocument,
  type Role,
  UpdateOrderStatusDocument,
  UpdateUserRoleDocument,
  UpdateUserStatusDocument,
} from './generated/graphql';
import {
  connect,
  disposeSockets,
  disposeSocketsAndSettle,
  sleep,
  Subscription,
  TestSocket,
  untilNoSubscriptions,
} from './helpers/subscriptions';
import {
  SEED,
  SeedUser,
  spawnServerProcess,
  startTestServer,
  TEST_SECRETS,
  TestServer,
} from './helpers/server';

const NOTE = 'The kitchen ran out of rice';

const SUBSCRIPTIONS = {
  orderCreated: OrderCreatedDocument,
  orderStatusChanged: OrderStatusChangedDocument,
  orderApprovalRequested: OrderApprovalRequestedDocument,
  orderApprovalDecided: OrderApprovalDecidedDocument,
} as const;
type Topic = keyof typeof SUBSCRIPTIONS;

/** An event of any of the subscriptions above, or of orderEvents. */
type AnyEvent = Partial<
  OrderCreatedSubscription &
    OrderStatusChangedSubscription &
    OrderApprovalRequestedSubscription &
    OrderApprovalDecidedSubscription &
    OrderEventsSubscription
>;

/** A short description of an event for exact comparisons: "topic:newStatus". */
function describeEvent(event: AnyEvent): string {
  const union = event.orderEvents;
  if (union?.__typename === 'OrderCreatedEvent') return 'created';
  if (union?.__typename === 'OrderStatusChangedEvent') return `status:${union.newStatus}`;
  if (union?.__typename === 'OrderApprovalRequestedEvent') return `requested:${union.requestType}`;
  if (union?.__typename === 'OrderApprovalDecidedEvent') return `decided:${union.decision}`;
  if (event.orderCreated) return 'created';
  if (event.orderStatusChanged) return `status:${event.orderStatusChanged.newStatus}`;
  if (event.orderApprovalRequested) return `requested:${event.orderApprovalRequested.requestType}`;
  if (event.orderApprovalDecided) return `decided:${event.orderApprovalDecided.decision}`;
  return 'unknown';
}

describe('realtime subscriptions', () => {
  let server: TestServer;
  let t: Record<SeedUser, string>;

  before(async () => {
    server = await startTestServer();
    t = await server.tokens();
  });
  // Each test's untilActive() counts its own subscriptions only once the previous test's are gone.
  afterEach(() => disposeSocketsAndSettle(server.app.server.realtime));
  after(() => server.dispose());

  function socketFor(user: SeedUser, params?: Record<string, unknown>): TestSocket {
    return connect(server.wsUrl, params ?? { authorization: `Bearer ${t[user]}` });
  }

  let userCounter = 0;
  /** A fresh user of its own, for tests that change a user's role or password. */
  async function newUser(role: Role): Promise<{ id: number; nik: string; password: string }> {
    userCounter += 1;
    const nik = `RT${String(userCounter).padStart(3, '0')}`;
    const password = 'realtime-pass-1';
    const data = await server.run(
      CreateUserDocument,
      { input: { nomorIndukKaryawan: nik, namaLengkap: `Realtime ${nik}`, password, role } },
      { token: t.admin },
    );
    return { id: data.createUser.id, nik, password };
  }

  async function untilActive(count: number): Promise<void> {
    const deadline = Date.now() + 5000;
    while (server.app.server.realtime.activeSubscriptions() < count) {
      if (Date.now() > deadline)
        throw new Error(
          `Only ${server.app.server.realtime.activeSubscriptions()} of ${count} subscriptions active`,
        );
      await sleep(10);
    }
  }

  describe('connection', () => {
    it('closes with 4403 without a token, with a bad one and with an expired one', async () => {
      const expired = jwt.sign(
        { karyawanId: 1, nik: 'ADM001', role: 'administrator', departmentId: 1 },
        TEST_SECRETS.JWT_SECRET,
        {
          subject: '1',
          expiresIn: -10,
        },
      );
      for (const params of [undefined, { authorization: 'Bearer not-a-token' }, { token: expired }]) {
        const socket = connect(server.wsUrl, params);
        expect(await socket.closed).to.equal(4403);
      }
    });

    it('accepts the token as connectionParams.token as well as authorization', async () => {
      const socket = connect(server.wsUrl, { token: t.dapur });
      await socket.connected;
      const subscription = socket.subscribeTyped(OrderCreatedDocument);
      await untilActive(1);
      await server.run(
        CreateOrderDocument,
        { input: { shiftId: 1, jumlahPesanan: 1 } },
        { token: t.employee },
      );
      await subscription.waitFor(1);
    });

    it('closes the socket with 4403 when the access token expires', async () => {
      // A live session's id, so that only the expiry can end the token.
      const sid = (jwt.decode(t.dapur) as { sid?: string } | null)?.sid;
      const token = jwt.sign(
        { sid, karyawanId: 4, nik: 'KIT001', role: 'dapur', departmentId: 3 },
        TEST_SECRETS.JWT_SECRET,
        {
          subject: '4',
          expiresIn: 2,
        },
      );
      const socket = connect(server.wsUrl, { token });
      await socket.connected;
      const started = Date.now();
      expect(await socket.closed).to.equal(4403);
      expect(Date.now() - started).to.be.lessThan(4000);
    });

    it('closes the sockets of a user who is deactivated', async () => {
      const socket = socketFor('employee2');
      await socket.connected;
      await server.run(UpdateUserStatusDocument, { id: 3, isActive: false }, { token: t.admin });
      try {
        expect(await socket.closed).to.equal(4403);
      } finally {
        await server.run(UpdateUserStatusDocument, { id: 3, isActive: true }, { token: t.admin });
        // Deactivation ended the user's sessions for good; later tests need a new one.
        t.employee2 = await server.login('employee2');
      }
    });

    /** A MOBILE sign-in of a seed user: a session of its own (refresh token in the body). */
    async function session(user: SeedUser): Promise<LoginMutation['login']> {
      const data = await server.run(LoginDocument, { input: { ...SEED[user], clientType: 'MOBILE' } });
      return data.login;
    }

    it("closes a session's sockets at its logout, and only that session's", async () => {
      const leaving = await session('employee2');
      const staying = await session('employee2');
      const leavingSocket = connect(server.wsUrl, { authorization: `Bearer ${leaving.accessToken}` });
      const stayingSocket = connect(server.wsUrl, { authorization: `Bearer ${staying.accessToken}` });
      const created = stayingSocket.subscribeTyped(OrderCreatedDocument);
      await leavingSocket.connected;
      await untilActive(1);
      await server.run(LogoutDocument, { refreshToken: leaving.refreshToken });
      expect(await leavingSocket.closed).to.equal(4403);
      // The other session of the same user keeps streaming.
      await server.run(
        CreateOrderDocument,
        { input: { shiftId: 1, jumlahPesanan: 1 } },
        { token: staying.accessToken },
      );
      await created.waitFor(1);
      expect(created.events.map(describeEvent)).to.deep.equal(['created']);
    });

    it("closes a session's sockets when a rotated refresh token of it comes back (a stolen copy)", async () => {
      const stolen = await session('employee2');
      const socket = connect(server.wsUrl, { authorization: `Bearer ${stolen.accessToken}` });
      await socket.connected;
      await server.run(RefreshTokenDocument, { refreshToken: stolen.refreshToken });
      // Past the reuse grace: presenting the rotated token again revokes the whole family.
      await server.sql(
        `UPDATE refresh_token SET revoked_at = revoked_at - interval '1 hour'
          WHERE token_hash = encode(sha256(convert_to($1, 'UTF8')), 'hex')`,
        [stolen.refreshToken],
      );
      const reuse = await server.runResponse(RefreshTokenDocument, { refreshToken: stolen.refreshToken });
      expect(reuse.errors?.[0].extensions?.code).to.equal('UNAUTHENTICATED');
      expect(await socket.closed).to.equal(4403);
    });

    it('closes the sockets of a demoted administrator before the next administrator-only event', async () => {
      const user = await newUser('ADMINISTRATOR');
      const socket = connect(server.wsUrl, {
        authorization: `Bearer ${await server.login({ nik: user.nik, password: user.password })}`,
      });
      const requests = socket.subscribeTyped(OrderApprovalRequestedDocument);
      await untilActive(1);
      await server.run(UpdateUserRoleDocument, { id: user.id, role: 'EMPLOYEE' }, { token: t.admin });
      // An event only administrators receive: the demoted user's socket must be closed before it arrives.
      const order = await server.run(
        CreateOrderDocument,
        { input: { shiftId: 1, jumlahPesanan: 1 } },
        { token: t.employee },
      );
      await server.run(
        RequestOrderRejectionDocument,
        { id: order.createOrder.id, catatanDapur: NOTE },
        { token: t.dapur },
      );
      const first = await Promise.race([
        socket.closed.then((code) => `closed with ${code}`),
        requests.waitFor(1).then(() => 'received the event'),
      ]);
      expect(first).to.equal('closed with 4403');
      expect(requests.events).to.deep.equal([]);
    });

    it('refuses a subscription at once while the password is temporary (no stream of errors)', async () => {
      const user = await newUser('DAPUR');
      const reset = await server.run(ResetUserPasswordDocument, { id: user.id }, { token: t.admin });
      const token = await server.login({
        nik: user.nik,
        password: reset.resetUserPassword.temporaryPassword,
      });
      const socket = connect(server.wsUrl, { authorization: `Bearer ${token}` });
      // graphql-ws's own client, not subscribeTyped(): the test tells an error apart from events and completion.
      const outcome = new Promise<string>((resolve) =>
        socket.client.subscribe(
          { query: print(OrderCreatedDocument) },
          {
            next: () => resolve('streamed an event'),
            error: (error) => resolve(`refused: ${JSON.stringify(error)}`),
            complete: () => resolve('completed'),
          },
        ),
      );
      // An event a DAPUR subscriber would receive: without the refusal it streams in, carrying an error.
      await server.run(
        CreateOrderDocument,
        { input: { shiftId: 1, jumlahPesanan: 1 } },
        { token: t.employee },
      );
      expect(await outcome)
        .to.match(/^refused: /)
        .and.contain('PASSWORD_CHANGE_REQUIRED');
    });

    it('refuses a subscription the role may never receive with FORBIDDEN, keeping the socket open', async () => {
      const socket = socketFor('delivery');
      for (const topic of ['orderCreated', 'orderApprovalRequested', 'orderApprovalDecided'] as const) {
        const refused = socket.subscribeTyped<AnyEvent, OrderCreatedSubscriptionVariables>(
          SUBSCRIPTIONS[topic],
        );
        await refused.waitFor(1, 3000).catch(() => undefined);
        expect(JSON.stringify(refused.errors)).to.contain('FORBIDDEN');
      }
      const allowed = socket.subscribeTyped(OrderStatusChangedDocument);
      await untilActive(1);
      const order = (
        await server.run(
          CreateOrderDocument,
          { input: { shiftId: 1, jumlahPesanan: 1 } },
          { token: t.employee },
        )
      ).createOrder;
      await server.run(
        UpdateOrderStatusDocument,
        { id: order.id, status: 'IN_PROGRESS' },
        { token: t.dapur },
      );
      await server.run(UpdateOrderStatusDocument, { id: order.id, status: 'READY' }, { token: t.dapur });
      const [event] = await allowed.waitFor(1);
      expect(describeEvent(event)).to.equal('status:READY');
    });

    it('refuses an invalid subscription document with an error, not a crash', async () => {
      const socket = socketFor('admin');
      // Raw on purpose: the document is invalid (an unknown field), which a typed document cannot be.
      const bad = socket.subscribe('subscription { orderCreated { nope } }');
      await bad.waitFor(1, 3000).catch(() => undefined);
      expect(JSON.stringify(bad.errors)).to.contain('nope');
      const good = socket.subscribeTyped(OrderCreatedDocument);
      await untilActive(1);
      await server.run(
        CreateOrderDocument,
        { input: { shiftId: 1, jumlahPesanan: 1 } },
        { token: t.employee },
      );
      await good.waitFor(1);
    });
  });

  describe('audience', () => {
    const USERS: SeedUser[] = ['admin', 'dapur', 'delivery', 'employee', 'employee2'];

    it('delivers each event exactly to everyone who may read the order before or after (DOMAIN.md)', async () => {
      // Every role opens every subscription, and orderEvents narrowed to the order's department (2) and another (3);
      // refused subscriptions (delivery: created, requested, decided) receive nothing.
      const subscriptions = new Map<string, Subscription<AnyEvent>>();
      for (const user of USERS) {
        const socket = socketFor(user);
        for (const topic of Object.keys(SUBSCRIPTIONS) as Topic[])
          subscriptions.set(
            `${user}:${topic}`,
            socket.subscribeTyped<AnyEvent, OrderCreatedSubscriptionVariables>(SUBSCRIPTIONS[topic]),
          );
        subscriptions.set(`${user}:orderEvents`, socket.subscribeTyped(OrderEventsDocument));
        subscriptions.set(
          `${user}:orderEvents@2`,
          socket.subscribeTyped(OrderEventsDocument, { departmentId: 2 }),
        );
        subscriptions.set(
          `${user}:orderEvents@3`,
          socket.subscribeTyped(OrderEventsDocument, { departmentId: 3 }),
        );
      }
      await untilActive(USERS.length * 7 - 3);

      const order = (
        await server.run(
          CreateOrderDocument,
          { input: { shiftId: 1, jumlahPesanan: 4 } },
          { token: t.employee },
        )
      ).createOrder;
      for (const [token, status] of [
        [t.dapur, 'IN_PROGRESS'],
        [t.dapur, 'READY'],
        [t.delivery, 'ON_DELIVERY'],
        [t.delivery, 'COMPLETE'],
      ] as const) {
        await server.run(UpdateOrderStatusDocument, { id: order.id, status }, { token });
      }
      await server.run(
        UpdateOrderStatusDocument,
        { id: order.id, status: 'MENUNGGU', catatan: 'Reopened: delivered to the wrong floor' },
        { token: t.admin },
      );
      await server.run(
        RequestOrderRejectionDocument,
        { id: order.id, catatanDapur: NOTE },
        { token: t.dapur },
      );
      await server.run(
        DecideApprovalDocument,
        { id: order.id, decision: 'APPROVED', catatanAdmin: 'Agreed' },
        { token: t.admin },
      );

      const everything = [
        'created',
        'status:IN_PROGRESS',
        'status:READY',
        'status:ON_DELIVERY',
        'status:COMPLETE',
        'status:MENUNGGU',
        'requested:REJECT',
        'status:MENUNGGU_PERSETUJUAN',
        'decided:APPROVED',
        'status:DITOLAK',
      ];
      const kitchen = everything.filter(
        (event) => !['status:ON_DELIVERY', 'status:COMPLETE'].includes(event),
      );
      const delivery = ['status:READY', 'status:ON_DELIVERY', 'status:COMPLETE'];
      const byTopic = (events: string[]) => ({
        orderCreated: events.filter((event) => event === 'created'),
        orderStatusChanged: events.filter((event) => event.startsWith('status:')),
        orderApprovalRequested: events.filter((event) => event.startsWith('requested:')),
        orderApprovalDecided: events.filter((event) => event.startsWith('decided:')),
        orderEvents: events,
        'orderEvents@2': events,
        'orderEvents@3': [],
      });
      const audiences: Record<string, string[]> = {
        admin: everything,
        dapur: kitchen,
        delivery,
        employee: everything,
        employee2: [],
      };
      const expected = Object.fromEntries(
        Object.entries(audiences).flatMap(([user, events]) =>
          Object.entries(byTopic(events)).map(([topic, list]) => [`${user}:${topic}`, list]),
        ),
      );
      await Promise.all(
        Object.entries(expected).map(([key, events]) => subscriptions.get(key)?.waitFor(events.length)),
      );
      await sleep(300); // anything extra would arrive by now
      const actual = Object.fromEntries(
        [...subscriptions].map(([key, subscription]) => [key, subscription.events.map(describeEvent)]),
      );
      expect(actual).to.deep.equal(expected);
    });

    it('narrows to one department with departmentId', async () => {
      const hr = socketFor('dapur').subscribeTyped(OrderCreatedDocument, { departmentId: 2 });
      const ops = socketFor('dapur').subscribeTyped(OrderCreatedDocument, { departmentId: 3 });
      const all = socketFor('admin').subscribeTyped(OrderCreatedDocument, { departmentId: 2 });
      await untilActive(3);
      await server.run(
        CreateOrderDocument,
        { input: { shiftId: 1, jumlahPesanan: 1 } },
        { token: t.employee },
      ); // Human Resources = 2
      await server.run(CreateOrderDocument, { input: { shiftId: 1, jumlahPesanan: 1 } }, { token: t.admin }); // IT Department = 1
      await hr.waitFor(1);
      await all.waitFor(1);
      await sleep(300);
      expect(hr.events).to.have.length(1);
      expect(all.events).to.have.length(1);
      expect(ops.events).to.have.length(0);
    });

    it('carries the payload fields: statuses, request type, decision, notes and actors', async () => {
      const admin = socketFor('admin');
      const changed = admin.subscribeTyped(OrderStatusChangedDocument);
      const requested = admin.subscribeTyped(OrderApprovalRequestedDocument);
      const decided = admin.subscribeTyped(OrderApprovalDecidedDocument);
      await untilActive(3);
      const order = (
        await server.run(
          CreateOrderDocument,
          { input: { shiftId: 1, jumlahPesanan: 4 } },
          { token: t.employee },
        )
      ).createOrder;
      await server.run(
        UpdateOrderStatusDocument,
        { id: order.id, status: 'IN_PROGRESS' },
        { token: t.dapur },
      );
      await server.run(
        RequestOrderEditDocument,
        { id: order.id, jumlahPesananBaru: 6, catatanDapur: NOTE },
        { token: t.dapur },
      );
      await server.run(
        DecideApprovalDocument,
        { id: order.id, decision: 'REJECTED', catatanAdmin: 'Keep four' },
        { token: t.admin },
      );
      const [first] = await changed.waitFor(3);
      expect(first.orderStatusChanged).to.include({ oldStatus: 'MENUNGGU', newStatus: 'IN_PROGRESS' });
      expect(first.orderStatusChanged.changedBy).to.include({ nomorIndukKaryawan: 'KIT001' });
      const [request] = await requested.waitFor(1);
      expect(request.orderApprovalRequested).to.include({ requestType: 'EDIT', catatanDapur: NOTE });
      expect(request.orderApprovalRequested.requestedBy).to.include({ nomorIndukKaryawan: 'KIT001' });
      const [decision] = await decided.waitFor(1);
      expect(decision.orderApprovalDecided).to.include({
        requestType: 'EDIT',
        decision: 'REJECTED',
        catatanAdmin: 'Keep four',
      });
      expect(decision.orderApprovalDecided.decidedBy).to.include({ nomorIndukKaryawan: 'ADM001' });
      expect(decision.orderApprovalDecided.requestedBy).to.include({ nomorIndukKaryawan: 'KIT001' });
      expect(decision.orderApprovalDecided.order.statusPesanan).to.equal('IN_PROGRESS');
      const last = changed.events[2].orderStatusChanged;
      expect(last).to.deep.include({ oldStatus: 'MENUNGGU_PERSETUJUAN', newStatus: 'IN_PROGRESS' });
    });
  });

  describe('delivery guarantees', () => {
    it('raises no event for a refused mutation (the failed-audit table covers rolled-back ones)', async () => {
      const subscription = socketFor('admin').subscribeTyped(OrderStatusChangedDocument);
      await untilActive(1);
      const order = (
        await server.run(
          CreateOrderDocument,
          { input: { shiftId: 1, jumlahPesanan: 1 } },
          { token: t.employee },
        )
      ).createOrder;
      expect(
        await server.runErrorCode(
          UpdateOrderStatusDocument,
          { id: order.id, status: 'READY' },
          { token: t.dapur },
        ),
      ).to.equal('CONFLICT');
      // The sentinel: events arrive in commit order, so an event of the refused call would come first.
      await server.run(
        UpdateOrderStatusDocument,
        { id: order.id, status: 'IN_PROGRESS' },
        { token: t.dapur },
      );
      const [event] = await subscription.waitFor(1);
      expect(event.orderStatusChanged).to.deep.include({ oldStatus: 'MENUNGGU', newStatus: 'IN_PROGRESS' });
    });

    it('delivers an event raised by one server process to a subscriber of another', async () => {
      const other = await spawnServerProcess(server.databaseUrl);
      try {
        const subscription = connect(other.wsUrl, { authorization: `Bearer ${t.dapur}` }).subscribeTyped(
          OrderCreatedDocument,
        );
        // The other process is a black box: create orders until its subscription is live and one arrives.
        for (let attempt = 0; attempt < 20 && subscription.events.length === 0; attempt += 1) {
          await server.run(
            CreateOrderDocument,
            { input: { shiftId: 1, jumlahPesanan: 1 } },
            { token: t.employee },
          );
          await subscription.waitFor(1, 500).catch(() => undefined);
        }
        expect(subscription.events.length).to.be.greaterThan(0);
        expect(subscription.events[0].orderCreated.order.id).to.be.a('number');
      } finally {
        await disposeSockets();
        expect(await other.stop()).to.equal(0);
      }
    });

    it('keeps delivering after the listening connection is lost (reconnects and LISTENs again)', async () => {
      const subscription = socketFor('admin').subscribeTyped(OrderCreatedDocument);
      await untilActive(1);
      const connectionsBefore = server.app.bus.connectionCount;
      await server.sql(
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'packmeal-event-bus' AND datname = current_database()`,
      );
      const deadline = Date.now() + 5000;
      while (server.app.bus.connectionCount < connectionsBefore + 1) {
        if (Date.now() > deadline) throw new Error('The event bus did not reconnect');
        await sleep(20);
      }
      await server.run(
        CreateOrderDocument,
        { input: { shiftId: 1, jumlahPesanan: 1 } },
        { token: t.employee },
      );
      await subscription.waitFor(1);
    });

    it('executes an event once per group of alike subscribers (document, variables, role), each getting its answer', async () => {
      const query = `subscription($departmentId: Int) { orderStatusChanged(departmentId: $departmentId) {
        order { id statusPesanan pemesan { namaLengkap } department { id namaDivisi } } oldStatus newStatus changedBy { namaLengkap } } }`;
      const order = (
        await server.ok<{ createOrder: { id: number; department: { id: number } } }>(
          'mutation { createOrder(input: { shiftId: 1, jumlahPesanan: 1 }) { id department { id } } }',
          {},
          { token: t.employee },
        )
      ).createOrder;
      const executed = async () =>
        (await server.app.server.metrics.answersExecuted.get()).values[0]?.value ?? 0;
      // Two administrators' screens (one group across sockets), the same document narrowed to a department (a group
      // of its own), the kitchen (its own role: its own group).
      const adminSockets = [socketFor('admin'), socketFor('admin')];
      const dapurSocket = socketFor('dapur');
      const plain = adminSockets.flatMap((socket) =>
        Array.from({ length: 6 }, () => socket.subscribe<AnyEvent>(query)),
      );
      const narrowed = Array.from({ length: 3 }, () =>
        adminSockets[0].subscribe<AnyEvent>(query, { departmentId: order.department.id }),
      );
      const kitchen = Array.from({ length: 4 }, () => dapurSocket.subscribe<AnyEvent>(query));
      await untilActive(plain.length + narrowed.length + kitchen.length);
      const before = await executed();
      await server.run(
        UpdateOrderStatusDocument,
        { id: order.id, status: 'IN_PROGRESS' },
        { token: t.dapur },
      );
      const answers = await Promise.all(
        [...plain, ...narrowed, ...kitchen].map(async (subscription) => (await subscription.waitFor(1))[0]),
      );
      expect(await executed()).to.equal(before + 3);
      for (const answer of answers) {
        expect(answer).to.deep.equal(answers[0]);
        expect(answer.orderStatusChanged).to.deep.include({
          oldStatus: 'MENUNGGU',
          newStatus: 'IN_PROGRESS',
        });
        expect((answer.orderStatusChanged as { order: { id: number } }).order.id).to.equal(order.id);
      }
      await Promise.all([...adminSockets, dapurSocket].map((socket) => socket.dispose()));
    });

    it('costs the same statements for one event whether 1 or 40 subscribers receive it', async () => {
      // Raw on purpose: this nested selection is the measured workload (per-field loaders), not a client's operation.
      const query = `subscription { orderStatusChanged { order { id pemesan { namaLengkap department { namaDivisi } jabatan { namaJabatan } }
        department { namaDivisi } shift { namaShift } } changedBy { namaLengkap } } }`;
      const measure = async (subscribers: number): Promise<number> => {
        const socket = socketFor('admin');
        const subscriptions = Array.from({ length: subscribers }, () => socket.subscribe<AnyEvent>(query));
        await untilActive(subscribers);
        const order = (
          await server.run(
            CreateOrderDocument,
            { input: { shiftId: 1, jumlahPesanan: 1 } },
            { token: t.employee },
          )
        ).createOrder;
        await sleep(100);
        const before = statementCount(server.dataSource);
        await server.run(
          UpdateOrderStatusDocument,
          { id: order.id, status: 'IN_PROGRESS' },
          { token: t.dapur },
        );
        await Promise.all(subscriptions.map((subscription) => subscription.waitFor(1)));
        await sleep(100);
        const statements = statementCount(server.dataSource) - before;
        await socket.dispose();
        // Else the next measure's untilActive() counts these and may raise the event before its own are live.
        await untilNoSubscriptions(server.app.server.realtime);
        return statements;
      };
      const one = await measure(1);
      const forty = await measure(40);
      expect(forty).to.equal(one);
    });
  });
});
