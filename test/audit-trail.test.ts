import { expect } from 'chai';
import {
  AuditActionTypesDocument,
  AuditTrailDocument,
  type AuditTrailFilter,
  type AuditTrailQuery,
  OrderHistoryDocument,
} from './generated/graphql';
import { AuditFixture, insertAudit, jakartaDateOf, loadRefs, random, Refs } from './helpers/report-fixtures';
import { GqlResponse, startTestServer, TestServer } from './helpers/server';

type TrailPage = AuditTrailQuery['auditTrail'];
type Filter = AuditTrailFilter;

const KODE = 'PM-20251001-001';
const ACTIONS_USED = [
  'LOGIN_SUCCESS',
  'LOGIN_FAILURE',
  'ORDER_CREATED',
  'ORDER_STATUS_CHANGED',
  'USER_CREATED',
];

function makeAudit(refs: Refs): AuditFixture[] {
  const next = random(99);
  const users = [refs.karyawan.ADM001, refs.karyawan.EMP001, refs.karyawan.KIT001, null];
  const rows: AuditFixture[] = [];
  for (let index = 0; index < 70; index += 1) {
    const aksi = ACTIONS_USED[next(ACTIONS_USED.length)];
    const instant = new Date(Date.UTC(2025, 8, 27) + next(9 * 24 * 60) * 60_000 + next(60) * 1000);
    rows.push({
      // Ids deliberately not in timestamp order.
      id: 1000 - index * 7,
      user_id: users[next(users.length)],
      aksi,
      detail: `${aksi.toLowerCase().replace(/_/g, ' ')} #${index} for PM-2025100${next(3)}-00${next(9)}`,
      kode_pesanan: null,
      timestamp: instant.toISOString(),
    });
  }
  const special: [number, string, string, string | null, string | null][] = [
    [2001, '2025-10-01T23:30:00.000Z', 'ORDER_CREATED', `Order ${KODE} created: 3 meal(s)`, KODE],
    [
      2002,
      '2025-10-01T16:59:59.000Z',
      'ORDER_STATUS_CHANGED',
      `Order ${KODE} status changed: MENUNGGU -> IN_PROGRESS`,
      KODE,
    ],
    [
      2003,
      '2025-10-01T17:00:00.000Z',
      'ORDER_STATUS_CHANGED',
      `Order ${KODE} status changed: IN_PROGRESS -> READY`,
      KODE,
    ],
    [2004, '2025-09-30T17:00:00.000Z', 'MASTER_DATA_CHANGED', 'Discount 100% applied to Shift 1', null],
    [2005, '2025-09-30T16:59:59.999Z', 'MASTER_DATA_CHANGED', 'Discount 1000 applied to Shift_2', null],
    // Mentions the order in its text only: not part of the order's history.
    [2006, '2025-10-02T01:00:00.000Z', 'USER_CREATED', `User created while looking at ${KODE}`, null],
    // Same instant as 2003: the id decides.
    [
      1,
      '2025-10-01T17:00:00.000Z',
      'ORDER_STATUS_CHANGED',
      `Order ${KODE} status changed: MENUNGGU -> IN_PROGRESS (replayed)`,
      KODE,
    ],
  ];
  for (const [id, timestamp, aksi, detail, kode] of special) {
    rows.push({ id, user_id: refs.karyawan.ADM001, aksi, detail, kode_pesanan: kode, timestamp });
  }
  rows.push({
    id: 2007,
    user_id: null,
    aksi: 'LOGIN_FAILURE',
    detail: null,
    kode_pesanan: null,
    timestamp: '2025-10-03T03:00:00.000Z',
  });
  return rows;
}

function newestFirst(a: AuditFixture, b: AuditFixture): number {
  const byTime = new Date(b.timestamp).getTime() - new Date(a.timestamp).getTime();
  return byTime !== 0 ? byTime : b.id - a.id;
}

function expectedTrail(rows: AuditFixture[], filter: Filter, refs?: Refs): AuditFixture[] {
  const search = filter.search?.toLowerCase();
  const nikOf = (userId: number | null) => (userId === null ? null : refs?.karyawanById[userId]?.nik);
  return rows
    .filter(
      (row) =>
        (!search ||
          row.aksi.toLowerCase().includes(search) ||
          (row.detail ?? '').toLowerCase().includes(search)) &&
        (filter.userId === undefined || row.user_id === filter.userId) &&
        (filter.nik === undefined || nikOf(row.user_id) === filter.nik) &&
        (filter.aksi === undefined || row.aksi === filter.aksi) &&
        (!filter.tanggalMulai || jakartaDateOf(row.timestamp) >= filter.tanggalMulai) &&
        (!filter.tanggalAkhir || jakartaDateOf(row.timestamp) <= filter.tanggalAkhir),
    )
    .sort(newestFirst);
}

