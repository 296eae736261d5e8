// The administrators' dashboard, all orders and approval center in Chromium against the real server process: a
// kitchen's request reaches the approval center live and the decision reaches the kitchen's board and the
// employee's phone; the list shows exactly the API's rows for the same filters and pages; override and cancel with
// their mandatory note and reason; the dashboard's figures are the API's and link to their lists; ordering as an
// administrator after the cut-off is marked late; the first run on an empty database leads to master data; axe.
import { expect } from 'chai';
import { Client } from 'pg';
import type { Browser, Page } from 'puppeteer-core';
import { freePort } from '../../src/db/embedded-postgres';
import { cloneTemplateDatabase } from '../helpers/global';
import { gql, jakartaDate, login, requestRejection, setStatus } from './api';
import {
  axeViolations,
  launchChromium,
  openScreen,
  Screen,
  signIn,
  text,
  waitFor,
  waitForCard,
  waitForText,
} from './pages';
import { ServerProcess, serverProcess } from './server-process';

const DESKTOP = { width: 1440, height: 1000 };
const PHONE = { width: 390, height: 844 };

interface Row {
  id: number;
  kodePesanan: string;
  statusPesanan: string;
}

/** The orders table's rows as "kode status" lines, in the order shown. */
function tableRows(page: Page): Promise<string[]> {
  return page.$$eval('#orders-table tbody tr', (rows) =>
    rows.map((row) => `${(row as HTMLElement).dataset.kode} ${(row as HTMLElement).dataset.status}`),
  );
}

