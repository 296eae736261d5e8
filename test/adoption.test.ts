import { expect } from 'chai';
import { parse } from 'csv-parse/sync';
import { createDataSource } from '../src/db/data-source';
import { migrate } from '../src/db/migrate';
import { migrations } from '../src/db/migrations';
import { cloneTemplateDatabase } from './helpers/global';
import {
  columnValues,
  databaseFrom,
  digest,
  ORIGINAL_DATA,
  ORIGINAL_SCHEMA,
  schemaShape,
  TestDatabase,
  withConnection,
} from './helpers/original-database';
import { spawnServerProcess, startTestServer, TestServer } from './helpers/server';

/** The original's users (test/fixtures/original-data.sql) and their original passwords. */
const ORIGINAL = {
  admin: { nik: 'ADM100', password: 'admin-lama1' },
  employee: { nik: 'EMP100', password: 'karyawan-lama1' },
  deactivated: { nik: 'EMP101', password: 'nonaktif-lama1' },
  dapur: { nik: 'KIT100', password: 'dapur-lama1' },
  delivery: { nik: 'DEL100', password: 'antar-lama1' },
};
const LONG_NAME =
  'Raden Mas Bagus Hadiwijaya Kusumaningrat Prawirodirdjo Soerjosoemarno Tjokroadisoemarto Wirjodiningrat Mangkunegara Adij';
/** 08:00 on 2025-10-03 in Asia/Jakarta: "today" for the fixture's orders. */
const NOW = new Date('2025-10-03T01:00:00Z');

const ORDER_FIELDS = `id kodePesanan statusPesanan jumlahPesanan jumlahPesananAwal tanggalPesanan approvalStatus
  approvalRequestType waktuDibuat pemesan { nomorIndukKaryawan namaLengkap }`;

interface OrderView {
  id: number;
  kodePesanan: string;
  statusPesanan: string;
  jumlahPesanan: number;
  jumlahPesananAwal: number | null;
  tanggalPesanan: string;
  approvalStatus: string | null;
  approvalRequestType: string | null;
  waktuDibuat: string;
  pemesan: { nomorIndukKaryawan: string; namaLengkap: string };
}

/** Values for the original's columns that test/fixtures/original-data.sql leaves null in every row. */
const EVERY_COLUMN_HAS_A_VALUE = `
  INSERT INTO _prisma_migrations (id, checksum, migration_name, logs, rolled_back_at, started_at)
  VALUES ('0c5f3a52-6b1e-4a8e-9a77-3d2b8e1f0a02', 'd41d8cd98f00b204e9800998ecf8427e', '20250902080000_tried',
          'column "x" already exists', '2025-09-02 08:05:00+00', '2025-09-02 08:00:00+00');
  UPDATE master_jabatan SET keterangan = 'Jabatan ' || id;
  UPDATE master_karyawan SET keterangan = 'Karyawan ' || id WHERE id % 2 = 0;
  UPDATE master_lokasi SET keterangan = 'Lokasi ' || id;
  UPDATE master_shift SET keterangan = 'Shift ' || id;`;

let databaseCounter = 0;
function originalDatabase(extra: string[] = []): Promise<TestDatabase> {
  databaseCounter += 1;
  return databaseFrom(`packmeal_original_${process.pid}_${databaseCounter}`, [
    ORIGINAL_SCHEMA,
    ORIGINAL_DATA,
    ...extra,
  ]);
}

