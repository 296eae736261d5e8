// Who may call what (DOMAIN.md, Roles): every root Query and Mutation field × {anonymous, employee, dapur,
// delivery, administrator}, called over HTTP with the seed users' tokens. A denied call must change nothing, and
// every field of the emitted schema must have a row here, so that a new field cannot ship untested.
import fs from 'node:fs';
import { expect } from 'chai';
import { buildSchema } from 'graphql';
import { SCHEMA_FILE } from '../src/schema/build-schema';
import { GqlResponse, SEED, SeedUser, startTestServer, TestServer } from './helpers/server';

type Caller = 'anonymous' | 'employee' | 'dapur' | 'delivery' | 'administrator';
type Outcome = 'ok' | 'UNAUTHENTICATED' | 'FORBIDDEN';

const CALLERS: readonly Caller[] = ['anonymous', 'employee', 'dapur', 'delivery', 'administrator'];
const SEED_USER_OF: Record<Exclude<Caller, 'anonymous'>, SeedUser> = {
  employee: 'employee',
  dapur: 'dapur',
  delivery: 'delivery',
  administrator: 'admin',
};

/** Master data reads, `me`, changePassword: every signed-in role. */
const SIGNED_IN: Record<Caller, Outcome> = {
  anonymous: 'UNAUTHENTICATED',
  employee: 'ok',
  dapur: 'ok',
  delivery: 'ok',
  administrator: 'ok',
};
/** Users and master data writes. */
const ADMIN_ONLY: Record<Caller, Outcome> = {
  anonymous: 'UNAUTHENTICATED',
  employee: 'FORBIDDEN',
  dapur: 'FORBIDDEN',
  delivery: 'FORBIDDEN',
  administrator: 'ok',
};
/** login, refreshToken, logout. */
const PUBLIC: Record<Caller, Outcome> = {
  anonymous: 'ok',
  employee: 'ok',
  dapur: 'ok',
  delivery: 'ok',
  administrator: 'ok',
};

/** createOrder, cancelOrder: employees, and administrators too. */
const ORDERING: Record<Caller, Outcome> = { ...ADMIN_ONLY, employee: 'ok' };
/** pendingApprovals. */
const KITCHEN_OR_ADMIN: Record<Caller, Outcome> = { ...ADMIN_ONLY, dapur: 'ok' };
/** updateOrderStatus: the workflow roles (an administrator as an override); kitchenSummary. */
const WORKFLOW: Record<Caller, Outcome> = { ...ADMIN_ONLY, dapur: 'ok', delivery: 'ok' };
/** requestOrderRejection, requestOrderEdit (DOMAIN.md Orders/Approvals: "(dapur)"). */
const KITCHEN_ONLY: Record<Caller, Outcome> = { ...ADMIN_ONLY, dapur: 'ok', administrator: 'FORBIDDEN' };

/**
 * Root fields whose authorization is tested in another file (e.g. orders, reports, audit, exports). Each entry
 * needs a comment naming that file. Empty: every field present today is covered by the matrix below.
 */
const coveredInOtherFiles: readonly string[] = [];

const SNAPSHOT_TABLES = [
  'users',
  'master_karyawan',
  'master_department',
  'master_jabatan',
  'master_shift',
  'master_lokasi',
  'transaction_pesanan',
  'order_code_counter',
  'log_audit_trail',
  'refresh_token',
  'login_attempt',
];

interface Row {
  /** `Query.me`, `Mutation.login`, ... */
  field: string;
  document: string;
  /** Arguments for one call; called once per caller, so rows that consume something make a fresh one. */
  variables?: (caller: Caller) => Promise<Record<string, unknown>> | Record<string, unknown>;
  expected: Record<Caller, Outcome>;
  /** Undoes what a successful call changed (runs even if the assertion failed). */
  cleanup?: (caller: Caller) => Promise<void>;
}