describe("the administrators' dashboard, orders and approval center (Chromium)", function () {
  this.timeout(90_000);
  let server: ServerProcess;
  let databaseUrl: string;
  let dropDatabase: () => Promise<void>;
  let browser: Browser;
  let admin: string;
  let kitchen: string;
  let employee: string;
  const screens: Screen[] = [];

  async function screen(url: string, viewport = DESKTOP, bypassCsp = false): Promise<Screen> {
    const opened = await openScreen(browser, 'about:blank', viewport);
    if (bypassCsp) await opened.page.setBypassCSP(true);
    await opened.page.goto(url);
    screens.push(opened);
    return opened;
  }

  async function order(token: string, tanggal: string, shiftId = 1, jumlah = 2): Promise<Row> {
    const data = await gql<{ createOrder: Row }>(
      server.url,
      'mutation ($input: CreateOrderInput!) { createOrder(input: $input) { id kodePesanan statusPesanan } }',
      { input: { shiftId, jumlahPesanan: jumlah, tanggalPesanan: tanggal } },
      token,
    );
    return data.createOrder;
  }

  /** One page of the API's orders for a filter (limit 20, as the screen asks), as "kode status" lines. */
  async function apiRows(
    filter: Record<string, unknown>,
    page = 1,
  ): Promise<{ rows: string[]; total: number }> {
    const data = await gql<{ orders: { items: Row[]; total: number } }>(
      server.url,
      'query ($filter: OrderFilter, $page: Int!) { orders(filter: $filter, page: $page, limit: 20) { items { id kodePesanan statusPesanan } total } }',
      { filter, page },
      admin,
    );
    return {
      rows: data.orders.items.map((o) => `${o.kodePesanan} ${o.statusPesanan}`),
      total: data.orders.total,
    };
  }

  async function orderNow(id: number) {
    const data = await gql<{
      order: {
        statusPesanan: string;
        catatanAdmin: string | null;
        alasanPembatalan: string | null;
        waktuDibatalkan: string | null;
      };
    }>(
      server.url,
      'query ($id: Int!) { order(id: $id) { statusPesanan catatanAdmin alasanPembatalan waktuDibatalkan } }',
      { id },
      admin,
    );
    return data.order;
  }

  before(async () => {
    const database = await cloneTemplateDatabase('packmeal_browser_admin_orders');
    databaseUrl = database.url;
    dropDatabase = database.drop;
    server = serverProcess(await freePort(), databaseUrl);
    await server.start();
    browser = await launchChromium();
    admin = await login(server.url, 'admin');
    kitchen = await login(server.url, 'dapur');
    employee = await login(server.url, 'employee');
  });

  afterEach(async () => {
    for (const opened of screens.splice(0)) await opened.page.browserContext().close();
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
    await dropDatabase?.();
  });

  it("shows a kitchen's rejection request live; approving it with a note moves the order to Ditolak on the kitchen's board and the employee's phone", async () => {
    const today = jakartaDate(0);
    const placed = await order(employee, today, 1, 3);
    await setStatus(server.url, kitchen, placed.id, 'IN_PROGRESS');

    const center = await screen(`${server.url}/admin/approvals`);
    await signIn(center, 'admin');
    await center.page.waitForSelector('#approvals-count', { timeout: 10_000 });
    const board = await screen(`${server.url}/board`, { width: 1920, height: 1080 });
    await signIn(board, 'dapur');
    await waitForCard(board, placed.kodePesanan, 'IN_PROGRESS');
    const phone = await screen(`${server.url}/orders/${placed.id}`, PHONE);
    await signIn(phone, 'employee');
    await phone.page.waitForSelector(`.order-detail[data-status="IN_PROGRESS"]`, { timeout: 10_000 });

    const kitchenNote = 'Bahan lauk habis untuk shift ini';
    await requestRejection(server.url, kitchen, placed.id, kitchenNote);
    const request = `.admin-approvals-request[data-kode="${placed.kodePesanan}"]`;
    await center.page.waitForSelector(request, { timeout: 5_000 });
    // The status before the request comes from the order's audit history: the kitchen had accepted it.
    await center.page.waitForSelector(`${request} .admin-approvals-previous[data-previous="IN_PROGRESS"]`, {
      timeout: 5_000,
    });
    const card = await center.page.$eval(request, (el) => (el as HTMLElement).innerText);
    expect(card).to.include('Permintaan penolakan');
    expect(card).to.include(`“${kitchenNote}” — Kitchen Staff`);
    expect(card).to.include('3 porsi');
    expect(card).to.include('Status sebelum permintaan\nDiproses');
    await waitForCard(board, placed.kodePesanan, 'MENUNGGU_PERSETUJUAN');

    const adminNote = 'Disetujui: stok memang habis';
    await center.page.type(`${request} textarea`, adminNote);
    await center.page.click(`${request} .admin-approvals-approve`);
    // The kitchen's board loses the card (DITOLAK is outside its columns), the phone shows Ditolak: no reload.
    await waitForCard(board, placed.kodePesanan, null);
    await waitFor(
      phone,
      () => document.querySelector('.order-detail')?.getAttribute('data-status') === 'DITOLAK',
      5_000,
      'Ditolak on the phone',
    );
    expect(await text(phone))
      .to.include('Ditolak')
      .and.include(adminNote);
    await center.page.waitForSelector(`#admin-decided li[data-kode="${placed.kodePesanan}"]`, {
      timeout: 5_000,
    });
    await waitFor(
      center,
      (s: string) => document.querySelector(s) === null,
      5_000,
      'the request to go',
      request,
    );
    const now = await orderNow(placed.id);
    expect(now.statusPesanan).to.equal('DITOLAK');
    expect(now.catatanAdmin).to.equal(adminNote);
  });

  it("shows exactly the API's rows for the same filters and pages, with the filters in the address", async () => {
    const day = jakartaDate(2);
    const made: Row[] = [];
    for (let i = 0; i < 23; i++) made.push(await order(employee, day, i < 18 ? 1 : 2, 1 + (i % 4)));
    for (const accepted of made.slice(0, 3)) await setStatus(server.url, kitchen, accepted.id, 'IN_PROGRESS');
    await requestRejection(server.url, kitchen, made[5].id, 'Permintaan uji daftar pesanan');

    const list = await screen(`${server.url}/admin/orders?from=${day}&to=${day}`);
    await signIn(list, 'admin');
    await list.page.waitForSelector('#orders-table', { timeout: 10_000 });
    const firstPage = await apiRows({ tanggalMulai: day, tanggalAkhir: day }, 1);
    expect(firstPage.total).to.equal(23);
    expect(firstPage.rows).to.have.length(20);
    expect(await tableRows(list.page)).to.deep.equal(firstPage.rows);
    expect(await list.page.$eval('#orders-total', (p) => (p as HTMLElement).dataset.total)).to.equal('23');
    expect(await text(list)).to.include('Halaman 1 dari 2 (23 pesanan)');

    await list.page.click('#page-next');
    await waitFor(list, () => location.search.includes('page=2'), 5_000, 'page 2');
    await list.page.waitForFunction(() => document.querySelectorAll('#orders-table tbody tr').length === 3, {
      timeout: 5_000,
    });
    expect(await tableRows(list.page)).to.deep.equal(
      (await apiRows({ tanggalMulai: day, tanggalAkhir: day }, 2)).rows,
    );

    // A status chosen: the page resets to 1, the address says it, the rows are the API's.
    await list.page.select('#filter-status', 'IN_PROGRESS');
    await waitFor(
      list,
      () => location.search.includes('status=IN_PROGRESS') && !location.search.includes('page='),
      5_000,
      'status in the address',
    );
    await list.page.waitForFunction(() => document.querySelectorAll('#orders-table tbody tr').length === 3, {
      timeout: 5_000,
    });
    const inProgress = await apiRows({ tanggalMulai: day, tanggalAkhir: day, status: 'IN_PROGRESS' });
    expect(inProgress.rows).to.have.length(3);
    expect(await tableRows(list.page)).to.deep.equal(inProgress.rows);

    // Shift 2 of that day, any status.
    await list.page.goto(`${server.url}/admin/orders?from=${day}&to=${day}&shift=2`);
    await list.page.waitForFunction(() => document.querySelectorAll('#orders-table tbody tr').length === 5, {
      timeout: 10_000,
    });
    const shift2 = await apiRows({ tanggalMulai: day, tanggalAkhir: day, shiftId: 2 });
    expect(shift2.rows).to.have.length(5);
    expect(await tableRows(list.page)).to.deep.equal(shift2.rows);
    expect(await list.page.$eval('#filter-shift', (s) => (s as HTMLSelectElement).value)).to.equal('2');

    // Awaiting a decision (requiresApproval): the one request of that day.
    await list.page.goto(`${server.url}/admin/orders?from=${day}&to=${day}&approval=awaiting`);
    await list.page.waitForFunction(() => document.querySelectorAll('#orders-table tbody tr').length === 1, {
      timeout: 10_000,
    });
    expect(await tableRows(list.page)).to.deep.equal([`${made[5].kodePesanan} MENUNGGU_PERSETUJUAN`]);
    expect(
      (await apiRows({ tanggalMulai: day, tanggalAkhir: day, requiresApproval: true })).rows,
    ).to.deep.equal(await tableRows(list.page));

    // The code search, typed and sent with Enter.
    await list.page.goto(`${server.url}/admin/orders`);
    await list.page.waitForSelector('#orders-table', { timeout: 10_000 });
    await list.page.type('#filter-q', made[7].kodePesanan);
    await list.page.keyboard.press('Enter');
    await list.page.waitForFunction(() => document.querySelectorAll('#orders-table tbody tr').length === 1, {
      timeout: 5_000,
    });
    expect(await tableRows(list.page)).to.deep.equal([`${made[7].kodePesanan} MENUNGGU`]);
    expect(await list.page.evaluate(() => location.search)).to.equal(
      `?q=${encodeURIComponent(made[7].kodePesanan)}`,
    );
  });

  it("overrides a status only with a note (the screen's check, then the API's BAD_USER_INPUT in words), and cancels with a reason", async () => {
    const placed = await order(employee, jakartaDate(1), 1, 4);
    const detail = await screen(`${server.url}/admin/orders/${placed.id}`);
    await signIn(detail, 'admin');
    await detail.page.waitForSelector('.admin-orders-detail[data-status="MENUNGGU"]', { timeout: 10_000 });
    expect(await text(detail)).to.include(placed.kodePesanan);

    await detail.page.select('#override-status', 'READY');
    await detail.page.click('#override-submit');
    await detail.page.waitForSelector('#override-catatan-error', { timeout: 5_000 });
    expect(await detail.page.$eval('#override-catatan-error', (p) => p.textContent)).to.equal(
      'Catatan wajib diisi untuk mengubah status.',
    );
    expect(detail.requests.filter((body) => body.includes('AdminOverrideStatus'))).to.deep.equal([]);

    await detail.page.type('#override-catatan', 'pendek');
    await detail.page.click('#override-submit');
    await waitForText(detail, 'Server menolak catatan ini: catatan harus 10 sampai 500 karakter.');
    expect(detail.requests.filter((body) => body.includes('AdminOverrideStatus'))).to.have.length(1);
    expect((await orderNow(placed.id)).statusPesanan).to.equal('MENUNGGU');

    const note = 'Dapur sudah menyiapkan lebih awal';
    await detail.page.click('#override-catatan', { count: 3 });
    await detail.page.keyboard.press('Backspace');
    await detail.page.type('#override-catatan', note);
    await detail.page.click('#override-submit');
    await detail.page.waitForSelector('.admin-orders-detail[data-status="READY"]', { timeout: 5_000 });
    await waitForText(detail, 'Status diubah menjadi Siap.');
    let now = await orderNow(placed.id);
    expect(now.statusPesanan).to.equal('READY');
    expect(now.catatanAdmin).to.equal(note);
    await detail.page.waitForSelector('#order-history tr[data-aksi="ORDER_OVERRIDE"]', { timeout: 5_000 });
    expect(
      await detail.page.$eval('#order-history tr[data-aksi="ORDER_OVERRIDE"]', (r) => r.textContent),
    ).to.include(`MENUNGGU -> READY. Note: ${note}`);

    // Cancel: the reason is required, then the order is Dibatalkan with it.
    await detail.page.click('#cancel-submit');
    await detail.page.waitForSelector('#cancel-alasan-error', { timeout: 5_000 });
    expect(await detail.page.$eval('#cancel-alasan-error', (p) => p.textContent)).to.equal(
      'Alasan wajib diisi untuk membatalkan.',
    );
    const reason = 'Karyawan dipindah ke lokasi lain';
    await detail.page.type('#cancel-alasan', reason);
    await detail.page.click('#cancel-submit');
    await detail.page.waitForSelector('.admin-orders-detail[data-status="DIBATALKAN"]', { timeout: 5_000 });
    expect(await detail.page.$eval('#detail-cancel-reason', (d) => d.textContent)).to.equal(reason);
    // Notes and names keep their own direction (orders/OrderFacts.tsx, shared with the employee's page): text in a
    // right-to-left script cannot reorder the line it stands in.
    expect(await detail.page.$eval('#detail-cancel-reason', (d) => d.getAttribute('dir'))).to.equal('auto');
    expect(await detail.page.$$eval('#order-facts bdi', (isolated) => isolated.length)).to.equal(3);
    expect(await detail.page.$('#cancel-form')).to.equal(null);
    now = await orderNow(placed.id);
    expect(now.statusPesanan).to.equal('DIBATALKAN');
    expect(now.alasanPembatalan).to.equal(reason);
    expect(now.waktuDibatalkan).to.be.a('string');
  });

  it("shows the API's figures for today on the dashboard, each linking to its list, and refreshes on events", async () => {
    const today = jakartaDate(0);
    await order(employee, today, 1, 4);
    const dash = await screen(`${server.url}/admin`);
    await signIn(dash, 'admin');
    await dash.page.waitForSelector('#by-status', { timeout: 10_000 });

    const statuses = ['MENUNGGU', 'IN_PROGRESS', 'READY', 'ON_DELIVERY', 'COMPLETE', 'DITOLAK'];
    statuses.push('MENUNGGU_PERSETUJUAN', 'DIBATALKAN');
    const figures = async () => {
      const query = `query ($today: Date!) {
        today: orders(filter: { tanggalMulai: $today, tanggalAkhir: $today }) { total }
        ${statuses.map((s) => `${s}: orders(filter: { status: ${s}, tanggalMulai: $today, tanggalAkhir: $today }) { total }`).join('\n')}
        consumptionReport(filter: { tanggalMulai: $today, tanggalAkhir: $today }) { totalMeals }
        departmentReport(filter: { tanggalMulai: $today, tanggalAkhir: $today }) { departmentId totalOrders totalMeals percentage }
        pendingApprovals { id }
      }`;
      return gql<Record<string, { total: number }> & Record<string, unknown>>(
        server.url,
        query,
        { today },
        admin,
      );
    };
    const shown = () =>
      dash.page.evaluate(() => ({
        orders: document.querySelector<HTMLElement>('#figure-orders [data-value]')?.dataset.value,
        meals: document.querySelector<HTMLElement>('#figure-meals [data-value]')?.dataset.value,
        pending: document.querySelector<HTMLElement>('#figure-pending [data-value]')?.dataset.value,
        byStatus: [...document.querySelectorAll<HTMLElement>('#by-status tbody tr')].map((row) => ({
          status: row.dataset.status,
          value: row.querySelector<HTMLElement>('a')?.dataset.value,
          href: row.querySelector('a')?.getAttribute('href'),
        })),
        byDepartment: [...document.querySelectorAll<HTMLElement>('#by-department tbody tr')].map((row) => ({
          department: row.dataset.department,
          cells: [...row.querySelectorAll<HTMLElement>('td')].map((td) => td.dataset.value),
          href: row.querySelector('a')?.getAttribute('href'),
        })),
        chart: [...document.querySelectorAll<SVGElement>('[data-chart="status"] .admin-dash-bar')].map(
          (bar) => `${bar.dataset.key} ${bar.dataset.value}`,
        ),
      }));
    const api = await figures();
    const page = await shown();
    expect(api.today.total).to.be.greaterThan(0);
    expect(page.orders).to.equal(String(api.today.total));
    const consumption = api.consumptionReport as unknown as { totalMeals: number }[];
    expect(page.meals).to.equal(String(consumption[0]?.totalMeals ?? 0));
    expect(page.pending).to.equal(String((api.pendingApprovals as unknown as unknown[]).length));
    expect(page.byStatus).to.deep.equal(
      statuses.map((s) => ({
        status: s,
        value: String(api[s].total),
        href: `/admin/orders?status=${s}&from=${today}&to=${today}`,
      })),
    );
    // The chart draws a bar for each status with orders, its value the API's (a zero has no bar to draw).
    expect(page.chart).to.deep.equal(
      statuses.filter((s) => api[s].total > 0).map((s) => `${s} ${api[s].total}`),
    );
    const departments = api.departmentReport as unknown as {
      departmentId: number;
      totalOrders: number;
      totalMeals: number;
      percentage: number;
    }[];
    expect(departments.length).to.be.greaterThan(0);
    expect(page.byDepartment).to.deep.equal(
      departments.map((d) => ({
        department: String(d.departmentId),
        cells: [String(d.totalOrders), String(d.totalMeals), String(d.percentage)],
        href: `/admin/orders?department=${d.departmentId}&from=${today}&to=${today}`,
      })),
    );

    // Live: a new order today changes the figures without a reload.
    const before = api.MENUNGGU.total;
    await order(employee, today, 2, 5);
    await waitFor(
      dash,
      (n: string) =>
        document.querySelector<HTMLElement>('#by-status tr[data-status="MENUNGGU"] a')?.dataset.value === n,
      5_000,
      'the MENUNGGU figure to grow',
      String(before + 1),
    );
    expect((await figures()).MENUNGGU.total).to.equal(before + 1);

    // A figure opens the list behind it: the same number of orders.
    await dash.page.click('#by-status tr[data-status="MENUNGGU"] a');
    await dash.page.waitForSelector('#orders-total', { timeout: 10_000 });
    expect(await dash.page.evaluate(() => location.pathname + location.search)).to.equal(
      `/admin/orders?status=MENUNGGU&from=${today}&to=${today}`,
    );
    expect(await dash.page.$eval('#orders-total', (p) => (p as HTMLElement).dataset.total)).to.equal(
      String(before + 1),
    );
  });

  it('orders as an administrator after the cut-off and marks the order late', async () => {
    const { shifts } = await gql<{
      shifts: { id: number; namaShift: string; jamMulai: string; jamSelesai: string }[];
    }>(server.url, '{ shifts { id namaShift jamMulai jamSelesai } }', {}, admin);
    const shift1 = shifts.find((s) => s.id === 1);
    if (!shift1) throw new Error('no Shift 1');
    const setCutOff = (batasPesanMenit: number | null) =>
      gql(
        server.url,
        'mutation ($input: ShiftInput!) { updateShift(id: 1, input: $input) { id } }',
        {
          input: {
            namaShift: shift1.namaShift,
            jamMulai: shift1.jamMulai,
            jamSelesai: shift1.jamSelesai,
            batasPesanMenit,
          },
        },
        admin,
      );
    await setCutOff(1440); // closed for today whatever the hour
    try {
      const list = await screen(`${server.url}/admin/orders`);
      await signIn(list, 'admin');
      await list.page.waitForSelector('#admin-new-order', { timeout: 10_000 });
      await list.page.click('#admin-new-order summary');
      expect(await text(list)).to.include('Pesanan dibuat atas nama Anda: Administrator (ADM001)');
      await list.page.waitForSelector('#new-shiftId option[value="1"]', { timeout: 5_000 });
      await list.page.select('#new-shiftId', '1');
      await waitForText(list, 'Pemesanan shift ini sudah ditutup pukul 07.00');
      await list.page.click('#new-jumlahPesanan', { count: 3 });
      await list.page.type('#new-jumlahPesanan', '6');
      await list.page.click('#new-order-submit');
      await list.page.waitForSelector('#order-created', { timeout: 5_000 });
      await list.page.waitForSelector('.admin-orders-detail [data-late="true"]', { timeout: 5_000 });
      expect(await list.page.$eval('[data-late="true"]', (s) => s.textContent)).to.equal(
        'Terlambat (pemesanan ditutup 07.00)',
      );
      await list.page.waitForSelector('#order-history tr[data-aksi="ORDER_CREATED"]', { timeout: 5_000 });
      expect(
        await list.page.$eval('#order-history tr[data-aksi="ORDER_CREATED"]', (r) => r.textContent),
      ).to.match(/6 meal\(s\) for \d{4}-\d{2}-\d{2}, late: ordering closed at/);
      expect(await list.page.$eval('#detail-quantity', (d) => d.textContent)).to.equal('6 porsi');
    } finally {
      await setCutOff(null);
    }
  });

  it('has no serious or critical axe violation on the dashboard, orders, an order and the approval center, in both languages and themes', async () => {
    const placed = await order(employee, jakartaDate(1), 2, 2);
    await requestRejection(server.url, kitchen, placed.id, 'Permintaan untuk pemeriksaan aksesibilitas');
    const found: string[] = [];
    const opened = await screen(server.url, DESKTOP, true);
    await signIn(opened, 'admin');
    const routes: [string, string][] = [
      ['/admin', '#by-status'],
      ['/admin/orders', '#orders-table'],
      [`/admin/orders/${placed.id}`, '#order-history'],
      ['/admin/approvals', '.admin-approvals-previous[data-previous="MENUNGGU"]'],
    ];
    for (const [route, ready] of routes)
      for (const locale of ['id', 'en'])
        for (const theme of ['light', 'dark']) {
          await opened.page.evaluate(
            (l: string, t: string) => {
              localStorage.setItem('packmeal.locale', l);
              localStorage.setItem('packmeal.theme', t);
            },
            locale,
            theme,
          );
          await opened.page.goto(`${server.url}${route}`);
          await opened.page.waitForSelector(ready, { timeout: 10_000 });
          expect(await opened.page.$eval('html', (h) => h.lang)).to.equal(locale);
          for (const violation of await axeViolations(opened.page))
            found.push(`${route} ${locale} ${theme}: ${violation}`);
        }
    expect(found).to.deep.equal([]);
  });

  // Last: it empties the master data of this file's database.
  it('on a database without shifts and departments (a first run), says so and leads to master data', async () => {
    const client = new Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      await client.query(`DELETE FROM transaction_pesanan`);
      await client.query(`DELETE FROM master_shift`);
      await client.query(`UPDATE master_karyawan SET department_id = NULL, jabatan_id = NULL`);
      await client.query(`DELETE FROM master_jabatan`);
      await client.query(`DELETE FROM master_department`);
    } finally {
      await client.end();
    }
    const dash = await screen(`${server.url}/admin`);
    await signIn(dash, 'admin');
    await dash.page.waitForSelector('#first-run', { timeout: 10_000 });
    const guidance = await dash.page.$eval('#first-run', (d) => (d as HTMLElement).innerText);
    expect(guidance).to.include('Karyawan belum bisa memesan');
    expect(guidance).to.include('Belum ada departemen');
    expect(guidance).to.include('Belum ada shift');
    expect(await dash.page.$eval('#first-run-master', (a) => a.getAttribute('href'))).to.equal(
      '/admin/master',
    );
    expect(
      await dash.page.$eval('#figure-orders [data-value]', (s) => (s as HTMLElement).dataset.value),
    ).to.equal('0');
    await dash.page.click('#first-run-master');
    await waitFor(dash, () => location.pathname === '/admin/master', 5_000, 'master data');
  });
});