describe("taking over the original system's database", () => {
  describe('a server started on it', () => {
    let original: TestDatabase;
    let server: TestServer;
    let tokens: Record<'admin' | 'employee' | 'dapur' | 'delivery', string>;
    let rowsBefore: Record<string, number>;

    const countRows = (url: string) =>
      withConnection(url, async (source) => {
        const [row] = await source.query(`SELECT
          (SELECT count(*)::int FROM users) AS users, (SELECT count(*)::int FROM master_karyawan) AS karyawan,
          (SELECT count(*)::int FROM master_department) AS departments,
          (SELECT count(*)::int FROM master_jabatan) AS jabatan, (SELECT count(*)::int FROM master_shift) AS shifts,
          (SELECT count(*)::int FROM master_lokasi) AS lokasi, (SELECT count(*)::int FROM transaction_pesanan) AS orders,
          (SELECT count(*)::int FROM log_audit_trail) AS audit`);
        return row as Record<string, number>;
      });

    before(async () => {
      original = await originalDatabase();
      rowsBefore = await countRows(original.url);
      server = await startTestServer({ env: { DATABASE_URL: original.url }, clock: { now: () => NOW } });
      tokens = {
        admin: await server.login(ORIGINAL.admin),
        employee: await server.login(ORIGINAL.employee),
        dapur: await server.login(ORIGINAL.dapur),
        delivery: await server.login(ORIGINAL.delivery),
      };
    });

    after(async () => {
      await server?.dispose();
      await original?.drop();
    });

    const order = async (kode: string) =>
      (
        await server.ok<{ orderByKode: OrderView }>(
          `query($kode: String!) { orderByKode(kodePesanan: $kode) { ${ORDER_FIELDS} } }`,
          { kode },
          { token: tokens.admin },
        )
      ).orderByKode;

    it('has the shape of a database this server created: columns, indexes, foreign keys, checks', async () => {
      const fresh = await cloneTemplateDatabase(`packmeal_fresh_${process.pid}`);
      try {
        const expected = await schemaShape(fresh.url);
        const adopted = await schemaShape(original.url);
        expect(adopted.columns).to.deep.equal(expected.columns);
        // The original's own (Prisma-named) indexes and foreign keys stay besides.
        expect(adopted.indexes).to.include.members(expected.indexes);
        expect(new Set(adopted.indexes).size, 'an index twice').to.equal(adopted.indexes.length);
        expect(adopted.foreignKeys).to.include.members(expected.foreignKeys);
        expect(adopted.checks).to.include.members(expected.checks);
      } finally {
        await fresh.drop();
      }
    });

    it("keeps every row and the original's enum types, with the project's migrations recorded", async () => {
      const rowsAfter = await countRows(original.url);
      // Only the logins of the `before` hook were added since.
      expect({ ...rowsAfter, audit: rowsBefore.audit }).to.deep.equal(rowsBefore);
      const types = await server.sql<{ type: string }>(
        `SELECT atttypid::regtype::text AS type FROM pg_attribute
          WHERE (attrelid, attname) IN (('users'::regclass, 'role_access'), ('transaction_pesanan'::regclass, 'status_pesanan'),
                                        ('transaction_pesanan'::regclass, 'approval_status'))
          ORDER BY 1`,
      );
      expect(types.map((row) => row.type)).to.deep.equal([
        '"ApprovalStatus"',
        '"RoleAccess"',
        '"StatusPesanan"',
      ]);
      const applied = await server.sql<{ name: string }>('SELECT name FROM migrations ORDER BY id');
      expect(applied.map((row) => row.name)).to.deep.equal(migrations.map((migration) => migration.name));
    });

    it('signs the original users in with their original passwords; deactivated and login-less ones cannot', async () => {
      for (const token of Object.values(tokens)) expect(token).to.be.a('string');
      const refused = [
        ORIGINAL.deactivated,
        { nik: 'EMP199', password: 'karyawan-lama1' },
        { ...ORIGINAL.admin, password: 'wrong-password' },
      ];
      for (const credentials of refused) {
        expect(
          await server.errorCode('mutation($input: LoginInput!) { login(input: $input) { accessToken } }', {
            input: { ...credentials, clientType: 'MOBILE' },
          }),
          credentials.nik,
        ).to.equal('UNAUTHENTICATED');
      }
    });

    it('shows a 120-character name whole, lists the karyawan without a login, and accepts 150 characters', async () => {
      const me = await server.ok<{ me: { namaLengkap: string } }>(
        '{ me { namaLengkap } }',
        {},
        {
          token: tokens.employee,
        },
      );
      expect(me.me.namaLengkap).to.equal(LONG_NAME);
      expect(LONG_NAME).to.have.length(120);
      const users = await server.ok<{
        users: {
          items: { id: number; nomorIndukKaryawan: string; namaLengkap: string; isActive: boolean }[];
        };
      }>(
        '{ users(limit: 100) { items { id nomorIndukKaryawan namaLengkap isActive } } }',
        {},
        {
          token: tokens.admin,
        },
      );
      const byNik = new Map(users.users.items.map((user) => [user.nomorIndukKaryawan, user]));
      expect([...byNik.keys()].sort()).to.deep.equal([
        'ADM100',
        'DEL100',
        'EMP100',
        'EMP101',
        'EMP199',
        'KIT100',
      ]);
      expect(byNik.get('EMP101')?.isActive).to.equal(false);
      const withoutLogin = byNik.get('EMP199');
      expect(withoutLogin?.namaLengkap).to.equal('Budi Tanpa Login');
      const reset = await server.gql(
        'mutation($id: Int!) { resetUserPassword(id: $id) { temporaryPassword } }',
        { id: withoutLogin?.id },
        { token: tokens.admin },
      );
      expect(reset.errors?.[0]?.extensions?.code).to.equal('CONFLICT');

      const longer = 'N'.repeat(150);
      const updated = await server.ok<{ updateUserProfile: { namaLengkap: string } }>(
        'mutation($id: Int!, $nama: String!) { updateUserProfile(id: $id, input: { namaLengkap: $nama }) { namaLengkap } }',
        { id: byNik.get('EMP101')?.id, nama: longer },
        { token: tokens.admin },
      );
      expect(updated.updateUserProfile.namaLengkap).to.equal(longer);
    });

    it("loads the original's orders with their codes, instants and a pemesan without a login", async () => {
      const first = await order('PM-20251001-001');
      expect(first).to.include({ statusPesanan: 'COMPLETE', jumlahPesanan: 5, tanggalPesanan: '2025-10-01' });
      // Prisma's timestamp(3) held UTC.
      expect(first.waktuDibuat).to.equal('2025-09-30T23:00:00.000Z');
      expect(first.pemesan.namaLengkap).to.equal(LONG_NAME);
      expect((await order('PM-20251001-002')).pemesan).to.deep.equal({
        nomorIndukKaryawan: 'EMP199',
        namaLengkap: 'Budi Tanpa Login',
      });
      const own = await server.ok<{ orders: { total: number; items: OrderView[] } }>(
        `{ orders(limit: 100) { total items { ${ORDER_FIELDS} } } }`,
        {},
        { token: tokens.employee },
      );
      expect(own.orders.items.map((item) => item.kodePesanan)).to.include.members([
        'PM-20251001-001',
        'PM-20251003-004',
      ]);
    });

    it('continues the numbering after the highest code of each date', async () => {
      const create = async (tanggalPesanan: string) =>
        (
          await server.ok<{ createOrder: { kodePesanan: string } }>(
            'mutation($input: CreateOrderInput!) { createOrder(input: $input) { kodePesanan } }',
            { input: { shiftId: 1, jumlahPesanan: 2, tanggalPesanan } },
            { token: tokens.employee },
          )
        ).createOrder.kodePesanan;
      expect(await create('2025-10-03')).to.equal('PM-20251003-005');
      expect(await create('2025-10-04')).to.equal('PM-20251004-008');
      expect(await create('2025-10-05')).to.equal('PM-20251005-001');
      expect(await create('2025-10-03')).to.equal('PM-20251003-006');
    });

    it('lets the kitchen and delivery move the original orders on, stamping updated_at', async () => {
      const move = (kode: string, status: string, token: string) =>
        order(kode).then((found) =>
          server.ok<{ updateOrderStatus: { statusPesanan: string } }>(
            'mutation($id: Int!, $status: OrderStatus!) { updateOrderStatus(id: $id, status: $status) { statusPesanan } }',
            { id: found.id, status },
            { token },
          ),
        );
      const kitchen = await server.ok<{ orders: { items: OrderView[] } }>(
        `{ orders(limit: 100) { items { kodePesanan } } }`,
        {},
        { token: tokens.dapur },
      );
      expect(kitchen.orders.items.map((item) => item.kodePesanan)).to.include.members([
        'PM-20251003-001',
        'PM-20251003-004',
        'PM-20251002-002',
      ]);
      await move('PM-20251003-001', 'IN_PROGRESS', tokens.dapur);
      await move('PM-20251003-004', 'READY', tokens.dapur);
      await move('PM-20251002-001', 'ON_DELIVERY', tokens.delivery);
      expect((await order('PM-20251003-001')).statusPesanan).to.equal('IN_PROGRESS');
      expect((await order('PM-20251003-004')).statusPesanan).to.equal('READY');
      expect((await order('PM-20251002-001')).statusPesanan).to.equal('ON_DELIVERY');
      const [row] = await server.sql<{ updated: boolean }>(
        `SELECT updated_at > '2025-10-03' AS updated FROM transaction_pesanan WHERE kode_pesanan = 'PM-20251003-001'`,
      );
      expect(row.updated).to.equal(true);
    });

    it("lets an employee cancel an original order (DIBATALKAN, added to the original's status type)", async () => {
      const cancelled = await server.ok<{ cancelOrder: { statusPesanan: string } }>(
        'mutation($id: Int!) { cancelOrder(id: $id, alasan: "Tidak jadi masuk") { statusPesanan } }',
        { id: (await order('PM-20251004-001')).id },
        { token: tokens.employee },
      );
      expect(cancelled.cancelOrder.statusPesanan).to.equal('DIBATALKAN');
    });

    it('completes the pending requests (type inferred, previous status MENUNGGU) so that they can be decided', async () => {
      const pending = await server.ok<{ pendingApprovals: OrderView[] }>(
        `{ pendingApprovals { ${ORDER_FIELDS} } }`,
        {},
        { token: tokens.admin },
      );
      const types = Object.fromEntries(
        pending.pendingApprovals.map((item) => [item.kodePesanan, item.approvalRequestType]),
      );
      expect(types).to.deep.equal({
        'PM-20251002-002': 'REJECT',
        'PM-20251003-002': 'EDIT',
        'PM-20251003-003': 'REJECT',
      });
      const decide = async (kode: string, decision: string) =>
        (
          await server.ok<{ decideApproval: OrderView }>(
            `mutation($id: Int!, $decision: ApprovalDecision!) {
               decideApproval(id: $id, decision: $decision, catatanAdmin: "diputuskan") { ${ORDER_FIELDS} } }`,
            { id: (await order(kode)).id, decision },
            { token: tokens.admin },
          )
        ).decideApproval;
      expect(await decide('PM-20251003-002', 'APPROVED')).to.include({
        statusPesanan: 'MENUNGGU',
        jumlahPesanan: 8,
        approvalStatus: 'APPROVED',
      });
      expect(await decide('PM-20251002-002', 'REJECTED')).to.include({
        statusPesanan: 'MENUNGGU',
        approvalStatus: 'REJECTED',
      });
      expect(await decide('PM-20251003-003', 'APPROVED')).to.include({
        statusPesanan: 'DITOLAK',
        approvalStatus: 'APPROVED',
      });
    });

    it('refuses to delete a department a jabatan still refers to, as on its own database', async () => {
      const departments = await server.ok<{ departments: { id: number; namaDivisi: string }[] }>(
        '{ departments { id namaDivisi } }',
        {},
        { token: tokens.admin },
      );
      // Referenced by one jabatan only: the original's ON DELETE SET NULL would have let the delete through.
      const keuangan = departments.departments.find((department) => department.namaDivisi === 'Keuangan');
      expect(
        await server.errorCode(
          'mutation($id: Int!) { deleteDepartment(id: $id) }',
          { id: keuangan?.id },
          {
            token: tokens.admin,
          },
        ),
      ).to.equal('CONFLICT');
      const [jabatan] = await server.sql<{ n: number }>(
        `SELECT count(*)::int AS n FROM master_jabatan WHERE department_id = $1`,
        [keuangan?.id],
      );
      expect(jabatan.n).to.equal(1);
    });

    it("includes the original's rows in the reports and the CSV export", async () => {
      const filter = { tanggalMulai: '2025-10-01', tanggalAkhir: '2025-10-01' };
      const reports = await server.ok<{
        consumptionReport: { period: string; totalOrders: number; totalMeals: number }[];
        performanceReport: { overall: Record<string, number> };
        rejectionReport: { items: { order: { kodePesanan: string }; requestType: string }[] };
      }>(
        `query($filter: ReportFilter, $rejections: RejectionReportFilter) {
           consumptionReport(filter: $filter) { period totalOrders totalMeals }
           performanceReport(filter: $filter) {
             overall { count avgTotalDurationMinutes avgProcessingTimeMinutes avgPreparationTimeMinutes avgDeliveryTimeMinutes } }
           rejectionReport(filter: $rejections) { items { order { kodePesanan } requestType } } }`,
        { filter, rejections: filter },
        { token: tokens.admin },
      );
      expect(reports.consumptionReport).to.deep.equal([
        { period: '2025-10-01', totalOrders: 2, totalMeals: 8 },
      ]);
      expect(reports.performanceReport.overall).to.deep.equal({
        count: 2,
        avgTotalDurationMinutes: 80,
        avgProcessingTimeMinutes: 15,
        avgPreparationTimeMinutes: 30,
        avgDeliveryTimeMinutes: 25,
      });
      expect(reports.rejectionReport.items).to.deep.equal([
        { order: { kodePesanan: 'PM-20251001-003' }, requestType: 'REJECT' },
      ]);
      const csv = async (input: Record<string, unknown>) => {
        const link = await server.ok<{ exportReport: { url: string } }>(
          'mutation($input: ExportReportInput!) { exportReport(input: $input) { url } }',
          { input: { ...input, format: 'CSV' } },
          { token: tokens.admin },
        );
        const text = await (await fetch(link.exportReport.url)).text();
        return parse(text.replace(/^\uFEFF/, '')) as string[][];
      };
      expect(await csv({ kind: 'CONSUMPTION', ...filter })).to.deep.equal([
        ['Period', 'Total orders', 'Total meals'],
        ['2025-10-01', '2', '8'],
      ]);
      const audit = await csv({ kind: 'AUDIT_TRAIL', aksi: 'Admin login' });
      expect(audit).to.have.length(2);
      expect(audit[1]).to.include.members(['Admin login', 'Admin ADM100 logged in']);
    });

    it("keeps the audit trail's free-text actions and finds an order's original history by code", async () => {
      const actions = await server.ok<{ auditActionTypes: string[] }>(
        '{ auditActionTypes }',
        {},
        {
          token: tokens.admin,
        },
      );
      expect(actions.auditActionTypes).to.include.members([
        'Admin login',
        'Employee created order',
        'LOGIN_FAILURE',
      ]);
      const trail = await server.ok<{ auditTrail: { items: { aksi: string; detail: string }[] } }>(
        `{ auditTrail(filter: { aksi: "Admin login" }) { items { aksi detail } } }`,
        {},
        { token: tokens.admin },
      );
      expect(trail.auditTrail.items).to.deep.equal([
        { aksi: 'Admin login', detail: 'Admin ADM100 logged in' },
      ]);
      const history = await server.ok<{
        orderHistory: { aksi: string; user: { nomorIndukKaryawan: string } }[];
      }>(
        '{ orderHistory(kodePesanan: "PM-20251001-001") { aksi user { nomorIndukKaryawan } } }',
        {},
        { token: tokens.admin },
      );
      expect(history.orderHistory).to.deep.equal([
        { aksi: 'Employee created order', user: { nomorIndukKaryawan: 'EMP100' } },
        { aksi: 'ORDER_STATUS_CHANGED', user: { nomorIndukKaryawan: 'KIT100' } },
      ]);
    });
  });

  describe('start-up', () => {
    it('adopts once when two server processes start together, and a second start changes nothing', async () => {
      const original = await originalDatabase();
      try {
        const both = await Promise.all([spawnServerProcess(original.url), spawnServerProcess(original.url)]);
        await Promise.all(both.map((child) => child.stop()));
        const applied = await withConnection(original.url, (source) =>
          source.query('SELECT name FROM migrations ORDER BY id'),
        );
        expect(applied.map((row: { name: string }) => row.name)).to.deep.equal(
          migrations.map((migration) => migration.name),
        );
        const adopted = await digest(original.url);
        const again = await spawnServerProcess(original.url);
        expect(await again.stop()).to.equal(0);
        expect(await digest(original.url)).to.deep.equal(adopted);
      } finally {
        await original.drop();
      }
    });

    it('keeps every value of every original column: none dropped and re-created, none rewritten', async () => {
      const original = await originalDatabase([EVERY_COLUMN_HAS_A_VALUE]);
      const source = createDataSource(original.url, { poolSize: 2 });
      try {
        const tables = (
          await withConnection(original.url, (connection) =>
            connection.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`),
          )
        ).map((row: { tablename: string }) => row.tablename);
        const before = await columnValues(original.url, tables);
        // A column holding no value anywhere could be dropped and re-created empty unnoticed.
        const unguarded = Object.keys(before).filter((column) =>
          Object.values(before[column]).every((value) => value === null),
        );
        expect(unguarded, 'original columns without a value in the fixture').to.deep.equal([]);
        await source.initialize();
        await migrate(source);
        const after = await columnValues(original.url, tables, Object.keys(before));
        expect(Object.keys(after), 'every original column is still there').to.deep.equal(Object.keys(before));
        for (const column of Object.keys(before)) expect(after[column], column).to.deep.equal(before[column]);
      } finally {
        if (source.isInitialized) await source.destroy();
        await original.drop();
      }
    });

    it('leaves the original exactly as it was when adoption fails halfway, and says why', async () => {
      // Two jabatan of one name without a department: the original's plain unique index allows them, this
      // project's does not; its index is created after the columns and constraints have been changed.
      const original = await originalDatabase([
        `INSERT INTO master_jabatan (nama_jabatan, department_id, updated_at) VALUES ('Magang', NULL, now()), ('Magang', NULL, now())`,
      ]);
      try {
        const before = await digest(original.url);
        let failure = '';
        await spawnServerProcess(original.url).catch((error: Error) => (failure = error.message));
        expect(failure).to.contain("Database refused: Adopting the original system's database failed");
        expect(failure).to.contain('uq_master_jabatan_nama_department').and.to.contain('Magang');
        expect(await digest(original.url)).to.deep.equal(before);
      } finally {
        await original.drop();
      }
    });

    it('refuses a database that is neither empty, nor its own, nor the original, changing nothing', async () => {
      const other = await databaseFrom(`packmeal_other_${process.pid}`, [
        'CREATE TABLE invoices (id serial PRIMARY KEY, total numeric NOT NULL)',
      ]);
      try {
        const before = await digest(other.url);
        let failure = '';
        await spawnServerProcess(other.url).catch((error: Error) => (failure = error.message));
        expect(failure).to.contain(
          "Database refused: The database at DATABASE_URL is not empty, and neither this server's nor the original",
        );
        expect(failure).to.contain('invoices');
        expect(await digest(other.url)).to.deep.equal(before);
      } finally {
        await other.drop();
      }
    });

    it('continues the counter of every date after adopting thousands of orders across many dates', async () => {
      // 3,000 orders on 120 dates, a random number of codes per date with gaps (deleted orders).
      const original = await databaseFrom(`packmeal_original_many_${process.pid}`, [
        ORIGINAL_SCHEMA,
        ORIGINAL_DATA.slice(0, ORIGINAL_DATA.indexOf('INSERT INTO "transaction_pesanan"')),
        `INSERT INTO transaction_pesanan (kode_pesanan, karyawan_pemesan_id, department_pemesan_id, shift_id,
           jumlah_pesanan, status_pesanan, tanggal_pesanan, updated_at)
         SELECT 'PM-' || to_char(d, 'YYYYMMDD') || '-' || lpad(n::text, 3, '0'), 2, 1, 1, 1, 'COMPLETE', d, now()
           FROM (SELECT date '2024-01-01' + (g % 120) AS d, (g / 120) * 2 + 1 + (g % 7) % 2 AS n
                   FROM generate_series(0, 2999) g) orders`,
      ]);
      const source = createDataSource(original.url, { poolSize: 2 });
      try {
        const expected = await withConnection(original.url, (connection) =>
          connection.query(
            `SELECT tanggal_pesanan::text AS tanggal, max(substring(kode_pesanan FROM 13)::int) AS last
               FROM transaction_pesanan GROUP BY 1 ORDER BY 1`,
          ),
        );
        expect(expected).to.have.length(120);
        await source.initialize();
        await migrate(source);
        const counters = await source.query(
          'SELECT tanggal::text AS tanggal, last_value AS last FROM order_code_counter ORDER BY 1',
        );
        expect(counters).to.deep.equal(expected);
        expect(await source.query('SELECT count(*)::int AS n FROM transaction_pesanan')).to.deep.equal([
          { n: 3000 },
        ]);
      } finally {
        if (source.isInitialized) await source.destroy();
        await original.drop();
      }
    });
  });
});
