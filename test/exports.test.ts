import http from 'node:http';
import { expect } from 'chai';
import { parse } from 'csv-parse/sync';
import { statementCount } from '../src/db/data-source';
import { ExportFormat, ReportKind } from '../src/entities/enums';
import { signExportToken } from '../src/services/exports/export-token';
import {
  type AuditTrailFilter,
  AuditTrailRowsDocument,
  type AuditTrailRowsQuery,
  ConsumptionReportDocument,
  DepartmentReportDocument,
  ExportReportDocument,
  type ExportReportInput,
  type ExportReportMutation,
  PerformanceReportDocument,
  type PerformanceReportQuery,
  RejectionReportDocument,
  type RejectionReportQuery,
} from './generated/graphql';
import { pdfPages } from './helpers/pdf-text';
import {
  AuditFixture,
  insertAudit,
  insertOrders,
  loadRefs,
  makeOrders,
  Refs,
  withRequest,
} from './helpers/report-fixtures';
import { startTestServer, TestServer } from './helpers/server';

const BOM = '\uFEFF';

type ExportLink = ExportReportMutation['exportReport'];

interface Download {
  status: number;
  headers: Headers;
  body: Buffer;
}

/** Content-Disposition: attachment with the link's file name (quoted or as a plain token, both per RFC 6266). */
function expectAttachment(response: Download, filename: string): void {
  const header = response.headers.get('content-disposition') ?? '';
  expect(header).to.match(/^attachment; filename=/);
  expect(header.replace(/^attachment; filename=/, '').replace(/^"(.*)"$/, '$1')).to.equal(filename);
}