describe('authorization matrix', () => {
  let server: TestServer;
  let tokens: Record<Caller, string | null>;
  let adminKaryawanId: number;
  let targetUserId: number;
  let shiftId: number;
  const seedHashes = new Map<string, string>();
  let uniqueCounter = 0;
  const unique = (prefix: string) => {
    uniqueCounter += 1;
    return `${prefix} ${uniqueCounter}`;
  };

  before(async () => {
    server = await startTestServer();
    const seedTokens = await server.tokens();
    tokens = {
      anonymous: null,
      employee: seedTokens.employee,
      dapur: seedTokens.dapur,
      delivery: seedTokens.delivery,
      administrator: seedTokens.admin,
    };
    const [admin] = await server.sql<{ id: number }>(
      "SELECT id FROM master_karyawan WHERE nomor_induk_karyawan = 'ADM001'",
    );
    adminKaryawanId = admin.id;
    const [shift] = await server.sql<{ id: number }>(
      "SELECT id FROM master_shift WHERE nama_shift = 'Shift 1'",
    );
    shiftId = shift.id;
    for (const row of await server.sql<{ username: string; password_hash: string }>(
      'SELECT username, password_hash FROM users',
    )) {
      seedHashes.set(row.username, row.password_hash);
    }
    // The user that the administrator's user-administration calls act on.
    const created = await server.ok<{ createUser: { id: number } }>(
      `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`,
      {
        input: {
          nomorIndukKaryawan: 'AUTHZ001',
          namaLengkap: 'Matrix Target',
          password: 'target-pass-1',
          role: 'EMPLOYEE',
        },
      },
      { token: tokens.administrator },
    );
    targetUserId = created.createUser.id;
    await server.ok(
      `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`,
      {
        input: {
          nomorIndukKaryawan: 'AUTHZ002',
          namaLengkap: 'Matrix Login',
          password: 'login-pass-1',
          role: 'EMPLOYEE',
        },
      },
      { token: tokens.administrator },
    );
  });
  after(() => server.dispose());

  async function freshRow(kind: 'Department' | 'Jabatan' | 'Shift' | 'Lokasi'): Promise<number> {
    const inputs = {
      Department: { namaDivisi: unique('Matrix Department') },
      Jabatan: { namaJabatan: unique('Matrix Jabatan') },
      Shift: { namaShift: unique('Matrix Shift'), jamMulai: '08:00', jamSelesai: '16:00' },
      Lokasi: { namaLokasi: unique('Matrix Lokasi'), alamat: 'Jl. Matrix 1' },
    };
    const data = await server.ok<Record<string, { id: number }>>(
      `mutation($input: ${kind}Input!) { create${kind}(input: $input) { id } }`,
      { input: inputs[kind] },
      { token: tokens.administrator },
    );
    return data[`create${kind}`].id;
  }

  /** A new MENUNGGU order of EMP001 (the employee caller), optionally moved to `status` directly in the table. */
  async function newOrder(status?: string): Promise<{ id: number; kodePesanan: string }> {
    const data = await server.ok<{ createOrder: { id: number; kodePesanan: string } }>(
      'mutation($input: CreateOrderInput!) { createOrder(input: $input) { id kodePesanan } }',
      { input: { shiftId, jumlahPesanan: 3 } },
      { token: tokens.employee },
    );
    if (status) {
      await server.sql('UPDATE transaction_pesanan SET status_pesanan = $2 WHERE id = $1', [
        data.createOrder.id,
        status,
      ]);
    }
    return data.createOrder;
  }

  /** An order inside the caller's scope: the employee's own, MENUNGGU for dapur, READY for delivery. */
  function visibleOrder(caller: Caller): Promise<{ id: number; kodePesanan: string }> {
    return newOrder(caller === 'delivery' ? 'READY' : undefined);
  }

  function masterDataRows(kind: 'Department' | 'Jabatan' | 'Shift' | 'Lokasi'): Row[] {
    const input = (): Record<string, unknown> => {
      switch (kind) {
        case 'Department':
          return { namaDivisi: unique('Matrix Department') };
        case 'Jabatan':
          return { namaJabatan: unique('Matrix Jabatan') };
        case 'Shift':
          return { namaShift: unique('Matrix Shift'), jamMulai: '09:00', jamSelesai: '17:00' };
        case 'Lokasi':
          return { namaLokasi: unique('Matrix Lokasi'), alamat: 'Jl. Matrix 2' };
      }
    };
    return [
      {
        field: `Mutation.create${kind}`,
        document: `mutation($input: ${kind}Input!) { create${kind}(input: $input) { id } }`,
        variables: () => ({ input: input() }),
        expected: ADMIN_ONLY,
      },
      {
        field: `Mutation.update${kind}`,
        document: `mutation($id: Int!, $input: ${kind}Input!) { update${kind}(id: $id, input: $input) { id } }`,
        variables: async () => ({ id: await freshRow(kind), input: input() }),
        expected: ADMIN_ONLY,
      },
      {
        field: `Mutation.delete${kind}`,
        document: `mutation($id: Int!) { delete${kind}(id: $id) }`,
        variables: async () => ({ id: await freshRow(kind) }),
        expected: ADMIN_ONLY,
      },
    ];
  }

  const rows: Row[] = [
    // Queries
    { field: 'Query.me', document: '{ me { id nomorIndukKaryawan } }', expected: SIGNED_IN },
    {
      field: 'Query.users',
      document: '{ users { total items { id } } }',
      expected: ADMIN_ONLY,
    },
    {
      field: 'Query.user',
      document: 'query($id: Int!) { user(id: $id) { id nomorIndukKaryawan } }',
      variables: () => ({ id: adminKaryawanId }),
      expected: ADMIN_ONLY,
    },
    { field: 'Query.departments', document: '{ departments { id namaDivisi } }', expected: SIGNED_IN },
    { field: 'Query.jabatan', document: '{ jabatan { id namaJabatan } }', expected: SIGNED_IN },
    { field: 'Query.shifts', document: '{ shifts { id namaShift jamMulai } }', expected: SIGNED_IN },
    { field: 'Query.lokasi', document: '{ lokasi { id namaLokasi } }', expected: SIGNED_IN },
    // Sign-in
    {
      field: 'Mutation.login',
      document: 'mutation($input: LoginInput!) { login(input: $input) { accessToken } }',
      variables: () => ({ input: { nik: 'AUTHZ002', password: 'login-pass-1', clientType: 'MOBILE' } }),
      expected: PUBLIC,
    },
    {
      field: 'Mutation.refreshToken',
      document: 'mutation($token: String) { refreshToken(refreshToken: $token) { accessToken } }',
      variables: async () => {
        const data = await server.ok<{ login: { refreshToken: string } }>(
          'mutation($input: LoginInput!) { login(input: $input) { refreshToken } }',
          { input: { nik: 'AUTHZ002', password: 'login-pass-1', clientType: 'MOBILE' } },
        );
        return { token: data.login.refreshToken };
      },
      expected: PUBLIC,
    },
    { field: 'Mutation.logout', document: 'mutation { logout }', expected: PUBLIC },
    {
      field: 'Mutation.changePassword',
      document: 'mutation($input: ChangePasswordInput!) { changePassword(input: $input) }',
      variables: (caller) => {
        const password = caller === 'anonymous' ? 'irrelevant' : SEED[SEED_USER_OF[caller]].password;
        return { input: { currentPassword: password, newPassword: `${password}-changed` } };
      },
      expected: SIGNED_IN,
      // Seed passwords are shorter than today's minimum, so the old hash is put back directly.
      cleanup: async (caller) => {
        if (caller === 'anonymous') return;
        const nik = SEED[SEED_USER_OF[caller]].nik;
        await server.sql('UPDATE users SET password_hash = $2 WHERE username = $1', [
          nik,
          seedHashes.get(nik),
        ]);
      },
    },
    // User administration
    {
      field: 'Mutation.createUser',
      document: 'mutation($input: CreateUserInput!) { createUser(input: $input) { id } }',
      variables: () => ({
        input: {
          nomorIndukKaryawan: unique('AUTHZ-NEW').replace(' ', '-'),
          namaLengkap: 'Matrix Created',
          password: 'created-pass-1',
          role: 'EMPLOYEE',
        },
      }),
      expected: ADMIN_ONLY,
    },
    {
      field: 'Mutation.updateUserStatus',
      document: 'mutation($id: Int!) { updateUserStatus(id: $id, isActive: true) { id } }',
      variables: () => ({ id: targetUserId }),
      expected: ADMIN_ONLY,
    },
    {
      field: 'Mutation.updateUserRole',
      document: 'mutation($id: Int!) { updateUserRole(id: $id, role: DAPUR) { id } }',
      variables: () => ({ id: targetUserId }),
      expected: ADMIN_ONLY,
    },
    {
      field: 'Mutation.updateUserProfile',
      document:
        'mutation($id: Int!, $input: UpdateUserProfileInput!) { updateUserProfile(id: $id, input: $input) { id } }',
      variables: () => ({ id: targetUserId, input: { keterangan: unique('changed by matrix') } }),
      expected: ADMIN_ONLY,
    },
    {
      field: 'Mutation.resetUserPassword',
      document: 'mutation($id: Int!) { resetUserPassword(id: $id) { temporaryPassword } }',
      variables: () => ({ id: targetUserId }),
      expected: ADMIN_ONLY,
    },
    // Orders and approvals
    { field: 'Query.orders', document: '{ orders { total items { id } } }', expected: SIGNED_IN },
    {
      field: 'Query.order',
      document: 'query($id: Int!) { order(id: $id) { id kodePesanan } }',
      variables: async (caller) => ({ id: (await visibleOrder(caller)).id }),
      expected: SIGNED_IN,
    },
    {
      field: 'Query.orderByKode',
      document: 'query($kode: String!) { orderByKode(kodePesanan: $kode) { id kodePesanan } }',
      variables: async (caller) => ({ kode: (await visibleOrder(caller)).kodePesanan }),
      expected: SIGNED_IN,
    },
    { field: 'Query.pendingApprovals', document: '{ pendingApprovals { id } }', expected: KITCHEN_OR_ADMIN },
    {
      field: 'Query.orderEventsSince',
      document: '{ orderEventsSince { endCursor hasMore events { __typename } } }',
      expected: SIGNED_IN,
    },
    {
      field: 'Mutation.createOrder',
      document: 'mutation($input: CreateOrderInput!) { createOrder(input: $input) { id } }',
      variables: () => ({ input: { shiftId, jumlahPesanan: 2 } }),
      expected: ORDERING,
    },
    {
      field: 'Mutation.updateOrderStatus',
      document: `mutation($id: Int!, $status: OrderStatus!, $catatan: String) {
        updateOrderStatus(id: $id, status: $status, catatan: $catatan) { id statusPesanan }
      }`,
      variables: async (caller) => {
        // A move this caller's role makes: dapur accepts, delivery picks up, an administrator overrides.
        if (caller === 'delivery') return { id: (await newOrder('READY')).id, status: 'ON_DELIVERY' };
        if (caller === 'administrator')
          return { id: (await newOrder()).id, status: 'DITOLAK', catatan: 'Matrix override note' };
        return { id: (await newOrder()).id, status: 'IN_PROGRESS' };
      },
      expected: WORKFLOW,
    },
    {
      field: 'Mutation.requestOrderRejection',
      document: `mutation($id: Int!) {
        requestOrderRejection(id: $id, catatanDapur: "Matrix: the rice ran out") { id statusPesanan }
      }`,
      variables: async () => ({ id: (await newOrder()).id }),
      expected: KITCHEN_ONLY,
    },
    {
      field: 'Mutation.requestOrderEdit',
      document: `mutation($id: Int!) {
        requestOrderEdit(id: $id, jumlahPesananBaru: 1, catatanDapur: "Matrix: only one portion left") { id }
      }`,
      variables: async () => ({ id: (await newOrder()).id }),
      expected: KITCHEN_ONLY,
    },
    {
      field: 'Mutation.decideApproval',
      document:
        'mutation($id: Int!) { decideApproval(id: $id, decision: APPROVED, catatanAdmin: "ok") { id } }',
      variables: async () => {
        const order = await newOrder();
        await server.ok(
          'mutation($id: Int!) { requestOrderRejection(id: $id, catatanDapur: "Matrix: pending request") { id } }',
          { id: order.id },
          { token: tokens.dapur },
        );
        return { id: order.id };
      },
      expected: ADMIN_ONLY,
    },
    {
      field: 'Mutation.cancelOrder',
      document: `mutation($id: Int!, $alasan: String) {
        cancelOrder(id: $id, alasan: $alasan) { id statusPesanan }
      }`,
      // The employee cancels their own order; an administrator must give a reason.
      variables: async () => ({ id: (await newOrder()).id, alasan: 'Matrix: plans changed today' }),
      expected: ORDERING,
    },
    {
      field: 'Query.kitchenSummary',
      document: '{ kitchenSummary { tanggal shifts { mealsToPrepare byDepartment { department { id } } } } }',
      expected: WORKFLOW,
    },
    // Reports, audit trail and exports: administrators only
    {
      field: 'Query.consumptionReport',
      document: '{ consumptionReport(groupBy: MONTHLY) { period } }',
      expected: ADMIN_ONLY,
    },
    {
      field: 'Query.departmentReport',
      document: '{ departmentReport { departmentId } }',
      expected: ADMIN_ONLY,
    },
    {
      field: 'Query.performanceReport',
      document: '{ performanceReport { overall { count } } }',
      expected: ADMIN_ONLY,
    },
    { field: 'Query.rejectionReport', document: '{ rejectionReport { total } }', expected: ADMIN_ONLY },
    {
      field: 'Query.auditTrail',
      document: '{ auditTrail(limit: 5) { total items { aksi } } }',
      expected: ADMIN_ONLY,
    },
    {
      field: 'Query.orderHistory',
      document: 'query($kode: String!) { orderHistory(kodePesanan: $kode) { aksi } }',
      variables: async () => ({ kode: (await newOrder()).kodePesanan }),
      expected: ADMIN_ONLY,
    },
    { field: 'Query.auditActionTypes', document: '{ auditActionTypes }', expected: ADMIN_ONLY },
    {
      field: 'Mutation.exportReport',
      document:
        'mutation { exportReport(input: { kind: CONSUMPTION, format: CSV }) { url filename expiresAt } }',
      expected: ADMIN_ONLY,
    },
    // Master data
    ...masterDataRows('Department'),
    ...masterDataRows('Jabatan'),
    ...masterDataRows('Shift'),
    ...masterDataRows('Lokasi'),
  ];

  /** Every table a denied call could touch, as row count and a hash of all its rows. */
  async function snapshot(): Promise<Record<string, string>> {
    const columns = SNAPSHOT_TABLES.map(
      (table) =>
        `(SELECT count(*) || ':' || COALESCE(md5(string_agg(t::text, ',' ORDER BY t::text)), '-') FROM ${table} t)
          AS ${table}`,
    );
    const [row] = await server.sql<Record<string, string>>(`SELECT ${columns.join(', ')}`);
    return row;
  }

  function rootField(row: Row): string {
    return row.field.split('.')[1];
  }

  for (const row of rows) {
    describe(row.field, () => {
      for (const caller of CALLERS) {
        const expected = row.expected[caller];
        it(`${caller}: ${expected}`, async () => {
          const variables = row.variables ? await row.variables(caller) : {};
          const before = expected === 'ok' ? null : await snapshot();
          let response: GqlResponse<Record<string, unknown>> | null = null;
          try {
            response = await server.gql<Record<string, unknown>>(row.document, variables, {
              token: tokens[caller],
            });
          } finally {
            if (row.cleanup && expected === 'ok') await row.cleanup(caller);
          }
          const field = rootField(row);
          if (expected === 'ok') {
            expect(response.errors, JSON.stringify(response.errors)).to.equal(undefined);
            expect(response.data?.[field], 'the field resolved').to.not.equal(null);
            expect(response.data?.[field]).to.not.equal(undefined);
          } else {
            const errors = response.errors ?? [];
            expect(errors, `expected ${expected}, got ${JSON.stringify(response.data)}`).to.have.length(1);
            expect(errors[0].extensions?.code).to.equal(expected);
            expect(errors[0].path).to.deep.equal([field]);
            expect(response.data?.[field] ?? null).to.equal(null);
            expect(await snapshot(), 'a denied call changes nothing').to.deep.equal(before);
          }
        });
      }
    });
  }

  describe('coverage', () => {
    it('has a row for every root Query and Mutation field of the emitted schema', () => {
      const sdl = fs.readFileSync(SCHEMA_FILE, 'utf8');
      const schema = buildSchema(sdl);
      const schemaFields = [schema.getQueryType(), schema.getMutationType()].flatMap((type) =>
        type ? Object.keys(type.getFields()).map((name) => `${type.name}.${name}`) : [],
      );
      expect(schemaFields).to.include('Query.me');
      const covered = new Set([...rows.map((row) => row.field), ...coveredInOtherFiles]);
      const missing = schemaFields.filter((field) => !covered.has(field));
      expect(missing, 'root fields without an authorization row').to.deep.equal([]);
    });

    it('lists each field once and only fields that exist', () => {
      const sdl = fs.readFileSync(SCHEMA_FILE, 'utf8');
      const schema = buildSchema(sdl);
      const exists = (field: string) => {
        const [typeName, name] = field.split('.');
        const type = typeName === 'Query' ? schema.getQueryType() : schema.getMutationType();
        return Boolean(type && name in type.getFields());
      };
      const fields = rows.map((row) => row.field);
      expect(new Set(fields).size).to.equal(fields.length);
      expect(fields.filter((field) => !exists(field))).to.deep.equal([]);
    });
  });
});