describe('audit trail viewer', () => {
  let server: TestServer;
  let t: Awaited<ReturnType<TestServer['tokens']>>;
  let refs: Refs;
  let rows: AuditFixture[];

  before(async () => {
    server = await startTestServer();
    t = await server.tokens();
    refs = await loadRefs(server);
    await server.sql('DELETE FROM log_audit_trail');
    rows = makeAudit(refs);
    await insertAudit(server, rows);
  });
  after(() => server.dispose());

  async function trail(filter: Filter, page = 1, limit = 50): Promise<TrailPage> {
    const data = await server.run(AuditTrailDocument, { filter, page, limit }, { token: t.admin });
    return data.auditTrail;
  }

  it('lists every row newest first (ties by id), 50 a page by default, with the acting user', async () => {
    const data = await server.run(AuditTrailDocument, {}, { token: t.admin });
    const expected = expectedTrail(rows, {});
    expect(data.auditTrail).to.include({ total: expected.length, page: 1, limit: 50, totalPages: 2 });
    expect(data.auditTrail.items.map((item) => Number(item.id))).to.deep.equal(
      expected.slice(0, 50).map((row) => row.id),
    );
    for (const item of data.auditTrail.items) {
      const row = rows.find((candidate) => candidate.id === Number(item.id));
      expect(item.timestamp).to.equal(row?.timestamp);
      expect(item.aksi).to.equal(row?.aksi);
      expect(item.detail).to.equal(row?.detail);
      expect(item.user).to.deep.equal(
        row?.user_id == null
          ? null
          : { id: row.user_id, nomorIndukKaryawan: refs.karyawanById[row.user_id].nik },
      );
    }
  });

  it('pages without gaps or repeats', async () => {
    const expected = expectedTrail(rows, {});
    const seen: number[] = [];
    const pages = Math.ceil(expected.length / 13);
    for (let page = 1; page <= pages; page += 1) {
      const result = await trail({}, page, 13);
      expect(result).to.include({ total: expected.length, page, limit: 13, totalPages: pages });
      seen.push(...result.items.map((item) => Number(item.id)));
    }
    expect(seen).to.deep.equal(expected.map((row) => row.id));
    expect((await trail({}, pages + 1, 13)).items).to.deep.equal([]);
  });

  describe('filters', () => {
    const cases: [string, (refs: Refs) => Filter][] = [
      ['search in aksi, case-insensitive', () => ({ search: 'login_FAIL' })],
      ['search in detail, case-insensitive', () => ({ search: 'STATUS CHANGED' })],
      ['search with a LIKE wildcard taken literally (%)', () => ({ search: '100%' })],
      ['search with a LIKE wildcard taken literally (_)', () => ({ search: 'shift_2' })],
      ['userId', (r) => ({ userId: r.karyawan.EMP001 })],
      ['nik', () => ({ nik: 'EMP001' })],
      ['nik and aksi', () => ({ nik: 'EMP001', aksi: 'LOGIN_FAILURE' })],
      ['aksi', () => ({ aksi: 'ORDER_CREATED' })],
      ['tanggalMulai', () => ({ tanggalMulai: '2025-10-02' })],
      ['tanggalAkhir', () => ({ tanggalAkhir: '2025-09-30' })],
      [
        'every filter at once',
        (r) => ({
          search: 'order',
          userId: r.karyawan.ADM001,
          nik: 'ADM001',
          aksi: 'ORDER_STATUS_CHANGED',
          tanggalMulai: '2025-09-28',
          tanggalAkhir: '2025-10-02',
        }),
      ],
      ['nothing matching', () => ({ search: 'no such text anywhere' })],
    ];
    for (const [name, filterFor] of cases) {
      it(`filters by ${name}`, async () => {
        const filter = filterFor(refs);
        const expected = expectedTrail(rows, filter, refs);
        if (name !== 'nothing matching') expect(expected, 'fixture sanity').to.not.have.length(0);
        const result = await trail(filter, 1, 100);
        expect(result.total).to.equal(expected.length);
        expect(result.items.map((item) => Number(item.id))).to.deep.equal(expected.map((row) => row.id));
      });
    }

    it('takes nik exactly (surrounding spaces aside): no other case, prefix or longer NIK', async () => {
      const expected = expectedTrail(rows, { nik: 'EMP001' }, refs).map((row) => row.id);
      expect(expected, 'fixture sanity').to.not.have.length(0);
      const ids = async (nik: string) => (await trail({ nik }, 1, 100)).items.map((item) => Number(item.id));
      expect(await ids('  EMP001 ')).to.deep.equal(expected);
      for (const nik of ['emp001', 'EMP00', 'EMP0011', 'EMP%', 'NOBODY'])
        expect(await ids(nik), nik).to.deep.equal([]);
    });

    it('takes a date as the whole day in Asia/Jakarta: 2025-10-01T23:30:00Z belongs to 2025-10-02', async () => {
      const second = await trail({ tanggalMulai: '2025-10-02', tanggalAkhir: '2025-10-02' }, 1, 100);
      const secondIds = second.items.map((item) => Number(item.id));
      expect(secondIds).to.include.members([2001, 2003, 1]);
      expect(secondIds).to.not.include(2002);
      const first = await trail({ tanggalMulai: '2025-10-01', tanggalAkhir: '2025-10-01' }, 1, 100);
      const firstIds = first.items.map((item) => Number(item.id));
      expect(firstIds).to.include.members([2002, 2004]);
      expect(firstIds).to.not.include.members([2001]);
      expect(firstIds).to.not.include(2005);
      expect(firstIds).to.deep.equal(
        expectedTrail(rows, { tanggalMulai: '2025-10-01', tanggalAkhir: '2025-10-01' }).map((row) => row.id),
      );
    });

    it('refuses bad input with BAD_USER_INPUT', async () => {
      for (const variables of [
        { page: 0 },
        { limit: 0 },
        { limit: 101 },
        { filter: { tanggalMulai: '2025-10-02', tanggalAkhir: '2025-10-01' } },
        { filter: { search: 'x'.repeat(101) } },
        { filter: { nik: 'X'.repeat(51) } },
        { filter: { tanggalMulai: '2025-13-01' } },
      ]) {
        const response = await server.runResponse(AuditTrailDocument, variables, { token: t.admin });
        expect(response.errors?.[0].extensions?.code, JSON.stringify(variables)).to.equal('BAD_USER_INPUT');
      }
    });
  });

  describe('orderHistory', () => {
    it('lists the order’s rows oldest first through kode_pesanan, not rows that merely mention it', async () => {
      const data = await server.run(OrderHistoryDocument, { kodePesanan: KODE }, { token: t.admin });
      const expected = rows
        .filter((row) => row.kode_pesanan === KODE)
        .sort((a, b) => -newestFirst(a, b))
        .map((row) => row.id);
      expect(expected).to.deep.equal([2002, 1, 2003, 2001]);
      expect(data.orderHistory.map((item) => Number(item.id))).to.deep.equal(expected);
      expect(data.orderHistory[0].user).to.deep.equal({ nomorIndukKaryawan: 'ADM001' });
    });

    it('gives an empty history for an unknown code', async () => {
      const data = await server.run(
        OrderHistoryDocument,
        { kodePesanan: 'PM-19990101-001' },
        { token: t.admin },
      );
      expect(data.orderHistory).to.deep.equal([]);
    });

    it('is served by the kode_pesanan index in chronological order (no text scan, no sort)', async () => {
      const plan = await server.dataSource.transaction(async (manager) => {
        // The fixture table is tiny, where a sequential scan would win; forbid it to see what the index offers.
        await manager.query('SET LOCAL enable_seqscan = off');
        const lines: { 'QUERY PLAN': string }[] = await manager.query(
          `EXPLAIN SELECT a.id FROM log_audit_trail a WHERE a.kode_pesanan = $1 ORDER BY a."timestamp", a.id`,
          [KODE],
        );
        return lines.map((line) => line['QUERY PLAN']).join('\n');
      });
      expect(plan).to.match(/Index (Only )?Scan using ix_audit_kode_pesanan/);
      expect(plan).to.not.match(/Sort/);
    });
  });

  it('lists the distinct actions present, sorted', async () => {
    const data = await server.run(AuditActionTypesDocument, {}, { token: t.admin });
    expect(data.auditActionTypes).to.deep.equal([...new Set(rows.map((row) => row.aksi))].sort());
  });

  describe('by nik, of actions taken through the API', () => {
    let live: TestServer;
    let tokens: Awaited<ReturnType<TestServer['tokens']>>;

    before(async () => {
      // A server of its own: the fixture rows above stay exactly as the other tests expect them.
      live = await startTestServer();
      tokens = await live.tokens();
    });
    after(() => live.dispose());

    it('finds the actions of EMP001 by nik, none of EMP002’s', async () => {
      const order = async (token: string) =>
        (
          await live.ok<{ createOrder: { kodePesanan: string } }>(
            'mutation { createOrder(input: { shiftId: 2, jumlahPesanan: 1 }) { kodePesanan } }',
            {},
            { token },
          )
        ).createOrder.kodePesanan;
      const mine = await order(tokens.employee);
      const theirs = await order(tokens.employee2);
      await live.gql(
        'mutation { login(input: { nik: "EMP002", password: "not-the-password" }) { accessToken } }',
      );
      const rowsOf = async (nik: string) =>
        (
          await live.sql<{ id: string }>(
            `SELECT a.id FROM log_audit_trail a JOIN master_karyawan k ON k.id = a.user_id
              WHERE k.nomor_induk_karyawan = $1 ORDER BY a."timestamp" DESC, a.id DESC`,
            [nik],
          )
        ).map((row) => Number(row.id));
      const found = (
        await live.run(AuditTrailDocument, { filter: { nik: 'EMP001' }, limit: 100 }, { token: tokens.admin })
      ).auditTrail;
      const ids = found.items.map((item) => Number(item.id));
      expect(ids).to.deep.equal(await rowsOf('EMP001'));
      expect(found.total).to.equal(ids.length);
      expect(found.items.map((item) => item.aksi)).to.include.members(['LOGIN_SUCCESS', 'ORDER_CREATED']);
      expect(found.items.some((item) => item.detail?.includes(mine))).to.equal(true);
      expect(found.items.some((item) => item.detail?.includes(theirs))).to.equal(false);
      expect(new Set(found.items.map((item) => item.user?.nomorIndukKaryawan))).to.deep.equal(
        new Set(['EMP001']),
      );
      const ofEmp002 = await rowsOf('EMP002');
      expect(ofEmp002, 'EMP002 acted too').to.have.length.greaterThan(2);
      expect(ids.filter((id) => ofEmp002.includes(id))).to.deep.equal([]);
    });

    it('matches the NIK of the acting karyawan, whose id need not be its login’s id', async () => {
      // A karyawan without a login (kept from the original system) takes the next karyawan id, so the next user's
      // karyawan id and users.id differ (the seed's are equal).
      await live.sql(
        `INSERT INTO master_karyawan (user_id, nomor_induk_karyawan, nama_lengkap, role_access)
         SELECT NULL, 'NOLOGIN1', 'Tanpa Login', role_access FROM master_karyawan WHERE nomor_induk_karyawan = 'EMP001'`,
      );
      const created = await live.ok<{ createUser: { id: number } }>(
        `mutation { createUser(input: { nomorIndukKaryawan: "EMP101", namaLengkap: "Nik Tester",
          password: "nik-tester-pass-1", role: EMPLOYEE }) { id } }`,
        {},
        { token: tokens.admin },
      );
      const [ids] = await live.sql<{ karyawan: number; login: number }>(
        `SELECT k.id AS karyawan, k.user_id AS login FROM master_karyawan k WHERE k.nomor_induk_karyawan = 'EMP101'`,
      );
      expect(ids.karyawan).to.equal(created.createUser.id);
      expect(ids.login, 'ids that differ').to.not.equal(ids.karyawan);
      await live.login({ nik: 'EMP101', password: 'nik-tester-pass-1' });
      await live.gql(
        'mutation { login(input: { nik: "EMP101", password: "a-wrong-password" }) { accessToken } }',
      );
      const found = (
        await live.run(AuditTrailDocument, { filter: { nik: 'EMP101' } }, { token: tokens.admin })
      ).auditTrail;
      expect(found.items.map((item) => [item.aksi, item.user?.nomorIndukKaryawan])).to.deep.equal([
        ['LOGIN_FAILURE', 'EMP101'],
        ['LOGIN_SUCCESS', 'EMP101'],
      ]);
    });
  });

  describe('authorization', () => {
    const calls: Array<[string, (token?: string) => Promise<GqlResponse<unknown>>]> = [
      ['auditTrail', (token) => server.runResponse(AuditTrailDocument, {}, { token })],
      ['orderHistory', (token) => server.runResponse(OrderHistoryDocument, { kodePesanan: KODE }, { token })],
      ['auditActionTypes', (token) => server.runResponse(AuditActionTypesDocument, {}, { token })],
    ];
    for (const [name, call] of calls) {
      it(`refuses ${name} to every role but administrator (FORBIDDEN) and to anonymous callers (UNAUTHENTICATED)`, async () => {
        for (const role of ['employee', 'dapur', 'delivery'] as const) {
          const response = await call(t[role]);
          expect(response.errors?.[0].extensions?.code, role).to.equal('FORBIDDEN');
          expect(response.data).to.equal(null);
        }
        const anonymous = await call();
        expect(anonymous.errors?.[0].extensions?.code).to.equal('UNAUTHENTICATED');
        expect(anonymous.data).to.equal(null);
      });
    }
  });
});