/** What a spreadsheet-safe cell looks like, written out independently: formula starters get a leading '. */
function safe(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

const TRICKY_TEXTS = [
  '=HYPERLINK("http://evil.example","click")',
  '+SUM(A1:A9)',
  '-2+3',
  '@cmd',
  '\tindented',
  '\rcarriage',
  'comma, "quoted" and\nnew line',
  'line one\nline two',
  'plain text',
];

describe('report exports', () => {
  let server: TestServer;
  let t: Awaited<ReturnType<TestServer['tokens']>>;
  let refs: Refs;
  /** Milliseconds added to the real time for the server under test. */
  let clockOffset = 0;

  before(async () => {
    server = await startTestServer({ clock: { now: () => new Date(Date.now() + clockOffset) } });
    t = await server.tokens();
    refs = await loadRefs(server);
    await server.sql('DELETE FROM transaction_pesanan');
    await server.sql('DELETE FROM log_audit_trail');
    const orders = makeOrders(refs, { seed: 5, count: 120, firstDate: '2025-10-01', days: 40 });
    const requests = makeOrders(refs, { seed: 6, count: 130, firstDate: '2025-11-15', days: 10 }).map(
      (order, index) =>
        withRequest(
          { ...order, kode_pesanan: `PM-RQ-${String(index).padStart(4, '0')}` },
          {
            type: index % 2 ? 'EDIT' : 'REJECT',
            status: (['PENDING', 'APPROVED', 'REJECTED'] as const)[index % 3],
            catatanDapur: TRICKY_TEXTS[index % TRICKY_TEXTS.length],
          },
        ),
    );
    await insertOrders(server, [...orders, ...requests]);
    const audit: AuditFixture[] = Array.from({ length: 250 }, (_, index) => ({
      id: index + 1,
      user_id: index % 4 === 0 ? null : refs.karyawan.KIT001,
      aksi: index % 3 === 0 ? 'ORDER_CREATED' : 'ORDER_STATUS_CHANGED',
      detail: index < TRICKY_TEXTS.length ? TRICKY_TEXTS[index] : `Order PM-20251001-${index} changed`,
      kode_pesanan: null,
      // Several rows share an instant, with microseconds, to exercise the keyset batches.
      timestamp: `2025-10-0${1 + (index % 5)}T0${index % 10}:00:00.${String(123456 + (index % 7)).padStart(6, '0')}Z`,
    }));
    await insertAudit(server, audit);
  });
  after(() => server.dispose());

  async function link(input: ExportReportInput): Promise<ExportLink> {
    const data = await server.run(ExportReportDocument, { input }, { token: t.admin });
    return data.exportReport;
  }

  async function download(url: string): Promise<Download> {
    const response = await fetch(url);
    return {
      status: response.status,
      headers: response.headers,
      body: Buffer.from(await response.arrayBuffer()),
    };
  }

  /** Downloads a CSV export and returns its rows (header first), checking the envelope on the way. */
  async function csvRows(input: Omit<ExportReportInput, 'format'>): Promise<string[][]> {
    const exportLink = await link({ ...input, format: 'CSV' });
    const response = await download(exportLink.url);
    expect(response.status).to.equal(200);
    expect(response.headers.get('content-type')).to.equal('text/csv; charset=utf-8');
    expectAttachment(response, exportLink.filename);
    const text = response.body.toString('utf8');
    expect(text.startsWith(BOM)).to.equal(true);
    return parse(text.slice(1), { relax_quotes: false, record_delimiter: '\r\n' });
  }

  /** Every page of a paginated query (`read(page, limit)`), collected. */
  async function allPages<T>(
    read: (page: number, limit: number) => Promise<{ items: T[]; totalPages: number }>,
  ): Promise<T[]> {
    const items: T[] = [];
    for (let page = 1; ; page += 1) {
      const data = await read(page, 100);
      items.push(...data.items);
      if (page >= data.totalPages) return items;
    }
  }

  describe('exportReport', () => {
    it('returns a link to /api/exports on the address the caller used, valid 5 minutes, with a file name', async () => {
      const before = Date.now();
      const exportLink = await link({ kind: 'CONSUMPTION', format: 'CSV' });
      expect(exportLink.url.startsWith(`${server.url}/api/exports/`)).to.equal(true);
      expect(exportLink.filename).to.match(/^consumption-report-\d{8}-\d{6}\.csv$/);
      const expires = new Date(exportLink.expiresAt).getTime();
      expect(expires).to.be.within(before + 299_000, Date.now() + 300_000);
      expect((await link({ kind: 'AUDIT_TRAIL', format: 'PDF' })).filename).to.match(
        /^audit-trail-\d{8}-\d{6}\.pdf$/,
      );
    });

    it('refuses a reversed date range with BAD_USER_INPUT naming tanggalAkhir', async () => {
      const response = await server.runResponse(
        ExportReportDocument,
        {
          input: {
            kind: 'DEPARTMENT',
            format: 'CSV',
            tanggalMulai: '2025-10-02',
            tanggalAkhir: '2025-10-01',
          },
        },
        { token: t.admin },
      );
      expect(response.errors?.[0].extensions?.code).to.equal('BAD_USER_INPUT');
      expect(response.errors?.[0].extensions?.field).to.equal('tanggalAkhir');
    });

    it('is refused to every role but administrator (FORBIDDEN) and to anonymous callers (UNAUTHENTICATED)', async () => {
      for (const kind of Object.values(ReportKind)) {
        const input: ExportReportInput = { kind, format: 'CSV' };
        for (const role of ['employee', 'dapur', 'delivery'] as const) {
          const response = await server.runResponse(ExportReportDocument, { input }, { token: t[role] });
          expect(response.errors?.[0].extensions?.code, `${kind} ${role}`).to.equal('FORBIDDEN');
          expect(response.data).to.equal(null);
        }
        const anonymous = await server.runResponse(ExportReportDocument, { input });
        expect(anonymous.errors?.[0].extensions?.code, kind).to.equal('UNAUTHENTICATED');
        expect(anonymous.data).to.equal(null);
      }
    });
  });

  describe('CSV', () => {
    it('consumption: equals the JSON report (WEEKLY, filtered)', async () => {
      const filter = { tanggalMulai: '2025-10-06', departmentId: refs.departments[1].id };
      const data = await server.run(
        ConsumptionReportDocument,
        { filter, groupBy: 'WEEKLY' },
        { token: t.admin },
      );
      expect(data.consumptionReport).to.not.have.length(0);
      const rows = await csvRows({ kind: 'CONSUMPTION', groupBy: 'WEEKLY', ...filter });
      expect(rows).to.deep.equal([
        ['Period', 'Total orders', 'Total meals'],
        ...data.consumptionReport.map((row) => [row.period, row.totalOrders, row.totalMeals].map(safe)),
      ]);
    });

    it('department: equals the JSON report', async () => {
      const data = await server.run(DepartmentReportDocument, {}, { token: t.admin });
      const rows = await csvRows({ kind: 'DEPARTMENT' });
      expect(rows).to.deep.equal([
        ['Department ID', 'Department', 'Total orders', 'Total meals', 'Percentage'],
        ...data.departmentReport.map((row) =>
          [row.departmentId, row.departmentName, row.totalOrders, row.totalMeals, row.percentage].map(safe),
        ),
      ]);
    });

    it('performance: equals the JSON report, overall then per department then per shift', async () => {
      type Stats = PerformanceReportQuery['performanceReport']['overall'];
      const data = await server.run(PerformanceReportDocument, {}, { token: t.admin });
      const report = data.performanceReport;
      const numbers = (stats: Stats) =>
        [
          stats.count,
          stats.avgTotalDurationMinutes,
          stats.avgProcessingTimeMinutes,
          stats.avgPreparationTimeMinutes,
          stats.avgDeliveryTimeMinutes,
        ].map((value) => safe(value));
      const rows = await csvRows({ kind: 'PERFORMANCE' });
      expect(rows).to.deep.equal([
        [
          'Group',
          'ID',
          'Name',
          'Count',
          'Avg total (min)',
          'Avg processing (min)',
          'Avg preparation (min)',
          'Avg delivery (min)',
        ],
        ['Overall', '', 'All orders', ...numbers(report.overall)],
        ...report.byDepartment.map((row) => [
          'Department',
          String(row.departmentId),
          row.departmentName,
          ...numbers(row),
        ]),
        ...report.byShift.map((row) => ['Shift', String(row.shiftId), row.shiftName, ...numbers(row)]),
      ]);
      expect(report.overall.count).to.be.greaterThan(0);
    });

    it('rejections: every page of the JSON report, with formula-like notes neutralised', async () => {
      type Item = RejectionReportQuery['rejectionReport']['items'][number];
      const items = await allPages<Item>(
        async (page, limit) =>
          (await server.run(RejectionReportDocument, { filter: {}, page, limit }, { token: t.admin }))
            .rejectionReport,
      );
      expect(items).to.have.length(130);
      const rows = await csvRows({ kind: 'REJECTIONS' });
      expect(rows[0]).to.deep.equal([
        'Kode pesanan',
        'Tanggal',
        'Department',
        'Shift',
        'Pemesan NIK',
        'Pemesan',
        'Jumlah',
        'Jumlah awal',
        'Status',
        'Request',
        'Approval',
        'Catatan dapur',
        'Catatan admin',
        'Waktu dibuat',
      ]);
      expect(rows.slice(1)).to.deep.equal(
        items.map(({ order, requestType, approvalStatus }) =>
          [
            order.kodePesanan,
            order.tanggalPesanan,
            order.department.namaDivisi,
            order.shift.namaShift,
            order.pemesan.nomorIndukKaryawan,
            order.pemesan.namaLengkap,
            order.jumlahPesanan,
            order.jumlahPesananAwal,
            order.statusPesanan,
            requestType,
            approvalStatus,
            order.catatanDapur,
            order.catatanAdmin,
            order.waktuDibuat,
          ].map(safe),
        ),
      );
      const filtered = await csvRows({ kind: 'REJECTIONS', approvalStatus: 'PENDING' });
      expect(filtered.length - 1).to.equal(items.filter((item) => item.approvalStatus === 'PENDING').length);
    });

    it('audit trail: every page of the JSON viewer, filters applied', async () => {
      type Item = AuditTrailRowsQuery['auditTrail']['items'][number];
      const trail = (filter: AuditTrailFilter) => async (page: number, limit: number) =>
        (await server.run(AuditTrailRowsDocument, { filter, page, limit }, { token: t.admin })).auditTrail;
      const toCells = (item: Item) =>
        [
          Number(item.id),
          item.timestamp,
          item.aksi,
          item.detail,
          item.user?.nomorIndukKaryawan ?? null,
          item.user?.namaLengkap ?? null,
        ].map(safe);
      const items = await allPages<Item>(trail({}));
      expect(items).to.have.length(250);
      const rows = await csvRows({ kind: 'AUDIT_TRAIL' });
      expect(rows).to.deep.equal([
        ['ID', 'Timestamp', 'Aksi', 'Detail', 'User NIK', 'User'],
        ...items.map(toCells),
      ]);

      const filter = { aksi: 'ORDER_CREATED', tanggalMulai: '2025-10-02', search: 'order' };
      const filteredItems = await allPages<Item>(trail(filter));
      expect(filteredItems).to.not.have.length(0);
      const filteredRows = await csvRows({ kind: 'AUDIT_TRAIL', ...filter });
      expect(filteredRows.slice(1)).to.deep.equal(filteredItems.map(toCells));
    });

    it('quotes per RFC 4180 with CRLF, and prefixes = + - @ tab and CR cells with a quote', async () => {
      const exportLink = await link({
        kind: 'AUDIT_TRAIL',
        format: 'CSV',
        aksi: 'ORDER_CREATED',
        tanggalAkhir: '2025-10-01',
      });
      const text = (await download(exportLink.url)).body.toString('utf8');
      expect(text).to.match(/^\uFEFFID,Timestamp,Aksi,Detail,User NIK,User\r\n/);
      // Row 1 (index 0) is '=HYPERLINK(...)'; quotes inside are doubled and the whole cell quoted.
      expect(text).to.include(`,"'=HYPERLINK(""http://evil.example"",""click"")",`);
      const cells = parse(text.slice(1), { record_delimiter: '\r\n' }) as string[][];
      const details = cells.slice(1).map((row) => row[3]);
      expect(details).to.include(`'=HYPERLINK("http://evil.example","click")`);
      const all = (await csvRows({ kind: 'AUDIT_TRAIL' })).slice(1).map((row) => row[3]);
      for (const tricky of TRICKY_TEXTS) expect(all).to.include(safe(tricky));
      expect(all).to.include('comma, "quoted" and\nnew line');
      for (const cell of all) expect(cell).to.not.match(/^[=+\-@\t\r]/);
    });
  });

  describe('PDF', () => {
    it('renders Latin, Arabic and Chinese text exactly, and characters no font has as a visible placeholder', async () => {
      const texts = {
        latin: 'Dapur Ümit çağ – señor façade',
        chinese: '食堂部门',
        arabic: 'المطبخ',
        arabicWords: 'قسم المطبخ',
        emoji: 'Kantin 🍱 siap',
      };
      await insertAudit(
        server,
        Object.values(texts).map((detail, index) => ({
          id: 10_001 + index,
          user_id: null,
          aksi: 'FONT_CHECK',
          detail,
          kode_pesanan: null,
          timestamp: `2025-12-01T0${index}:00:00.000000Z`,
        })),
      );
      const pdf = await download(
        (await link({ kind: 'AUDIT_TRAIL', format: 'PDF', aksi: 'FONT_CHECK' })).url,
      );
      expect(pdf.status).to.equal(200);
      const items = (await pdfPages(pdf.body)).join('\n').split('\n');
      expect(items).to.include(texts.latin);
      expect(items).to.include(texts.chinese);
      expect(items).to.include(texts.arabic);
      // Right-to-left words are placed one by one; each comes out whole, in reading order.
      expect(items.join('\n')).to.contain('قسم\nالمطبخ');
      expect(items).to.include('Kantin \uFFFD siap');
      expect(items.join('')).to.not.contain('🍱');
      const csv = await download(
        (await link({ kind: 'AUDIT_TRAIL', format: 'CSV', aksi: 'FONT_CHECK' })).url,
      );
      const details = (parse(csv.body.toString('utf8').replace(BOM, '')) as string[][]).map((row) => row[3]);
      expect(details.slice(1).sort()).to.deep.equal(Object.values(texts).sort());
    });

    it('is a real document with the title, the filters, the generated time and every row', async () => {
      const filter = { tanggalMulai: '2025-10-06', tanggalAkhir: '2025-11-09', shiftId: refs.shifts[0].id };
      const data = await server.run(
        ConsumptionReportDocument,
        { filter, groupBy: 'MONTHLY' },
        { token: t.admin },
      );
      const exportLink = await link({ kind: 'CONSUMPTION', format: 'PDF', groupBy: 'MONTHLY', ...filter });
      const response = await download(exportLink.url);
      expect(response.status).to.equal(200);
      expect(response.headers.get('content-type')).to.equal('application/pdf');
      expectAttachment(response, exportLink.filename);
      expect(response.body.subarray(0, 5).toString()).to.equal('%PDF-');
      const [page, ...others] = await pdfPages(response.body);
      expect(others).to.have.length(0);
      expect(page).to.include('Consumption report (monthly)');
      expect(page).to.include('From: 2025-10-06');
      expect(page).to.include('To: 2025-11-09');
      expect(page).to.include(`Shift: ${refs.shifts[0].name} (id ${refs.shifts[0].id})`);
      expect(page).to.match(/Generated: \d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} \(Asia\/Jakarta\)/);
      const lines = page.split('\n');
      expect(data.consumptionReport).to.have.length(2);
      for (const row of data.consumptionReport) {
        const at = lines.indexOf(row.period);
        expect(at, row.period).to.be.greaterThan(-1);
        expect(lines.slice(at, at + 3)).to.deep.equal([
          row.period,
          String(row.totalOrders),
          String(row.totalMeals),
        ]);
      }
    });

    it('breaks a long table over pages, repeating the header row on each', async () => {
      const exportLink = await link({ kind: 'AUDIT_TRAIL', format: 'PDF' });
      const response = await download(exportLink.url);
      expect(response.status).to.equal(200);
      const pages = await pdfPages(response.body);
      expect(pages.length).to.be.greaterThan(3);
      expect(pages[0]).to.include('Audit trail');
      expect(pages[0]).to.include('Filters: none (all data)');
      const header = 'ID|Timestamp|Aksi|Detail|User NIK|User';
      expect(pages[0].split('\n').join('|')).to.include(`(Asia/Jakarta)|${header}|`);
      for (const page of pages.slice(1)) {
        expect(page.split('\n').slice(0, 6).join('|'), 'header first on every later page').to.equal(header);
      }
      const ids = pages
        .flatMap((page) => page.split('\n'))
        .filter((line) => /^\d{1,3}$/.test(line))
        .map(Number);
      for (let id = 1; id <= 250; id += 1) expect(ids, `row ${id}`).to.include(id);
    });

    it('renders an empty report as a document saying so', async () => {
      const exportLink = await link({
        kind: 'DEPARTMENT',
        format: 'PDF',
        tanggalMulai: '2020-01-01',
        tanggalAkhir: '2020-01-02',
      });
      const pages = await pdfPages((await download(exportLink.url)).body);
      expect(pages.join('\n')).to.include('No rows match these filters.');
    });
  });

  describe('the download link', () => {
    async function expectRefused(url: string, status: number): Promise<{ code: string; message: string }> {
      const response = await download(url);
      expect(response.status).to.equal(status);
      expect(response.headers.get('content-type')).to.match(/^application\/json/);
      expect(response.headers.get('content-disposition')).to.equal(null);
      const body = JSON.parse(response.body.toString('utf8')) as { error: { code: string; message: string } };
      expect(Object.keys(body)).to.deep.equal(['error']);
      expect(body.error.message).to.be.a('string');
      expect(response.body.toString('utf8')).to.not.include('ORDER_');
      return body.error;
    }

    it('needs no header: a plain GET downloads', async () => {
      const exportLink = await link({ kind: 'AUDIT_TRAIL', format: 'CSV' });
      const response = await download(exportLink.url);
      expect(response.status).to.equal(200);
      expect(response.body.toString('utf8')).to.include('ORDER_');
    });

    it('refuses a tampered payload (403)', async () => {
      const exportLink = await link({ kind: 'AUDIT_TRAIL', format: 'CSV', aksi: 'ORDER_CREATED' });
      const [base, token] = exportLink.url.split('/api/exports/');
      const [body, signature] = token.split('.');
      const payload = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as {
        filters: Record<string, unknown>;
      };
      delete payload.filters.aksi;
      const forged = Buffer.from(JSON.stringify(payload)).toString('base64url');
      await expectRefused(`${base}/api/exports/${forged}.${signature}`, 403);
    });

    it('refuses a changed signature (403) and a token signed with another key (403)', async () => {
      const exportLink = await link({ kind: 'DEPARTMENT', format: 'CSV' });
      const last = exportLink.url.slice(-1);
      await expectRefused(`${exportLink.url.slice(0, -1)}${last === 'A' ? 'B' : 'A'}`, 403);
      const now = Math.floor(Date.now() / 1000);
      const foreign = signExportToken('not-the-server-secret', {
        jti: 'test-link-0000000001',
        kind: ReportKind.AUDIT_TRAIL,
        format: ExportFormat.CSV,
        filters: {},
        uid: 1,
        sid: 'test-session',
        iat: now,
        exp: now + 300,
      });
      await expectRefused(`${server.url}/api/exports/${foreign}`, 403);
    });

    it('refuses a malformed token (400)', async () => {
      await expectRefused(`${server.url}/api/exports/not-a-token`, 400);
      await expectRefused(`${server.url}/api/exports/a.b.c`, 400);
    });

    it('works until 5 minutes have passed, then answers 410 Gone', async () => {
      // Two links: each is usable once, and this test is about time.
      const early = await link({ kind: 'CONSUMPTION', format: 'CSV' });
      const late = await link({ kind: 'CONSUMPTION', format: 'CSV' });
      try {
        clockOffset = 299_000;
        expect((await download(early.url)).status).to.equal(200);
        clockOffset = 301_000;
        await expectRefused(late.url, 410);
      } finally {
        clockOffset = 0;
      }
    });

    it('refuses an expired token signed with the server key (410)', async () => {
      const now = Math.floor(Date.now() / 1000);
      const expired = signExportToken(server.app.deps.config.jwtSecret, {
        jti: 'test-link-0000000001',
        kind: ReportKind.AUDIT_TRAIL,
        format: ExportFormat.CSV,
        filters: {},
        uid: 1,
        sid: 'test-session',
        iat: now - 600,
        exp: now - 300,
      });
      await expectRefused(`${server.url}/api/exports/${expired}`, 410);
    });

    describe('ends with the rights of the administrator who made it (checked at download)', () => {
      const LOGIN = 'mutation($input: LoginInput!) { login(input: $input) { accessToken refreshToken } }';
      const CREATE_USER = 'mutation($input: CreateUserInput!) { createUser(input: $input) { id } }';
      let created = 0;

      /** A session of its own (a fresh sign-in): ending it must not end the suite's shared tokens. */
      async function signIn(
        nik: string,
        password: string,
      ): Promise<{ accessToken: string; refreshToken: string }> {
        const data = await server.ok<{ login: { accessToken: string; refreshToken: string } }>(LOGIN, {
          input: { nik, password, clientType: 'MOBILE' },
        });
        return data.login;
      }

      /** Another administrator, made by ADM001 (who may then deactivate or demote them), signed in. */
      async function anotherAdministrator(): Promise<{ id: number; accessToken: string }> {
        created += 1;
        const nik = `EXPADM${created}`;
        const password = 'export-admin-password-1';
        const { createUser } = await server.ok<{ createUser: { id: number } }>(
          CREATE_USER,
          {
            input: {
              nomorIndukKaryawan: nik,
              namaLengkap: `Export Admin ${created}`,
              password,
              role: 'ADMINISTRATOR',
            },
          },
          { token: t.admin },
        );
        // Past the first sign-in's password change, which is not what these tests are about.
        await server.sql(
          'UPDATE users SET must_change_password = false WHERE id = (SELECT user_id FROM master_karyawan WHERE id = $1)',
          [createUser.id],
        );
        return { id: createUser.id, accessToken: (await signIn(nik, password)).accessToken };
      }

      async function linkBy(token: string): Promise<ExportLink> {
        const data = await server.run(
          ExportReportDocument,
          { input: { kind: 'AUDIT_TRAIL', format: 'CSV' } },
          { token },
        );
        return data.exportReport;
      }

      it('is refused (403) once its session signed out; a link of another session still works, once', async () => {
        const ended = await signIn('ADM001', 'admin123');
        const other = await signIn('ADM001', 'admin123');
        const endedLink = await linkBy(ended.accessToken);
        const otherLink = await linkBy(other.accessToken);
        await server.ok(
          'mutation($r: String) { logout(refreshToken: $r) }',
          { r: ended.refreshToken },
          {
            token: ended.accessToken,
          },
        );
        const refusal = await expectRefused(endedLink.url, 403);
        expect(refusal).to.deep.equal({
          code: 'FORBIDDEN',
          message:
            'This export link ended with the session that made it (signed out); sign in and export the report again',
        });
        const response = await download(otherLink.url);
        expect(response.status).to.equal(200);
        expect(response.body.toString('utf8')).to.include('ORDER_');
        // Still single use.
        expect((await expectRefused(otherLink.url, 410)).message).to.match(/already used/);
      });

      it('is refused (403) once its maker is deactivated', async () => {
        const maker = await anotherAdministrator();
        const exportLink = await linkBy(maker.accessToken);
        await server.ok(
          'mutation($id: Int!) { updateUserStatus(id: $id, isActive: false) { id } }',
          { id: maker.id },
          { token: t.admin },
        );
        expect(await expectRefused(exportLink.url, 403)).to.deep.equal({
          code: 'FORBIDDEN',
          message: 'This export link ended: the account that made it is deactivated',
        });
      });

      it('is refused (403) once its maker is no longer an administrator', async () => {
        const maker = await anotherAdministrator();
        const kept = await linkBy(maker.accessToken);
        const exportLink = await linkBy(maker.accessToken);
        // Still an administrator: a link of theirs works.
        expect((await download(kept.url)).status).to.equal(200);
        await server.ok(
          'mutation($id: Int!) { updateUserRole(id: $id, role: DAPUR) { id } }',
          { id: maker.id },
          { token: t.admin },
        );
        expect(await expectRefused(exportLink.url, 403)).to.deep.equal({
          code: 'FORBIDDEN',
          message: 'This export link ended: the account that made it is no longer an administrator',
        });
      });
    });
  });
});

