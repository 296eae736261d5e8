// All or nothing (GUIDE.md "One home for each rule"): a mutation is one transaction writing its change, its audit
// rows and its events. The failed-audit table has one row per mutation that writes audit rows: a trigger refuses
// the row's audit action, and the change, every audit row and every event must be gone. A new mutation that
// writes audit rows needs exactly one new row (a test refuses an audit action without one).
import { expect } from 'chai';
import { AuditAction } from '../src/entities/enums';
import { GqlResponse, SeedUser, startTestServer, TestServer } from './helpers/server';
import { connect, sleep, Subscription } from './helpers/subscriptions';

const TOPICS = [
  'orderCreated',
  'orderStatusChanged',
  'orderApprovalRequested',
  'orderApprovalDecided',
] as const;
type Topic = (typeof TOPICS)[number];
type TopicEvent = Partial<Record<Topic, { order: { id: number } }>>;

/** What one sentinel order raises on each topic: created, rejection requested (+ moved), decided (+ moved back). */
const SENTINEL_EVENTS: Record<Topic, number> = {
  orderCreated: 1,
  orderStatusChanged: 2,
  orderApprovalRequested: 1,
  orderApprovalDecided: 1,
};

const CREATE_ORDER = 'mutation($input: CreateOrderInput!) { createOrder(input: $input) { id } }';
const UPDATE_STATUS = `mutation($id: Int!, $status: OrderStatus!, $catatan: String) {
  updateOrderStatus(id: $id, status: $status, catatan: $catatan) { id } }`;
const REQUEST_REJECTION =
  'mutation($id: Int!, $note: String!) { requestOrderRejection(id: $id, catatanDapur: $note) { id } }';
const REQUEST_EDIT = `mutation($id: Int!, $qty: Int!, $note: String!) {
  requestOrderEdit(id: $id, jumlahPesananBaru: $qty, catatanDapur: $note) { id } }`;
const DECIDE = `mutation($id: Int!, $decision: ApprovalDecision!) {
  decideApproval(id: $id, decision: $decision) { id } }`;
const CANCEL = 'mutation($id: Int!, $alasan: String) { cancelOrder(id: $id, alasan: $alasan) { id } }';
const CREATE_USER = 'mutation($input: CreateUserInput!) { createUser(input: $input) { id } }';
const SET_STATUS = 'mutation($id: Int!) { updateUserStatus(id: $id, isActive: false) { id } }';
const SET_ROLE = 'mutation($id: Int!) { updateUserRole(id: $id, role: DAPUR) { id } }';
const UPDATE_PROFILE = `mutation($id: Int!) {
  updateUserProfile(id: $id, input: { namaLengkap: "Renamed Tester", keterangan: "moved" }) { id } }`;
const RESET = 'mutation($id: Int!) { resetUserPassword(id: $id) { temporaryPassword } }';
const CHANGE_PASSWORD = 'mutation($input: ChangePasswordInput!) { changePassword(input: $input) }';
const LOGIN = 'mutation($input: LoginInput!) { login(input: $input) { accessToken refreshToken } }';
const NOTE = 'The kitchen ran out of rice today';
const PASSWORD = 'initial-pass-1';

/** Master data: the four kinds share one create/update/delete path, and each mutation gets its row. */
const MASTER_KINDS = [
  { type: 'Department', table: 'master_department', name: 'nama_divisi', input: { namaDivisi: '' } },
  { type: 'Jabatan', table: 'master_jabatan', name: 'nama_jabatan', input: { namaJabatan: '' } },
  {
    type: 'Shift',
    table: 'master_shift',
    name: 'nama_shift',
    input: { namaShift: '', jamMulai: '08:00', jamSelesai: '16:00' },
  },
  {
    type: 'Lokasi',
    table: 'master_lokasi',
    name: 'nama_lokasi',
    input: { namaLokasi: '', alamat: 'Jl. Atomik 1' },
  },
] as const;

interface Arranged {
  /** Calls the mutation once. */
  act(): Promise<GqlResponse<unknown>>;
  /** What the mutation changes, read from the database. */
  state(): Promise<unknown>;
}

/** One row of the failed-audit table. */
interface FailedAuditRow {
  /** The mutation (and variant) under test. */
  mutation: string;
  /** The audit action whose insert the trigger refuses. */
  aksi: AuditAction;
  /** Creates fresh records for this row alone, so rows never depend on each other. */
  arrange(): Promise<Arranged>;
  /** The error code the call answers with even when it commits (a failed login records and then refuses). */
  committedCode?: string;
  /** The events the call raises when it commits. */
  events?: Topic[];
}

