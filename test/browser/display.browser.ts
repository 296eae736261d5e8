// The display in a real browser against the real server process: two kitchen screens stay exact through events,
// a lost race, a server restart; the delivery and administrator boards; keyboard use; both screen sizes.
import { expect } from 'chai';
import type { Browser } from 'puppeteer-core';
import { freePort } from '../../src/db/embedded-postgres';
import { cloneTemplateDatabase } from '../helpers/global';
import { createOrder, gql, jakartaDate, login, Order, ordersOf, requestRejection, setStatus } from './api';
import {
  boardCards,
  cardButton,
  intercept,
  launchChromium,
  openScreen,
  Screen,
  screenshot,
  signIn,
  waitFor,
  waitForCard,
  waitForCardMessage,
} from './pages';
import { ServerProcess, serverProcess } from './server-process';

const KITCHEN_STATUSES = ['MENUNGGU', 'IN_PROGRESS', 'MENUNGGU_PERSETUJUAN'];
/** A small replay bound, so that a screen away for ten events must resynchronise (RESYNC_REQUIRED). */
const SERVER_ENV = { EVENT_REPLAY_LIMIT: '8' };

describe('the display (/display) in Chromium', function () {
  this.timeout(60_000);
  let server: ServerProcess;
  let dropDatabase: () => Promise<void>;
  let databaseUrl: string;
  let browser: Browser;
  // A date of its own, two days ahead, so no shift's ordering cut-off can refuse the tests' orders.
  const tanggal = jakartaDate(2);
  let boardUrl: string;
  let employee: string;
  let kitchen: string;
  let kitchen1: Screen;
  let kitchen2: Screen;

  before(async () => {
    const database = await cloneTemplateDatabase('packmeal_browser');
    databaseUrl = database.url;
    dropDatabase = database.drop;
    server = serverProcess(await freePort(), databaseUrl, SERVER_ENV);
    await server.start();
    browser = await launchChromium();
    boardUrl = `${server.url}/display?tanggal=${tanggal}`;
    employee = await login(server.url, 'employee');
    kitchen = await login(server.url, 'dapur');
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
    await dropDatabase?.();
  });

  it('serves the page and its assets from this server alone, under a policy that allows only its own origin', async () => {
    const response = await fetch(`${server.url}/display`);
    expect(response.status).to.equal(200);
    const policy = response.headers.get('content-security-policy') ?? '';
    expect(policy).to.include("default-src 'none'");
    expect(policy).to.include("script-src 'self'");
    expect(policy).to.include("connect-src 'self'");
    expect(policy).not.to.include('unsafe-inline');
    const html = await response.text();
    expect(html).to.include('content="Asia/Jakarta"');
    const screen = await openScreen(browser, `${server.url}/display`);
    const origins = new Set<string>();
    screen.page.on('request', (request) => origins.add(new URL(request.url()).origin));
    await screen.page.reload();
    await screen.page.waitForSelector('#nik');
    expect([...origins]).to.deep.equal([server.url]);
    expect(screen.problems, 'console errors (e.g. CSP violations)').to.deep.equal([]);
    await screen.page.browserContext().close();
  });

  it('refuses a wrong password with a readable message and signs KIT001 in on two screens, today by default', async () => {
    const screen = await openScreen(browser, `${server.url}/display`);
    await screen.page.waitForSelector('#nik');
    await screen.page.type('#nik', 'KIT001');
    await screen.page.type('#password', 'wrong-password');
    await screen.page.keyboard.press('Enter');
    await waitFor(
      screen,
      () => (document.getElementById('sign-in-error')?.textContent ?? '') !== '',
      5_000,
      'an error',
    );
    await screen.page.$eval('#password', (input) => ((input as HTMLInputElement).value = ''));
    await screen.page.type('#password', 'kitchen123');
    await screen.page.keyboard.press('Enter');
    await waitFor(screen, () => document.body.dataset.connection === 'live', 10_000, 'the board to be live');
    const shown = await screen.page.$eval('#filter-date', (input) => (input as HTMLInputElement).value);
    expect(shown).to.equal(jakartaDate(0));
    await screen.page.browserContext().close();

    kitchen1 = await openScreen(browser, boardUrl);
    kitchen2 = await openScreen(browser, boardUrl);
    await Promise.all([signIn(kitchen1, 'dapur'), signIn(kitchen2, 'dapur')]);
    expect(await kitchen1.page.$eval('h1', (h) => h.textContent)).to.equal('Kitchen board');
  });

  it('shows an order an employee creates on both kitchen screens within a second', async () => {
    const order = await createOrder(server.url, employee, tanggal, 7);
    await Promise.all([
      waitForCard(kitchen1, order.kodePesanan, 'MENUNGGU', 1_000),
      waitForCard(kitchen2, order.kodePesanan, 'MENUNGGU', 1_000),
    ]);
    const text = await kitchen1.page.$eval(
      `.card[data-kode="${order.kodePesanan}"]`,
      (card) => card.textContent,
    );
    expect(text).to.include('7 meals').and.include('Human Resources').and.include('Shift 1');
    expect(text).to.include('Waiting');
  });

  it('moves a card on the other screen when one screen accepts it, and again when it is ready', async () => {
    const order = await createOrder(server.url, employee, tanggal);
    await waitForCard(kitchen1, order.kodePesanan, 'MENUNGGU');
    await kitchen1.page.click(cardButton(order.kodePesanan, 'accept'));
    await Promise.all([
      waitForCard(kitchen1, order.kodePesanan, 'IN_PROGRESS'),
      waitForCard(kitchen2, order.kodePesanan, 'IN_PROGRESS', 1_000),
    ]);
    const column = await kitchen2.page.$eval(
      `.card[data-kode="${order.kodePesanan}"]`,
      (card) => card.closest('section')?.dataset.column,
    );
    expect(column).to.equal('IN_PROGRESS');
    await kitchen2.page.click(cardButton(order.kodePesanan, 'ready'));
    await Promise.all([
      waitForCard(kitchen1, order.kodePesanan, null),
      waitForCard(kitchen2, order.kodePesanan, null),
    ]);
  });

  it('tells the screen that lost a race that another screen was first, and shows the real state', async () => {
    const order = await createOrder(server.url, employee, tanggal);
    await waitForCard(kitchen2, order.kodePesanan, 'MENUNGGU');
    // Hold kitchen 2's accept until the other kitchen screen has accepted the same order through the API.
    let resolveHeld: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (resolveHeld = resolve));
    const undo = await intercept(kitchen2, 'DisplayUpdateStatus', async (request) => {
      await setStatus(server.url, kitchen, order.id, 'IN_PROGRESS');
      await request.continue();
      resolveHeld();
    });
    await kitchen2.page.click(cardButton(order.kodePesanan, 'accept'));
    await held;
    await waitForCardMessage(kitchen2, order.kodePesanan, 'Another screen was first');
    await waitForCard(kitchen2, order.kodePesanan, 'IN_PROGRESS');
    await undo();
  });

  it('retries an action once when the network fails, and says so when it fails twice', async () => {
    const first = await createOrder(server.url, employee, tanggal);
    const second = await createOrder(server.url, employee, tanggal);
    await waitForCard(kitchen1, second.kodePesanan, 'MENUNGGU');
    let failures = 1;
    const undo = await intercept(kitchen1, 'DisplayUpdateStatus', async (request) => {
      if (failures > 0) {
        failures--;
        await request.abort('failed');
      } else await request.continue();
    });
    await kitchen1.page.click(cardButton(first.kodePesanan, 'accept'));
    await waitForCard(kitchen1, first.kodePesanan, 'IN_PROGRESS');
    failures = 2;
    await kitchen1.page.click(cardButton(second.kodePesanan, 'accept'));
    await waitForCardMessage(kitchen1, second.kodePesanan, 'cannot be reached');
    expect(failures).to.equal(0);
    expect(await boardCards(kitchen1)).to.include(`${second.kodePesanan} MENUNGGU`);
    await undo();
  });

  /**
   * Stops the screens' server, lets `work` change orders through a second process on the same database (the
   * screens cannot hear it), starts the server again on the same port and waits until both screens are live.
   */
  async function whileServerIsDown(work: (url: string, employee: string, kitchen: string) => Promise<void>) {
    const other = serverProcess(await freePort(), databaseUrl, SERVER_ENV);
    await other.start();
    try {
      await server.stop();
      await Promise.all(
        [kitchen1, kitchen2].map((screen) =>
          waitFor(
            screen,
            () => document.body.dataset.connection !== 'live',
            5_000,
            'the screen to see the drop',
          ),
        ),
      );
      expect(await kitchen1.page.$eval('#connection', (p) => p.textContent)).to.match(
        /Reconnecting|Offline since/,
      );
      await work(other.url, await login(other.url, 'employee'), await login(other.url, 'dapur'));
    } finally {
      await other.stop();
    }
    await server.start();
    for (const screen of [kitchen1, kitchen2])
      await waitFor(
        screen,
        () => document.body.dataset.connection === 'live',
        20_000,
        'the screen to reconnect',
      );
  }

  const listLoads = (screen: Screen) =>
    screen.requests.filter((body) => body.includes('DisplayOrders')).length;

  it('after a server restart shows exactly the server state, resuming from its cursor without reloading', async () => {
    const loads = listLoads(kitchen1);
    const created: Order[] = [];
    await whileServerIsDown(async (url, employee, kitchen) => {
      for (let i = 0; i < 3; i++) created.push(await createOrder(url, employee, tanggal, i + 1));
      await setStatus(url, kitchen, created[0].id, 'IN_PROGRESS');
    });
    const truth = await ordersOf(server.url, kitchen, tanggal, KITCHEN_STATUSES);
    for (const screen of [kitchen1, kitchen2]) {
      await waitForCard(screen, created[0].kodePesanan, 'IN_PROGRESS');
      await waitForCard(screen, created[2].kodePesanan, 'MENUNGGU');
      expect(await boardCards(screen)).to.deep.equal(truth);
    }
    // Resumed from the cursor: the lists were not loaded again.
    expect(listLoads(kitchen1)).to.equal(loads);
  });

  it('reloads its lists when the server answers RESYNC_REQUIRED (too far behind), and is exact again', async () => {
    const loads = listLoads(kitchen1);
    const created: Order[] = [];
    await whileServerIsDown(async (url, employee, kitchen) => {
      // More events than EVENT_REPLAY_LIMIT while the screens are away.
      for (let i = 0; i < 6; i++) created.push(await createOrder(url, employee, tanggal, 10 + i));
      for (const order of created.slice(0, 4)) await setStatus(url, kitchen, order.id, 'IN_PROGRESS');
    });
    const truth = await ordersOf(server.url, kitchen, tanggal, KITCHEN_STATUSES);
    for (const screen of [kitchen1, kitchen2]) {
      await waitForCard(screen, created[3].kodePesanan, 'IN_PROGRESS');
      await waitForCard(screen, created[5].kodePesanan, 'MENUNGGU');
      expect(await boardCards(screen)).to.deep.equal(truth);
    }
    expect(listLoads(kitchen1)).to.equal(loads + 1);
  });

  it('lets the kitchen request a rejection with the keyboard alone, and marks the card waiting for approval', async () => {
    const order = await createOrder(server.url, employee, tanggal);
    await waitForCard(kitchen1, order.kodePesanan, 'MENUNGGU');
    await kitchen1.page.focus(cardButton(order.kodePesanan, 'accept'));
    await kitchen1.page.keyboard.press('Tab');
    const focused = await kitchen1.page.evaluate(() => document.activeElement?.textContent);
    expect(focused).to.equal('Request rejection');
    await kitchen1.page.keyboard.press('Enter');
    await kitchen1.page.waitForSelector('dialog[open] #request-note');
    await kitchen1.page.keyboard.type('Too short');
    await kitchen1.page.keyboard.press('Tab');
    await kitchen1.page.keyboard.press('Enter');
    await waitFor(
      kitchen1,
      () => (document.querySelector('.dialog__error')?.textContent ?? '').includes('at least 10'),
      2_000,
      'the note rule',
    );
    await kitchen1.page.focus('#request-note');
    await kitchen1.page.keyboard.type(' - the shift is cancelled');
    await kitchen1.page.keyboard.press('Tab');
    await kitchen1.page.keyboard.press('Enter');
    await Promise.all([
      waitForCard(kitchen1, order.kodePesanan, 'MENUNGGU_PERSETUJUAN'),
      waitForCard(kitchen2, order.kodePesanan, 'MENUNGGU_PERSETUJUAN'),
    ]);
    const text = await kitchen2.page.$eval(
      `.card[data-kode="${order.kodePesanan}"]`,
      (card) => card.textContent,
    );
    expect(text).to.include('Waiting for approval').and.include('the shift is cancelled');
    expect(await kitchen2.page.$$(`${cardButton(order.kodePesanan, 'accept')}`)).to.have.length(0);
    await screenshot(kitchen2, 'kitchen-approval-1920x1080');
  });

  it('plays a tone for a new order when the sound is on', async () => {
    await kitchen2.page.click('.sound');
    await waitFor(
      kitchen2,
      () => document.querySelector('.sound')?.getAttribute('aria-pressed') === 'true',
      2_000,
      'sound on',
    );
    const before = await kitchen2.page.evaluate(() => Number(document.body.dataset.chimes ?? 0));
    const order = await createOrder(server.url, employee, tanggal);
    await waitForCard(kitchen2, order.kodePesanan, 'MENUNGGU');
    await waitFor(
      kitchen2,
      (n: number) => Number(document.body.dataset.chimes ?? 0) > n,
      2_000,
      'a tone',
      before,
    );
  });

  it('shows the shift totals from kitchenSummary in the header', async () => {
    const truth = await gql<{
      kitchenSummary: { shifts: { shift: { namaShift: string }; mealsToPrepare: number }[] };
    }>(
      server.url,
      'query ($t: Date) { kitchenSummary(tanggal: $t) { shifts { shift { namaShift } mealsToPrepare } } }',
      { t: tanggal },
      kitchen,
    );
    const shift1 = truth.kitchenSummary.shifts.find((s) => s.shift.namaShift === 'Shift 1');
    expect(shift1?.mealsToPrepare).to.be.greaterThan(0);
    await waitFor(
      kitchen1,
      (meals: number) =>
        (document.querySelector('.total[data-shift="Shift 1"]')?.textContent ?? '').includes(
          `${meals} to prepare`,
        ),
      5_000,
      'the shift totals',
      shift1?.mealsToPrepare ?? -1,
    );
    await screenshot(kitchen1, 'kitchen-1920x1080');
  });

  it('narrows to one department and date from the header, and stays live', async () => {
    const { page } = kitchen1;
    await page.select('#filter-department', '3'); // Operations: the seed employees are in Human Resources
    await waitFor(kitchen1, () => document.querySelectorAll('.card').length === 0, 5_000, 'an empty board');
    expect(page.url()).to.include('department=3');
    const elsewhere = await createOrder(server.url, employee, tanggal);
    await page.select('#filter-department', '');
    await waitForCard(kitchen1, elsewhere.kodePesanan, 'MENUNGGU');
    const later = await createOrder(server.url, employee, tanggal);
    await waitForCard(kitchen1, later.kodePesanan, 'MENUNGGU', 1_000);
    expect(await boardCards(kitchen1)).to.deep.equal(
      await ordersOf(server.url, kitchen, tanggal, KITCHEN_STATUSES),
    );
  });

  it('fits a 1280×800 tablet without sideways scrolling', async () => {
    await kitchen2.page.setViewport({ width: 1280, height: 800 });
    await waitFor(
      kitchen2,
      () => document.documentElement.scrollWidth <= 1280,
      2_000,
      'no horizontal overflow',
    );
    await screenshot(kitchen2, 'kitchen-1280x800');
  });

  it('gives delivery its READY and ON_DELIVERY board with Pick up and Delivered', async () => {
    const order = await createOrder(server.url, employee, tanggal, 12);
    await setStatus(server.url, kitchen, order.id, 'IN_PROGRESS');
    const delivery = await openScreen(browser, boardUrl);
    await signIn(delivery, 'delivery');
    expect(await delivery.page.$eval('h1', (h) => h.textContent)).to.equal('Delivery board');
    await setStatus(server.url, kitchen, order.id, 'READY');
    await waitForCard(delivery, order.kodePesanan, 'READY', 1_000);
    const token = await login(server.url, 'delivery');
    expect(await boardCards(delivery)).to.deep.equal(
      await ordersOf(server.url, token, tanggal, ['READY', 'ON_DELIVERY']),
    );
    await delivery.page.click(cardButton(order.kodePesanan, 'pickUp'));
    await waitForCard(delivery, order.kodePesanan, 'ON_DELIVERY');
    await screenshot(delivery, 'delivery-1920x1080');
    await delivery.page.click(cardButton(order.kodePesanan, 'delivered'));
    await waitForCard(delivery, order.kodePesanan, null);
    await delivery.page.browserContext().close();
  });

  it('gives the administrator every column read-only and the pending approvals with Approve / Reject', async () => {
    const rejected = await createOrder(server.url, employee, tanggal, 3);
    const kept = await createOrder(server.url, employee, tanggal, 5);
    const admin = await openScreen(browser, boardUrl);
    await signIn(admin, 'admin');
    expect(await admin.page.$eval('h1', (h) => h.textContent)).to.equal('Administrator board');
    await requestRejection(server.url, kitchen, rejected.id, 'Out of rice for this shift');
    await requestRejection(server.url, kitchen, kept.id, 'Duplicate order, please check');
    await waitForCard(admin, rejected.kodePesanan, 'MENUNGGU_PERSETUJUAN');
    await waitForCard(admin, kept.kodePesanan, 'MENUNGGU_PERSETUJUAN');
    expect(await admin.page.$$('.card[data-status="MENUNGGU"] button')).to.have.length(0);
    const token = await login(server.url, 'admin');
    const shown = ['MENUNGGU', 'IN_PROGRESS', 'READY', 'ON_DELIVERY', 'MENUNGGU_PERSETUJUAN'];
    expect(await boardCards(admin)).to.deep.equal(await ordersOf(server.url, token, tanggal, shown));
    await screenshot(admin, 'administrator-1920x1080');
    await admin.page.click(cardButton(rejected.kodePesanan, 'approve'));
    // One at a time: the first card leaving moves the second under the pointer.
    await waitForCard(admin, rejected.kodePesanan, null);
    await admin.page.click(cardButton(kept.kodePesanan, 'reject'));
    await waitForCard(admin, kept.kodePesanan, 'MENUNGGU');
    await waitForCard(kitchen1, rejected.kodePesanan, null);
    await waitForCard(kitchen1, kept.kodePesanan, 'MENUNGGU');
    await admin.page.browserContext().close();
  });

  it('refreshes its short-lived access token before it expires and keeps working', async () => {
    // A process of its own whose access tokens live 6 seconds.
    const shortLived = serverProcess(await freePort(), databaseUrl, { ...SERVER_ENV, JWT_EXPIRES_IN: '6s' });
    await shortLived.start();
    try {
      const screen = await openScreen(browser, `${shortLived.url}/display?tanggal=${tanggal}`);
      await signIn(screen, 'dapur');
      const refreshes = () => screen.requests.filter((body) => body.includes('DisplayRefresh')).length;
      const deadline = Date.now() + 20_000;
      // Two refreshes: the board has outlived the first token by a whole lifetime of the second.
      while (refreshes() < 2 && Date.now() < deadline)
        await screen.page.waitForNetworkIdle({ idleTime: 200 });
      expect(refreshes()).to.be.at.least(2);
      const order = await createOrder(shortLived.url, await login(shortLived.url, 'employee'), tanggal);
      await waitForCard(screen, order.kodePesanan, 'MENUNGGU');
      await screen.page.click(cardButton(order.kodePesanan, 'accept'));
      await waitForCard(screen, order.kodePesanan, 'IN_PROGRESS');
      expect(await screen.page.$('#nik')).to.equal(null);
      await screen.page.browserContext().close();
    } finally {
      await shortLived.stop();
    }
  });

  it('keeps the session across a reload (refresh cookie) and signs out', async () => {
    await kitchen1.page.reload();
    await waitFor(
      kitchen1,
      () => document.body.dataset.connection === 'live',
      10_000,
      'the board after reload',
    );
    await kitchen1.page.click('.sign-out');
    await kitchen1.page.waitForSelector('#nik');
    await kitchen1.page.reload();
    await kitchen1.page.waitForSelector('#nik');
  });
});