describe('report exports at scale', function () {
  this.timeout(180_000);
  const ROWS = 100_000;
  let server: TestServer;
  let t: Awaited<ReturnType<TestServer['tokens']>>;

  before(async () => {
    server = await startTestServer();
    t = await server.tokens();
    await server.sql(
      `INSERT INTO log_audit_trail (user_id, aksi, detail, "timestamp")
       SELECT NULL, 'ORDER_STATUS_CHANGED',
              'Order PM-20251001-' || lpad(n::text, 6, '0') || ' status changed: MENUNGGU -> IN_PROGRESS; ' || repeat('x', 80),
              timestamptz '2025-10-01 00:00:00+00' + n * interval '1 second'
         FROM generate_series(1, $1) AS n`,
      [ROWS],
    );
    // Fresh statistics, as autovacuum would gather after a bulk load: the keyset batches then read the index.
    await server.sql('ANALYZE log_audit_trail');
  });
  after(() => server.dispose());

  it(`streams ${ROWS.toLocaleString('en')} audit rows in batches, pausing while the client does not read`, async () => {
    const data = await server.run(
      ExportReportDocument,
      { input: { kind: 'AUDIT_TRAIL', format: 'CSV', aksi: 'ORDER_STATUS_CHANGED' } },
      { token: t.admin },
    );
    const before = statementCount(server.dataSource);
    const response = await new Promise<http.IncomingMessage>((resolve, reject) =>
      http.get(data.exportReport.url, resolve).on('error', reject),
    );
    expect(response.statusCode).to.equal(200);
    response.pause();
    // Leave the response unread until the server stops fetching: it must stop well before the end.
    let stalled = statementCount(server.dataSource) - before;
    for (let quiet = 0; quiet < 5;) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      const now = statementCount(server.dataSource) - before;
      quiet = now === stalled ? quiet + 1 : 0;
      stalled = now;
    }
    const batches = Math.ceil(ROWS / 1000);
    expect(stalled, 'batches fetched while the client was not reading').to.be.lessThan(batches / 2);

    let lines = 0;
    let bytes = 0;
    let tail = '';
    response.setEncoding('utf8');
    for await (const chunk of response as AsyncIterable<string>) {
      bytes += chunk.length;
      const text = tail + chunk;
      const parts = text.split('\r\n');
      tail = parts.pop() ?? '';
      lines += parts.length;
    }
    expect(tail).to.equal('');
    expect(lines).to.equal(ROWS + 1);
    expect(bytes).to.be.greaterThan(ROWS * 100);
    expect(statementCount(server.dataSource) - before).to.be.at.least(batches);
  });
});