interface EventWatch {
  /**
   * Runs a sentinel order through every topic and waits until an administrator's socket has received it: the
   * events of one subscription arrive in commit order, so whatever was raised earlier has arrived by then.
   * Returns the other events since the previous barrier as "topic:orderId", sorted.
   */
  barrier(): Promise<string[]>;
}

describe('all or nothing: change, audit rows and events', () => {
  let server: TestServer;
  let t: Record<SeedUser, string>;
  let counter = 0;

  before(async () => {
    server = await startTestServer();
    t = await server.tokens();
    // One trigger for the whole file: it refuses the audit actions listed in test_failing_audit.
    await server.sql(`
      CREATE TABLE test_failing_audit (aksi text PRIMARY KEY);
      CREATE FUNCTION test_fail_audit() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF EXISTS (SELECT 1 FROM test_failing_audit WHERE aksi = NEW.aksi::text) THEN
          RAISE EXCEPTION 'injected audit failure (%)', NEW.aksi;
        END IF;
        RETURN NEW;
      END $$;
      CREATE TRIGGER test_fail_audit BEFORE INSERT ON log_audit_trail
        FOR EACH ROW EXECUTE FUNCTION test_fail_audit();`);
  });
  after(() => server.dispose());

  const unique = (prefix: string) => `${prefix}${String((counter += 1)).padStart(3, '0')}`;
  const as = (user: SeedUser) => ({ token: t[user] });

  /** Rows of `table` where `column` = `value`, as JSON (so that any change of any column shows). */
  async function rowsWhere(table: string, column: string, value: unknown): Promise<unknown[]> {
    const rows = await server.sql<{ row: unknown }>(
      `SELECT to_jsonb(t) AS row FROM ${table} t WHERE ${column} = $1 ORDER BY id`,
      [value],
    );
    return rows.map((row) => row.row);
  }

  /** A user's employee record, account, live refresh tokens and counted failed logins. */
  async function userState(karyawanId: number): Promise<unknown> {
    const [row] = await server.sql(
      `SELECT to_jsonb(k) AS karyawan, to_jsonb(u) AS account,
              (SELECT count(*)::int FROM refresh_token r WHERE r.user_id = u.id AND r.revoked_at IS NULL) AS live_tokens,
              (SELECT count(*)::int FROM login_attempt a WHERE a.nik = k.nomor_induk_karyawan) AS failed_logins
         FROM master_karyawan k JOIN users u ON u.id = k.user_id WHERE k.id = $1`,
      [karyawanId],
    );
    return row;
  }

  async function newUser(): Promise<{ id: number; nik: string }> {
    const nik = unique('ATOM');
    const data = await server.ok<{ createUser: { id: number } }>(
      CREATE_USER,
      {
        input: {
          nomorIndukKaryawan: nik,
          namaLengkap: `Atomic ${nik}`,
          password: PASSWORD,
          role: 'EMPLOYEE',
        },
      },
      as('admin'),
    );
    return { id: data.createUser.id, nik };
  }

  async function signIn(nik: string, password = PASSWORD): Promise<string> {
    const data = await server.ok<{ login: { accessToken: string } }>(LOGIN, {
      input: { nik, password, clientType: 'MOBILE' },
    });
    return data.login.accessToken;
  }

  async function newOrder(): Promise<number> {
    const data = await server.ok<{ createOrder: { id: number } }>(
      CREATE_ORDER,
      { input: { shiftId: 1, jumlahPesanan: 3 } },
      as('employee'),
    );
    return data.createOrder.id;
  }

  async function pendingOrder(): Promise<number> {
    const id = await newOrder();
    await server.ok(REQUEST_REJECTION, { id, note: NOTE }, as('dapur'));
    return id;
  }

  function orderCall(id: number, act: () => Promise<GqlResponse<unknown>>): Arranged {
    return { act, state: () => rowsWhere('transaction_pesanan', 'id', id) };
  }

  function userCall(id: number, act: () => Promise<GqlResponse<unknown>>): Arranged {
    return { act, state: () => userState(id) };
  }

  async function watchEvents(): Promise<EventWatch> {
    // The previous test's sockets are closed at its end; wait until the server has let go of them.
    await untilActiveSubscriptions(0);
    const socket = connect(server.wsUrl, { authorization: `Bearer ${t.admin}` });
    const streams = Object.fromEntries(
      TOPICS.map((topic) => [
        topic,
        socket.subscribe<TopicEvent>(`subscription { ${topic} { order { id } } }`),
      ]),
    ) as Record<Topic, Subscription<TopicEvent>>;
    await untilActiveSubscriptions(TOPICS.length);
    const cursors = Object.fromEntries(TOPICS.map((topic) => [topic, 0])) as Record<Topic, number>;
    const watch: EventWatch = {
      async barrier() {
        const sentinel = await newOrder();
        await server.ok(REQUEST_REJECTION, { id: sentinel, note: NOTE }, as('dapur'));
        await server.ok(DECIDE, { id: sentinel, decision: 'REJECTED' }, as('admin'));
        const others: string[] = [];
        for (const topic of TOPICS) {
          const stream = streams[topic];
          const orderOf = (event: TopicEvent) => event[topic]?.order.id;
          const sentinels = () =>
            stream.events.slice(cursors[topic]).filter((event) => orderOf(event) === sentinel).length;
          while (sentinels() < SENTINEL_EVENTS[topic]) await stream.waitFor(stream.events.length + 1);
          const arrived = stream.events.slice(cursors[topic]);
          cursors[topic] = stream.events.length;
          for (const event of arrived)
            if (orderOf(event) !== sentinel) others.push(`${topic}:${String(orderOf(event))}`);
        }
        return others.sort();
      },
    };
    await watch.barrier();
    return watch;
  }

  /** Waits until the server streams exactly `count` subscriptions. */
  async function untilActiveSubscriptions(count: number): Promise<void> {
    const realtime = server.app.server.realtime;
    for (let waited = 0; realtime.activeSubscriptions() !== count; waited += 10) {
      if (waited > 10_000) throw new Error(`${realtime.activeSubscriptions()} subscriptions, not ${count}`);
      await sleep(10);
    }
  }

  const MASTER_ROWS: FailedAuditRow[] = MASTER_KINDS.flatMap((kind) => {
    const named = (name: string) => ({ ...kind.input, [Object.keys(kind.input)[0]]: name });
    const create = (name: string) =>
      server.gql<Record<string, { id: number }>>(
        `mutation($input: ${kind.type}Input!) { create${kind.type}(input: $input) { id } }`,
        { input: named(name) },
        as('admin'),
      );
    const existing = async () => {
      const created = await create(unique(`Atomic ${kind.type} `));
      return created.data?.[`create${kind.type}`].id;
    };
    const byId = (id: number | undefined) => () => rowsWhere(kind.table, 'id', id);
    return [
      {
        mutation: `create${kind.type}`,
        aksi: AuditAction.MASTER_DATA_CHANGED,
        async arrange() {
          const name = unique(`Never ${kind.type} `);
          return { act: () => create(name), state: () => rowsWhere(kind.table, kind.name, name) };
        },
      },
      {
        mutation: `update${kind.type}`,
        aksi: AuditAction.MASTER_DATA_CHANGED,
        async arrange() {
          const id = await existing();
          const input = named(unique(`Renamed ${kind.type} `));
          const update = `mutation($id: Int!, $input: ${kind.type}Input!) { update${kind.type}(id: $id, input: $input) { id } }`;
          return { act: () => server.gql(update, { id, input }, as('admin')), state: byId(id) };
        },
      },
      {
        mutation: `delete${kind.type}`,
        aksi: AuditAction.MASTER_DATA_CHANGED,
        async arrange() {
          const id = await existing();
          const remove = `mutation($id: Int!) { delete${kind.type}(id: $id) }`;
          return { act: () => server.gql(remove, { id }, as('admin')), state: byId(id) };
        },
      },
    ];
  });

  const FAILED_AUDIT_TABLE: FailedAuditRow[] = [
    {
      mutation: 'createOrder',
      aksi: AuditAction.ORDER_CREATED,
      events: ['orderCreated'],
      async arrange() {
        // A date of its own, so that the sentinel orders of the event barrier do not count.
        const input = { shiftId: 1, jumlahPesanan: 2, tanggalPesanan: '2099-01-01' };
        return {
          act: () => server.gql(CREATE_ORDER, { input }, as('employee')),
          state: () => rowsWhere('transaction_pesanan', 'tanggal_pesanan', input.tanggalPesanan),
        };
      },
    },
    {
      mutation: 'updateOrderStatus',
      aksi: AuditAction.ORDER_STATUS_CHANGED,
      events: ['orderStatusChanged'],
      async arrange() {
        const id = await newOrder();
        return orderCall(id, () => server.gql(UPDATE_STATUS, { id, status: 'IN_PROGRESS' }, as('dapur')));
      },
    },
    {
      mutation: 'updateOrderStatus (administrator override)',
      aksi: AuditAction.ORDER_OVERRIDE,
      events: ['orderStatusChanged'],
      async arrange() {
        const id = await newOrder();
        const variables = { id, status: 'DITOLAK', catatan: 'Ordered twice by mistake' };
        return orderCall(id, () => server.gql(UPDATE_STATUS, variables, as('admin')));
      },
    },
    {
      mutation: 'requestOrderRejection',
      aksi: AuditAction.ORDER_REJECTION_REQUESTED,
      events: ['orderApprovalRequested', 'orderStatusChanged'],
      async arrange() {
        const id = await newOrder();
        return orderCall(id, () => server.gql(REQUEST_REJECTION, { id, note: NOTE }, as('dapur')));
      },
    },
    {
      mutation: 'requestOrderEdit',
      aksi: AuditAction.ORDER_EDIT_REQUESTED,
      events: ['orderApprovalRequested', 'orderStatusChanged'],
      async arrange() {
        const id = await newOrder();
        return orderCall(id, () => server.gql(REQUEST_EDIT, { id, qty: 5, note: NOTE }, as('dapur')));
      },
    },
    {
      mutation: 'decideApproval',
      aksi: AuditAction.APPROVAL_DECIDED,
      events: ['orderApprovalDecided', 'orderStatusChanged'],
      async arrange() {
        const id = await pendingOrder();
        return orderCall(id, () => server.gql(DECIDE, { id, decision: 'APPROVED' }, as('admin')));
      },
    },
    {
      mutation: 'cancelOrder (owner)',
      aksi: AuditAction.ORDER_CANCELLED,
      events: ['orderStatusChanged'],
      async arrange() {
        const id = await newOrder();
        return orderCall(id, () => server.gql(CANCEL, { id }, as('employee')));
      },
    },
    {
      mutation: 'cancelOrder (administrator)',
      aksi: AuditAction.ORDER_CANCELLED,
      events: ['orderStatusChanged'],
      async arrange() {
        const id = await newOrder();
        return orderCall(id, () => server.gql(CANCEL, { id, alasan: NOTE }, as('admin')));
      },
    },
    {
      mutation: 'createUser',
      aksi: AuditAction.USER_CREATED,
      async arrange() {
        const nik = unique('NEVER');
        const input = {
          nomorIndukKaryawan: nik,
          namaLengkap: 'Never Created',
          password: PASSWORD,
          role: 'DAPUR',
        };
        return {
          act: () => server.gql(CREATE_USER, { input }, as('admin')),
          state: async () => [
            await rowsWhere('users', 'username', nik),
            await rowsWhere('master_karyawan', 'nomor_induk_karyawan', nik),
          ],
        };
      },
    },
    {
      mutation: 'updateUserStatus',
      aksi: AuditAction.USER_STATUS_CHANGED,
      async arrange() {
        const user = await newUser();
        await signIn(user.nik); // a refresh token that deactivation revokes
        return userCall(user.id, () => server.gql(SET_STATUS, { id: user.id }, as('admin')));
      },
    },
    {
      mutation: 'updateUserRole',
      aksi: AuditAction.USER_ROLE_CHANGED,
      async arrange() {
        const user = await newUser();
        return userCall(user.id, () => server.gql(SET_ROLE, { id: user.id }, as('admin')));
      },
    },
    {
      mutation: 'updateUserProfile',
      aksi: AuditAction.USER_PROFILE_UPDATED,
      async arrange() {
        const user = await newUser();
        return userCall(user.id, () => server.gql(UPDATE_PROFILE, { id: user.id }, as('admin')));
      },
    },
    {
      mutation: 'resetUserPassword',
      aksi: AuditAction.PASSWORD_RESET,
      async arrange() {
        const user = await newUser();
        await signIn(user.nik); // a refresh token that the reset revokes
        return userCall(user.id, () => server.gql(RESET, { id: user.id }, as('admin')));
      },
    },
    {
      mutation: 'changePassword',
      aksi: AuditAction.PASSWORD_CHANGED,
      async arrange() {
        const user = await newUser();
        const token = await signIn(user.nik);
        const input = { currentPassword: PASSWORD, newPassword: 'changed-pass-2' };
        return userCall(user.id, () => server.gql(CHANGE_PASSWORD, { input }, { token }));
      },
    },
    {
      mutation: 'login (success)',
      aksi: AuditAction.LOGIN_SUCCESS,
      async arrange() {
        const user = await newUser();
        // A counted failure that a successful login clears.
        await server.gql(LOGIN, { input: { nik: user.nik, password: 'wrong-password' } });
        const input = { nik: user.nik, password: PASSWORD, clientType: 'MOBILE' };
        return userCall(user.id, () => server.gql(LOGIN, { input }));
      },
    },
    {
      mutation: 'login (failure)',
      aksi: AuditAction.LOGIN_FAILURE,
      committedCode: 'UNAUTHENTICATED',
      async arrange() {
        const user = await newUser();
        const input = { nik: user.nik, password: 'wrong-password' };
        return userCall(user.id, () => server.gql(LOGIN, { input }));
      },
    },
    ...MASTER_ROWS,
  ];

  describe('failed-audit table: a change whose audit row cannot be written leaves no trace', () => {
    it('has a row for every audit action', () => {
      const covered = new Set(FAILED_AUDIT_TABLE.map((row) => row.aksi));
      expect(Object.values(AuditAction).filter((aksi) => !covered.has(aksi))).to.deep.equal([]);
    });

    for (const row of FAILED_AUDIT_TABLE) {
      it(`${row.mutation}: nothing changes, no audit row, no event when ${row.aksi} fails`, async () => {
        const call = await row.arrange();
        const watch = await watchEvents();
        const before = await call.state();
        const marker = await server.lastAuditId();
        await server.sql('INSERT INTO test_failing_audit (aksi) VALUES ($1)', [row.aksi]);
        let failed;
        try {
          failed = await call.act();
        } finally {
          await server.sql('DELETE FROM test_failing_audit');
        }
        expect(failed.errors?.[0].extensions?.code, JSON.stringify(failed)).to.equal('INTERNAL_SERVER_ERROR');
        expect(failed.errors?.[0].message, 'no database text leaks').to.not.contain('injected');
        expect(await call.state(), 'the change was rolled back').to.deep.equal(before);
        expect(await server.auditSince(marker), 'every audit row was rolled back').to.deep.equal([]);
        expect(await watch.barrier(), 'no event was delivered').to.deep.equal([]);

        // The control: the same call commits once the audit insert works, and all of it shows.
        const committed = await call.act();
        expect(committed.errors?.[0].extensions?.code, JSON.stringify(committed.errors)).to.equal(
          row.committedCode,
        );
        expect(await call.state(), 'the change shows once committed').to.not.deep.equal(before);
        expect((await server.auditSince(marker, row.aksi)).length, 'its audit row').to.be.greaterThan(0);
        const events = (row.events ?? []).map((topic) => `${topic}:`);
        expect((await watch.barrier()).map((event) => event.replace(/\d+$/, ''))).to.deep.equal(
          events.sort(),
        );
      });
    }
  });

  describe('events only after commit', () => {
    it('delivers nothing for a change refused at COMMIT, and the next committed change', async () => {
      const id = await newOrder();
      const watch = await watchEvents();
      // A deferred constraint trigger refuses this order's update at COMMIT, after the change, its audit row
      // and its event were all written.
      await server.sql(`
        CREATE FUNCTION test_refuse_at_commit() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF NEW.id = ${id} THEN RAISE EXCEPTION 'injected failure at commit'; END IF;
          RETURN NULL;
        END $$;
        CREATE CONSTRAINT TRIGGER test_refuse_at_commit AFTER UPDATE ON transaction_pesanan
          DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION test_refuse_at_commit();`);
      const before = await rowsWhere('transaction_pesanan', 'id', id);
      const marker = await server.lastAuditId();
      try {
        expect(await server.errorCode(UPDATE_STATUS, { id, status: 'IN_PROGRESS' }, as('dapur'))).to.equal(
          'INTERNAL_SERVER_ERROR',
        );
      } finally {
        await server.sql(`
          DROP TRIGGER test_refuse_at_commit ON transaction_pesanan;
          DROP FUNCTION test_refuse_at_commit();`);
      }
      expect(await rowsWhere('transaction_pesanan', 'id', id)).to.deep.equal(before);
      expect(await server.auditSince(marker)).to.deep.equal([]);
      expect(await watch.barrier(), 'no event of the refused change').to.deep.equal([]);

      await server.ok(UPDATE_STATUS, { id, status: 'IN_PROGRESS' }, as('dapur'));
      expect(await watch.barrier(), 'the committed change is delivered').to.deep.equal([
        `orderStatusChanged:${id}`,
      ]);
    });
  });
});
