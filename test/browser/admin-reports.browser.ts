// The administrators' reports and audit trail in Chromium against the real server: orders arranged through the API
// (three departments, two shifts, three dates, every status, rejection and edit requests decided both ways), then
// every chart's numbers (read from its table alternative, and the bar labels drawn in the chart) against the same
// report query with the same filters, a filtered CSV export against the rows shown, an order's history by its code,
// a person's actions by NIK, and axe-core on each screen in both languages and themes.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { expect } from 'chai';
import type { Browser, Page } from 'puppeteer-core';
import { freePort } from '../../src/db/embedded-postgres';
import { cloneTemplateDatabase } from '../helpers/global';
import { gql, jakartaDate, login, SEED } from './api';
import { ARTIFACTS, axeViolations, launchChromium, openScreen, Screen, signIn, waitFor } from './pages';
import { ServerProcess, serverProcess } from './server-process';

const DESKTOP = { width: 1440, height: 900 };

/** A number as the Indonesian screen writes it ("1.234", "33,33%", "0,05 mnt"); null for the dash. */
function idNumber(text: string): number | null {
  const cleaned = text.replace(/\s*(mnt|%)\s*$/, '').trim();
  if (cleaned === '—') return null;
  return Number(cleaned.replace(/\./g, '').replace(',', '.'));
}

/** The rows of a table on screen: its row key (a data attribute) and every [data-field] cell as a number. */
async function tableRows(
  page: Page,
  selector: string,
  key: string,
): Promise<{ key: string; name: string; cells: Record<string, string> }[]> {
  return page.$$eval(
    `${selector} tbody tr`,
    (rows, k) =>
      rows.map((row) => ({
        key: (row as HTMLElement).dataset[k] ?? '',
        name: row.querySelector('th')?.textContent ?? '',
        cells: Object.fromEntries(
          [...row.querySelectorAll<HTMLElement>('[data-field]')].map((cell) => [
            cell.dataset.field ?? '',
            cell.dataset.value ?? cell.textContent ?? '',
          ]),
        ),
      })),
    key,
  );
}

function numbers(cells: Record<string, string>): Record<string, number | null> {
  return Object.fromEntries(Object.entries(cells).map(([field, text]) => [field, idNumber(text)]));
}

const PERFORMANCE = `count avgTotalDurationMinutes avgProcessingTimeMinutes avgPreparationTimeMinutes avgDeliveryTimeMinutes`;