describe('PDF layout threads (PDF_THREADS)', function () {
  this.timeout(120_000);

  /** A gauge of a server's /api/metrics. */
  async function gauge(server: TestServer, name: string): Promise<number> {
    const text = await (await fetch(`${server.url}/api/metrics`)).text();
    const match = new RegExp(`^${name} (\\S+)$`, 'm').exec(text);
    if (!match) throw new Error(`no ${name} in /api/metrics`);
    return Number(match[1]);
  }

  /**
   * Three PDF exports requested and downloaded together from a server with PDF_THREADS=`threads` (and room for
   * three downloads at once: the bound under test is the threads'); the most layout threads alive at once.
   */
  async function peakOfThreeExports(threads: number): Promise<number> {
    const server = await startTestServer({ env: { PDF_THREADS: String(threads), EXPORT_CONCURRENCY: '4' } });
    try {
      const t = await server.tokens();
      // Enough rows that a layout takes a while: layouts running side by side are alive at the same time.
      await server.sql(
        `INSERT INTO log_audit_trail (user_id, aksi, detail, "timestamp")
         SELECT NULL, 'ORDER_STATUS_CHANGED', 'Order PM-20251001-' || lpad(n::text, 6, '0') || ' status changed',
                timestamptz '2025-10-01 00:00:00+00' + n * interval '1 second'
           FROM generate_series(1, 1000) AS n`,
      );
      expect(await gauge(server, 'pdf_layout_threads_peak')).to.equal(0);
      const links = await Promise.all(
        [1, 2, 3].map(
          async () =>
            (
              await server.run(
                ExportReportDocument,
                { input: { kind: 'AUDIT_TRAIL', format: 'PDF' } },
                { token: t.admin },
              )
            ).exportReport,
        ),
      );
      const downloads = await Promise.all(
        links.map(async (exportLink) => {
          const response = await fetch(exportLink.url);
          return { status: response.status, body: Buffer.from(await response.arrayBuffer()) };
        }),
      );
      for (const download of downloads) {
        expect(download.status).to.equal(200);
        expect(download.body.subarray(0, 5).toString('latin1')).to.equal('%PDF-');
        expect(download.body.subarray(-6).toString('latin1')).to.match(/%%EOF\s*$/);
      }
      // None is left once the downloads are over.
      for (let tries = 0; (await gauge(server, 'pdf_layout_threads')) > 0; tries += 1) {
        if (tries > 100) throw new Error('a layout thread outlived its download');
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      return await gauge(server, 'pdf_layout_threads_peak');
    } finally {
      await server.dispose();
    }
  }

  it('keeps at most PDF_THREADS=1 layout thread alive while three PDF exports are downloaded together', async () => {
    // Every layout ran in a thread of its own, one after another: never two alive at once.
    expect(await peakOfThreeExports(1)).to.equal(1);
  });

  it('runs PDF_THREADS=2 layouts side by side, never a third (the setting is read, whatever the CPUs)', async () => {
    expect(await peakOfThreeExports(2)).to.equal(2);
  });
});