describe('the administrators’ reports and audit trail (Chromium)', function () {
  this.timeout(120_000);
  let server: ServerProcess;
  let dropDatabase: () => Promise<void>;
  let browser: Browser;
  let admin: string;
  let screen: Screen;
  const days = [jakartaDate(1), jakartaDate(2), jakartaDate(9)];
  const codes: string[] = [];

  const api = <T>(query: string, variables: Record<string, unknown> = {}, token = admin) =>
    gql<T>(server.url, query, variables, token);

  async function order(token: string, tanggal: string, shiftId: number, jumlah: number) {
    const { createOrder } = await api<{ createOrder: { id: number; kodePesanan: string } }>(
      'mutation ($input: CreateOrderInput!) { createOrder(input: $input) { id kodePesanan } }',
      { input: { shiftId, jumlahPesanan: jumlah, tanggalPesanan: tanggal } },
      token,
    );
    codes.push(createOrder.kodePesanan);
    return createOrder;
  }

  async function move(id: number, statuses: string[], tokens: Record<string, string>) {
    for (const status of statuses)
      await api(
        'mutation ($id: Int!, $status: OrderStatus!) { updateOrderStatus(id: $id, status: $status) { id } }',
        { id, status },
        status === 'ON_DELIVERY' || status === 'COMPLETE' ? tokens.delivery : tokens.dapur,
      );
  }

  async function open(route: string, waitFor: string): Promise<void> {
    await screen.page.goto(`${server.url}${route}`);
    await screen.page.waitForSelector(waitFor, { timeout: 10_000 });
  }

  before(async () => {
    const database = await cloneTemplateDatabase('packmeal_browser_admin_reports');
    dropDatabase = database.drop;
    server = serverProcess(await freePort(), database.url);
    await server.start();
    browser = await launchChromium();
    admin = await login(server.url, 'admin');
    const tokens = {
      dapur: await login(server.url, 'dapur'),
      delivery: await login(server.url, 'delivery'),
    };
    // Three ordering departments: Human Resources (EMP001, EMP002), Operations and IT (two new employees).
    const { departments } = await api<{ departments: { id: number; namaDivisi: string }[] }>(
      '{ departments { id namaDivisi } }',
    );
    const departmentId = (name: string) => departments.find((d) => d.namaDivisi === name)?.id;
    for (const [nik, name, department] of [
      ['OPS101', 'Operator Satu', 'Operations'],
      ['ITS101', 'Teknisi Satu', 'IT Department'],
    ])
      await api('mutation ($input: CreateUserInput!) { createUser(input: $input) { id } }', {
        input: {
          nomorIndukKaryawan: nik,
          namaLengkap: name,
          password: 'rahasia-123',
          role: 'EMPLOYEE',
          departmentId: departmentId(department),
        },
      });
    const signInAs = async (nik: string, password: string) =>
      (
        await api<{ login: { accessToken: string } }>(
          'mutation ($nik: String!, $password: String!) { login(input: {nik: $nik, password: $password, clientType: MOBILE}) { accessToken } }',
          { nik, password },
          undefined,
        )
      ).login.accessToken;
    const people = [
      await login(server.url, 'employee'),
      await signInAs('EMP002', SEED.employee.password),
      await signInAs('OPS101', 'rahasia-123'),
      await signInAs('ITS101', 'rahasia-123'),
    ];
    // 24 orders: person × date × shift, quantities 1..24; then statuses by position.
    let n = 0;
    const made: { id: number; kodePesanan: string; n: number }[] = [];
    for (const token of people)
      for (const day of days)
        for (const shiftId of [1, 2]) {
          n += 1;
          made.push({ ...(await order(token, day, shiftId, n)), n });
        }
    for (const { id, n: k } of made) {
      if (k % 6 === 0) await move(id, ['IN_PROGRESS', 'READY', 'ON_DELIVERY', 'COMPLETE'], tokens);
      else if (k % 6 === 1) await move(id, ['IN_PROGRESS', 'READY', 'ON_DELIVERY', 'COMPLETE'], tokens);
      else if (k % 6 === 2) await move(id, ['IN_PROGRESS', 'READY'], tokens);
      else if (k % 6 === 3) await move(id, ['IN_PROGRESS'], tokens);
    }
    const pick = (k: number) => made[k - 1].id;
    // An override to COMPLETE (no waktuDiproses), a cancellation, rejection and edit requests decided both ways.
    await api(
      'mutation ($id: Int!) { updateOrderStatus(id: $id, status: COMPLETE, catatan: "Selesai manual oleh admin") { id } }',
      {
        id: pick(5),
      },
    );
    await api('mutation ($id: Int!) { cancelOrder(id: $id, alasan: "Rapat dibatalkan mendadak") { id } }', {
      id: pick(11),
    });
    const reject = (k: number) =>
      api(
        'mutation ($id: Int!) { requestOrderRejection(id: $id, catatanDapur: "Bahan habis untuk shift ini") { id } }',
        { id: pick(k) },
        tokens.dapur,
      );
    const edit = (k: number, to: number) =>
      api(
        'mutation ($id: Int!, $to: Int!) { requestOrderEdit(id: $id, jumlahPesananBaru: $to, catatanDapur: "Porsi dikurangi karena stok") { id } }',
        { id: pick(k), to },
        tokens.dapur,
      );
    const decide = (k: number, decision: string) =>
      api(
        'mutation ($id: Int!, $decision: ApprovalDecision!) { decideApproval(id: $id, decision: $decision, catatanAdmin: "Sudah dicek admin") { id } }',
        { id: pick(k), decision },
      );
    await reject(16);
    await decide(16, 'APPROVED');
    await reject(17);
    await decide(17, 'REJECTED');
    await reject(22);
    await edit(23, 3);
    await decide(23, 'APPROVED');
    await edit(10, 2);
  });

  beforeEach(async () => {
    screen = await openScreen(browser, 'about:blank', DESKTOP);
    await screen.page.setBypassCSP(true);
    await screen.page.goto(server.url);
    await signIn(screen, 'admin');
  });

  afterEach(async () => {
    await screen?.page.browserContext().close();
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
    await dropDatabase?.();
  });

  it('consumption: the line chart’s numbers equal consumptionReport for the filters in the address (daily, weekly by shift, monthly)', async () => {
    const { page } = screen;
    const cases = [
      { route: '/admin/reports', filter: {}, groupBy: 'DAILY' },
      { route: '/admin/reports?groupBy=WEEKLY&shift=1', filter: { shiftId: 1 }, groupBy: 'WEEKLY' },
      {
        route: `/admin/reports?groupBy=MONTHLY&from=${days[0]}&to=${days[2]}&status=COMPLETE`,
        filter: { tanggalMulai: days[0], tanggalAkhir: days[2], status: 'COMPLETE' },
        groupBy: 'MONTHLY',
      },
    ];
    for (const { route, filter, groupBy } of cases) {
      await open(route, '#consumption-table tbody tr');
      const { consumptionReport } = await api<{
        consumptionReport: { period: string; totalOrders: number; totalMeals: number }[];
      }>(
        'query ($filter: ReportFilter, $groupBy: ReportGroupBy) { consumptionReport(filter: $filter, groupBy: $groupBy) { period totalOrders totalMeals } }',
        { filter, groupBy },
      );
      expect(consumptionReport.length, route).to.be.greaterThan(0);
      if (groupBy === 'DAILY') {
        // 24 orders of 1..24 meals, less the cancelled one (11) and the approved rejection (16); the approved edit
        // made 23 meals 3, the pending one asks 2 instead of 10 (the order carries the asked quantity meanwhile).
        expect(consumptionReport.map((row) => row.period)).to.deep.equal(days);
        const sum = (field: 'totalOrders' | 'totalMeals') =>
          consumptionReport.reduce((total, row) => total + row[field], 0);
        expect([sum('totalOrders'), sum('totalMeals')]).to.deep.equal([
          22,
          300 - 11 - 16 - (23 - 3) - (10 - 2),
        ]);
      }
      const shown = (await tableRows(page, '#consumption-table', 'period')).map((row) => ({
        period: row.key,
        ...numbers(row.cells),
      }));
      expect(shown, route).to.deep.equal(consumptionReport);
      // The line chart draws one point per period of each of its two lines.
      const dots = await page.$$eval('#consumption-report .recharts-line-dots', (lines) =>
        lines.map((line) => line.querySelectorAll('.recharts-line-dot, circle').length),
      );
      expect(dots, route).to.deep.equal([consumptionReport.length, consumptionReport.length]);
    }
    // Choosing filters on screen writes them into the address and asks the API with them.
    await open('/admin/reports', '#consumption-table tbody tr');
    await page.select('#report-groupBy', 'WEEKLY');
    await page.select('#report-shift', '2');
    await waitFor(
      screen,
      () => location.search.includes('groupBy=WEEKLY') && location.search.includes('shift=2'),
      5_000,
      'the filters in the address',
    );
    await waitFor(
      screen,
      () => document.querySelector('#consumption-report')?.getAttribute('aria-busy') === 'false',
      5_000,
      'the weekly report',
    );
    const { consumptionReport: weekly } = await api<{
      consumptionReport: { period: string; totalOrders: number; totalMeals: number }[];
    }>(
      'query { consumptionReport(filter: {shiftId: 2}, groupBy: WEEKLY) { period totalOrders totalMeals } }',
    );
    const shownWeekly = (await tableRows(page, '#consumption-table', 'period')).map((row) => ({
      period: row.key,
      ...numbers(row.cells),
    }));
    expect(shownWeekly).to.deep.equal(weekly);
  });

  it('per department: the bar labels and the table equal departmentReport, and the CSV export holds exactly the rows shown', async () => {
    const { page } = screen;
    const filter = { tanggalMulai: days[0], tanggalAkhir: days[1], shiftId: 1 };
    await open(
      `/admin/reports?report=department&from=${days[0]}&to=${days[1]}&shift=1`,
      '#department-table tbody tr',
    );
    const { departmentReport } = await api<{
      departmentReport: {
        departmentId: number;
        departmentName: string;
        totalOrders: number;
        totalMeals: number;
        percentage: number;
      }[];
    }>(
      'query ($filter: ReportFilter) { departmentReport(filter: $filter) { departmentId departmentName totalOrders totalMeals percentage } }',
      { filter },
    );
    expect(departmentReport.map((row) => row.departmentName)).to.have.members([
      'Human Resources',
      'Operations',
      'IT Department',
    ]);
    const shown = (await tableRows(page, '#department-table', 'department')).map((row) => {
      const { totalOrders, totalMeals, percentage } = numbers(row.cells);
      return { departmentId: Number(row.key), departmentName: row.name, totalOrders, totalMeals, percentage };
    });
    expect(shown).to.deep.equal(departmentReport);
    const labels = await page.$$eval('#department-report .recharts-label-list text', (texts) =>
      texts.map((text) => text.textContent ?? ''),
    );
    expect(labels.map(idNumber)).to.deep.equal(departmentReport.map((row) => row.totalMeals));

    // Export CSV from the screen: the browser downloads the API's single-use link; parse the file it saved.
    const downloads = fs.mkdtempSync(path.join(os.tmpdir(), 'packmeal-export-'));
    const cdp = await browser.target().createCDPSession();
    await cdp.send('Browser.setDownloadBehavior', {
      behavior: 'allow',
      downloadPath: downloads,
      browserContextId: page.browserContext().id,
      eventsEnabled: true,
    });
    const exported = page.waitForResponse(
      // The app sends a document's id and operation name, not its text.
      (r) =>
        r.url().includes('/graphql') && /"operationName":"ExportReport"/.test(r.request().postData() ?? ''),
    );
    await page.click('#export-csv');
    const link = (
      (await (await exported).json()) as { data: { exportReport: { url: string; filename: string } } }
    ).data.exportReport;
    expect(link.url).to.match(/\/api\/exports\/[^/]+$/);
    expect(link.filename).to.match(/^department-report-\d{8}-\d{6}\.csv$/);
    await page.waitForSelector(`#export-ready[data-filename="${link.filename}"]`, { timeout: 5_000 });
    const file = path.join(downloads, link.filename);
    for (let waited = 0; !fs.existsSync(file) && waited < 10_000; waited += 100)
      await new Promise((resolve) => setTimeout(resolve, 100));
    const saved = fs.readFileSync(file, 'utf8');
    fs.rmSync(downloads, { recursive: true, force: true });
    // The link was spent by the browser's download: a second use is refused.
    expect((await fetch(link.url)).status).to.equal(410);
    const csv = parse(saved, { bom: true, columns: true }) as Record<string, string>[];
    expect(csv).to.deep.equal(
      shown.map((row) => ({
        'Department ID': String(row.departmentId),
        Department: row.departmentName,
        'Total orders': String(row.totalOrders),
        'Total meals': String(row.totalMeals),
        Percentage: String(row.percentage),
      })),
    );
  });

  it('performance: the figures and both charts’ tables equal performanceReport, nulls shown as a dash', async () => {
    const { page } = screen;
    await open('/admin/reports?report=performance', '#performance-overall');
    const { performanceReport: report } = await api<{
      performanceReport: {
        overall: Record<string, number | null>;
        byDepartment: ({ departmentId: number } & Record<string, number | null>)[];
        byShift: ({ shiftId: number } & Record<string, number | null>)[];
      };
    }>(
      `{ performanceReport { overall { ${PERFORMANCE} } byDepartment { departmentId ${PERFORMANCE} } byShift { shiftId ${PERFORMANCE} } } }`,
    );
    expect(report.overall.count).to.equal(9);
    const overall = await page.$$eval('#performance-overall [data-field]', (figures) =>
      figures.map((f) => [(f as HTMLElement).dataset.field, f.querySelector('dd')?.textContent ?? '']),
    );
    expect(Object.fromEntries(overall.map(([field, text]) => [field, idNumber(text ?? '')]))).to.deep.equal(
      report.overall,
    );
    const byDepartment = (await tableRows(page, '#performance-department-table', 'key')).map((row) => ({
      departmentId: Number(row.key),
      ...numbers(row.cells),
    }));
    expect(byDepartment).to.deep.equal(report.byDepartment);
    const byShift = (await tableRows(page, '#performance-shift-table', 'key')).map((row) => ({
      shiftId: Number(row.key),
      ...numbers(row.cells),
    }));
    expect(byShift).to.deep.equal(report.byShift);
    // Two bar charts of four averages each, one bar per row (recharts leaves out a bar whose value is null).
    const bars = await page.$$eval('#performance-report .recharts-bar', (groups) => groups.length);
    expect(bars).to.equal(8);
  });

  it('rejections and edits: the table equals rejectionReport for a decision filter, newest first', async () => {
    const { page } = screen;
    for (const approval of ['', 'APPROVED', 'PENDING']) {
      await open(
        `/admin/reports?report=rejections${approval ? `&approval=${approval}` : ''}`,
        '#rejections-table tbody tr',
      );
      const { rejectionReport } = await api<{
        rejectionReport: {
          total: number;
          items: { requestType: string; approvalStatus: string; order: { kodePesanan: string } }[];
        };
      }>(
        'query ($filter: RejectionReportFilter) { rejectionReport(filter: $filter, limit: 20) { total items { requestType approvalStatus order { kodePesanan } } } }',
        { filter: approval ? { approvalStatus: approval } : {} },
      );
      const shown = (await tableRows(page, '#rejections-table', 'kode')).map((row) => ({
        kode: row.key,
        requestType: row.cells.requestType,
        approvalStatus: row.cells.approvalStatus,
      }));
      expect(
        shown.map((row) => `${row.kode} ${row.requestType} ${row.approvalStatus}`),
        approval,
      ).to.deep.equal(
        rejectionReport.items.map((i) => `${i.order.kodePesanan} ${i.requestType} ${i.approvalStatus}`),
      );
      expect(rejectionReport.total, approval).to.equal({ '': 5, APPROVED: 2, PENDING: 2 }[approval]);
    }
  });

  it('audit trail: an order’s whole history by its code, and a person’s actions by NIK', async () => {
    const { page } = screen;
    const kode = codes[0]; // created, accepted, ready, picked up, delivered
    await open('/admin/audit', '#audit-table tbody tr');
    await page.type('#audit-kode', kode);
    await page.click('#audit-history');
    await page.waitForSelector(`#order-history[data-kode="${kode}"] #history-table tbody tr`, {
      timeout: 5_000,
    });
    expect(new URL(page.url()).searchParams.get('kode')).to.equal(kode);
    const { orderHistory } = await api<{ orderHistory: { id: string; aksi: string }[] }>(
      'query ($kode: String!) { orderHistory(kodePesanan: $kode) { id aksi } }',
      { kode },
    );
    expect(orderHistory.map((row) => row.aksi)).to.deep.equal([
      'ORDER_CREATED',
      'ORDER_STATUS_CHANGED',
      'ORDER_STATUS_CHANGED',
      'ORDER_STATUS_CHANGED',
      'ORDER_STATUS_CHANGED',
    ]);
    const history = await page.$$eval('#history-table tbody tr', (rows) =>
      rows.map((row) => `${(row as HTMLElement).dataset.id} ${(row as HTMLElement).dataset.aksi}`),
    );
    expect(history).to.deep.equal(orderHistory.map((row) => `${row.id} ${row.aksi}`));

    // Back to the trail; the kitchen's actions by NIK (the kitchen accepted and readied 14 orders, asked 4 times).
    await page.click('#audit-back');
    await page.waitForSelector('#audit-table tbody tr', { timeout: 5_000 });
    await page.type('#audit-nik', 'KIT001');
    await page.click('#audit-apply');
    await waitFor(screen, () => location.search.includes('nik=KIT001'), 5_000, 'nik in the address');
    // What the API answers for that filter, then the screen showing exactly those rows: while the new page loads
    // the table may be empty, and "every row is KIT001's" holds for no rows at all.
    const { auditTrail } = await api<{
      auditTrail: { total: number; items: { id: string; aksi: string }[] };
    }>('query { auditTrail(filter: {nik: "KIT001"}, limit: 50) { total items { id aksi } } }');
    const expected = auditTrail.items.map((row) => `${row.id} ${row.aksi}`);
    await waitFor(
      screen,
      (wanted: string[]) => {
        const shown = [...document.querySelectorAll<HTMLElement>('#audit-table tbody tr')];
        return (
          shown.length === wanted.length &&
          shown.every(
            (row, i) => row.dataset.nik === 'KIT001' && `${row.dataset.id} ${row.dataset.aksi}` === wanted[i],
          )
        );
      },
      5_000,
      'KIT001’s rows, as the API lists them',
      expected,
    );
    const rows = await page.$$eval('#audit-table tbody tr', (trs) =>
      trs.map((row) => `${(row as HTMLElement).dataset.id} ${(row as HTMLElement).dataset.aksi}`),
    );
    expect(rows).to.deep.equal(auditTrail.items.map((row) => `${row.id} ${row.aksi}`));
    // 16 orders accepted, 12 of them made ready, 5 moved to awaiting approval by the kitchen's requests.
    expect(auditTrail.items.filter((row) => row.aksi === 'ORDER_STATUS_CHANGED')).to.have.length(16 + 12 + 5);
    expect(await page.$eval('#audit-count', (p) => p.textContent)).to.equal(`${auditTrail.total} catatan`);
    // And one action of that person, from the action list.
    await page.select('#audit-aksi', 'ORDER_REJECTION_REQUESTED');
    await waitFor(
      screen,
      () =>
        [...document.querySelectorAll<HTMLElement>('#audit-table tbody tr')].length === 3 &&
        [...document.querySelectorAll<HTMLElement>('#audit-table tbody tr')].every(
          (row) => row.dataset.aksi === 'ORDER_REJECTION_REQUESTED',
        ),
      5_000,
      'KIT001’s three rejection requests',
    );
    expect(new URL(page.url()).searchParams.get('aksi')).to.equal('ORDER_REJECTION_REQUESTED');
  });

  it('has no serious or critical axe-core violation on the reports and the audit trail, both languages and themes', async () => {
    const { page } = screen;
    const found: string[] = [];
    const routes = [
      ['/admin/reports', '#consumption-table'],
      ['/admin/reports?report=department', '#department-table'],
      ['/admin/reports?report=performance', '#performance-shift-table'],
      ['/admin/reports?report=rejections', '#rejections-table'],
      ['/admin/audit', '#audit-table'],
      [`/admin/audit?kode=${codes[0]}`, '#history-table'],
    ];
    for (const locale of ['id', 'en'])
      for (const theme of ['light', 'dark']) {
        await page.evaluate(
          (l: string, t: string) => {
            localStorage.setItem('packmeal.locale', l);
            localStorage.setItem('packmeal.theme', t);
          },
          locale,
          theme,
        );
        for (const [route, ready] of routes) {
          await open(route, ready);
          for (const violation of await axeViolations(page))
            found.push(`${route} ${locale} ${theme}: ${violation}`);
        }
      }
    expect(found).to.deep.equal([]);
    // The README's picture of a report, in Indonesian.
    await page.evaluate(() => {
      localStorage.setItem('packmeal.locale', 'id');
      localStorage.setItem('packmeal.theme', 'light');
    });
    await open(`/admin/reports?report=department&from=${days[0]}&to=${days[2]}`, '#department-table');
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: `${ARTIFACTS}/app-admin-report.png` });
  });
});
