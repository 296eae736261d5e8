// The boards of the web app (web/, served at `/`; `/display` and `/board` show the signed-in role's board) in a
// real browser against the real server process: two kitchen screens stay exact through events, a lost race, a
// server restart and a resynchronisation; the delivery and administrator boards; keyboard use; a phone, a tablet
// and a crowded wall screen. Texts are the Indonesian catalogue's (the default language).
import { expect } from 'chai';
import type { Browser } from 'puppeteer-core';
import { freePort } from '../../src/db/embedded-postgres';
import { cloneTemplateDatabase } from '../helpers/global';
import {
  createOrder,
  departmentId,
  gql,
  inBatches,
  jakartaDate,
  login,
  DatedOrder,
  Order,
  ordersOf,
  ordersOldestFirst,
  requestRejection,
  setStatus,
} from './api';
import {
  answerDialog,
  boardCards,
  cardButton,
  DIALOG_SUBMIT,
  intercept,
  launchChromium,
  openScreen,
  Screen,
  screenshot,
  signIn,
  signOut,
  turnSoundOn,
  waitFor,
  waitForBoard,
  waitForCard,
  waitForCardMessage,
} from './pages';
import { ServerProcess, serverProcess } from './server-process';

const KITCHEN_STATUSES = ['MENUNGGU', 'IN_PROGRESS', 'MENUNGGU_PERSETUJUAN'];
const ADMIN_STATUSES = ['MENUNGGU', 'IN_PROGRESS', 'READY', 'ON_DELIVERY', 'MENUNGGU_PERSETUJUAN'];
/** A small replay bound, so that a screen away for ten events must resynchronise (RESYNC_REQUIRED). */
const SERVER_ENV = { EVENT_REPLAY_LIMIT: '8' };

const text = (screen: Screen, selector: string) =>
  screen.page.$eval(selector, (element) => element.textContent ?? '');
const cardText = (screen: Screen, kode: string) => text(screen, `.card[data-kode="${kode}"]`);

describe('the boards (/display, /board) in Chromium', function () {
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
    const database = await cloneTemplateDatabase('packmeal_browser_display');
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

  /**
   * Takes the kitchen's open orders of the tests' date off its board with the API: all but one through to
   * COMPLETE, the last to READY (see below). Waits until both kitchen screens have let them go. Keeps every
   * board of the date short enough to show every card, so boards can be compared with the server.
   */
  async function completeKitchenOrders(): Promise<void> {
    const open = await ordersOldestFirst(server.url, kitchen, tanggal, ['MENUNGGU', 'IN_PROGRESS']);
    const delivery = await login(server.url, 'delivery');
    const toReady = async (order: Order) => {
      if (order.statusPesanan === 'MENUNGGU') await setStatus(server.url, kitchen, order.id, 'IN_PROGRESS');
      await setStatus(server.url, kitchen, order.id, 'READY');
    };
    // The last event must be one the kitchen hears: a screen's cursor is the last event it was sent, and a
    // resuming screen more than EVENT_REPLAY_LIMIT events behind the stream (deliveries' events too) resyncs.
    const last = open.pop();
    await inBatches(open, 10, async (order) => {
      await toReady(order);
      await setStatus(server.url, delivery, order.id, 'ON_DELIVERY');
      await setStatus(server.url, delivery, order.id, 'COMPLETE');
    });
    if (last) {
      await toReady(last);
      open.push(last);
    }
    for (const screen of [kitchen1, kitchen2])
      for (const order of open) await waitForCard(screen, order.kodePesanan, null);
  }

  for (const address of ['/', '/display']) {
    it(`serves ${address} and its assets from this server alone, under a policy that allows only its own origin`, async () => {
      const response = await fetch(`${server.url}${address}`);
      expect(response.status).to.equal(200);
      const policy = response.headers.get('content-security-policy') ?? '';
      expect(policy).to.include("default-src 'none'");
      expect(policy).to.include("script-src 'self'");
      expect(policy).to.include("connect-src 'self'");
      expect(policy).not.to.include('unsafe-inline');
      expect(policy).not.to.include('unsafe-eval');
      const html = await response.text();
      expect(html).to.include('content="Asia/Jakarta"');
      const screen = await openScreen(browser, `${server.url}${address}`);
      const origins = new Set<string>();
      screen.page.on('request', (request) => origins.add(new URL(request.url()).origin));
      await screen.page.reload();
      await screen.page.waitForSelector('#nik');
      expect(await text(screen, 'h1')).to.equal('Masuk ke Pack Meal');
      expect([...origins]).to.deep.equal([server.url]);
      expect(screen.problems, 'console errors (e.g. CSP violations)').to.deep.equal([]);
      await screen.page.browserContext().close();
    });
  }

  it('refuses a wrong password with a readable message and signs KIT001 in on two screens, today by default', async () => {
    const screen = await openScreen(browser, `${server.url}/`);
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
    expect(await text(screen, '#sign-in-error')).to.equal('NIK atau kata sandi salah.');
    await screen.page.$eval('#password', (input) => ((input as HTMLInputElement).value = ''));
    await screen.page.type('#password', 'kitchen123');
    await screen.page.keyboard.press('Enter');
    await waitFor(screen, () => document.body.dataset.connection === 'live', 10_000, 'the board to be live');
    await waitForBoard(screen, jakartaDate(0));
    // The kitchen's home is its board.
    expect(new URL(screen.page.url()).pathname).to.equal('/board');
    const shown = await screen.page.$eval('#filter-date', (input) => (input as HTMLInputElement).value);
    expect(shown).to.equal(jakartaDate(0));
    expect(await text(screen, '#connection')).to.equal('Langsung');
    await screen.page.browserContext().close();

    kitchen1 = await openScreen(browser, boardUrl);
    kitchen2 = await openScreen(browser, boardUrl);
    await Promise.all([signIn(kitchen1, 'dapur'), signIn(kitchen2, 'dapur')]);
    await Promise.all([waitForBoard(kitchen1, tanggal), waitForBoard(kitchen2, tanggal)]);
    expect(await text(kitchen1, 'h1')).to.equal('Papan dapur');
    const columns = await kitchen1.page.$$eval('section[data-column]', (sections) =>
      sections.map((section) => (section as HTMLElement).dataset.column),
    );
    expect(columns).to.deep.equal(['MENUNGGU', 'IN_PROGRESS', 'READY']);
  });

  it('shows an order an employee creates on both kitchen screens within a second', async () => {
    const order = await createOrder(server.url, employee, tanggal, 7);
    await Promise.all([
      waitForCard(kitchen1, order.kodePesanan, 'MENUNGGU', 1_000),
      waitForCard(kitchen2, order.kodePesanan, 'MENUNGGU', 1_000),
    ]);
    const shown = await cardText(kitchen1, order.kodePesanan);
    expect(shown).to.include('7 porsi').and.include('Human Resources').and.include('Shift 1');
    expect(shown).to.include('Menunggu');
    const column = await kitchen1.page.$eval(
      `.card[data-kode="${order.kodePesanan}"]`,
      (card) => card.closest('section')?.dataset.column,
    );
    expect(column).to.equal('MENUNGGU');
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
    expect(await cardText(kitchen2, order.kodePesanan)).to.include('Diproses');
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
    const undo = await intercept(kitchen2, '"operationName":"UpdateOrderStatus"', async (request) => {
      await setStatus(server.url, kitchen, order.id, 'IN_PROGRESS');
      await request.continue();
      resolveHeld();
    });
    await kitchen2.page.click(cardButton(order.kodePesanan, 'accept'));
    await held;
    await waitForCardMessage(kitchen2, order.kodePesanan, 'Layar lain lebih dulu: sekarang Diproses');
    await waitForCard(kitchen2, order.kodePesanan, 'IN_PROGRESS');
    await undo();
  });

  it('retries an action once when the network fails, and says so when it fails twice', async () => {
    const first = await createOrder(server.url, employee, tanggal);
    const second = await createOrder(server.url, employee, tanggal);
    await waitForCard(kitchen1, second.kodePesanan, 'MENUNGGU');
    let failures = 1;
    const undo = await intercept(kitchen1, '"operationName":"UpdateOrderStatus"', async (request) => {
      if (failures > 0) {
        failures--;
        await request.abort('failed');
      } else await request.continue();
    });
    await kitchen1.page.click(cardButton(first.kodePesanan, 'accept'));
    await waitForCard(kitchen1, first.kodePesanan, 'IN_PROGRESS');
    expect(failures).to.equal(0);
    failures = 2;
    await kitchen1.page.click(cardButton(second.kodePesanan, 'accept'));
    await waitForCardMessage(kitchen1, second.kodePesanan, 'Server tidak dapat dihubungi');
    expect(failures).to.equal(0);
    expect(await boardCards(kitchen1)).to.include(`${second.kodePesanan} MENUNGGU`);
    await undo();
    // Short boards from here on: every card of the date is shown, so a board can be compared with the server.
    await completeKitchenOrders();
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
            8_000,
            'the screen to see the drop',
          ),
        ),
      );
      expect(await text(kitchen1, '#connection')).to.match(/Menghubungkan ulang|Offline sejak/);
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
    screen.requests.filter((body) => body.includes('"operationName":"BoardOrders"')).length;

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
    await completeKitchenOrders();
  });

  it('lets the kitchen request a rejection with the keyboard alone, and marks the card waiting for approval', async () => {
    const order = await createOrder(server.url, employee, tanggal);
    await waitForCard(kitchen1, order.kodePesanan, 'MENUNGGU');
    await kitchen1.page.focus(cardButton(order.kodePesanan, 'accept'));
    await kitchen1.page.keyboard.press('Tab');
    const focused = await kitchen1.page.evaluate(() => document.activeElement?.textContent);
    expect(focused).to.equal('Minta tolak');
    await kitchen1.page.keyboard.press('Enter');
    await kitchen1.page.waitForSelector('dialog[open] #request-note');
    expect(await kitchen1.page.evaluate(() => document.activeElement?.id)).to.equal('request-note');
    await kitchen1.page.keyboard.type('Terlalu');
    await kitchen1.page.keyboard.press('Tab');
    await kitchen1.page.keyboard.press('Enter');
    await waitFor(
      kitchen1,
      () => (document.querySelector('.dialog__error')?.textContent ?? '').includes('minimal 10'),
      2_000,
      'the note rule',
    );
    await kitchen1.page.focus('#request-note');
    await kitchen1.page.keyboard.type(' singkat - shift ini dibatalkan');
    await kitchen1.page.keyboard.press('Tab');
    await kitchen1.page.keyboard.press('Enter');
    await Promise.all([
      waitForCard(kitchen1, order.kodePesanan, 'MENUNGGU_PERSETUJUAN'),
      waitForCard(kitchen2, order.kodePesanan, 'MENUNGGU_PERSETUJUAN'),
    ]);
    expect(await kitchen1.page.$('dialog[open]')).to.equal(null);
    const shown = await cardText(kitchen2, order.kodePesanan);
    expect(shown).to.include('Menunggu Persetujuan').and.include('Minta penolakan');
    expect(shown).to.include('shift ini dibatalkan');
    expect(await kitchen2.page.$$(`${cardButton(order.kodePesanan, 'accept')}`)).to.have.length(0);
    await screenshot(kitchen2, 'kitchen-approval-1920x1080');
  });

  it('lets the kitchen request a new quantity in the same dialog, which checks the quantity first', async () => {
    const order = await createOrder(server.url, employee, tanggal, 4);
    await waitForCard(kitchen1, order.kodePesanan, 'MENUNGGU');
    await kitchen1.page.click(cardButton(order.kodePesanan, 'requestEdit'));
    await kitchen1.page.waitForSelector('dialog[open] #request-quantity');
    // The same quantity is no change.
    await kitchen1.page.type('#request-note', 'Dua orang tidak masuk hari itu');
    await kitchen1.page.click(DIALOG_SUBMIT);
    await waitFor(
      kitchen1,
      () => (document.querySelector('.dialog__error')?.textContent ?? '').includes('Isi jumlah lain'),
      2_000,
      'the quantity rule',
    );
    await kitchen1.page.$eval('#request-quantity', (input) => (input as HTMLInputElement).select());
    await kitchen1.page.type('#request-quantity', '2');
    await kitchen1.page.click(DIALOG_SUBMIT);
    await Promise.all([
      waitForCard(kitchen1, order.kodePesanan, 'MENUNGGU_PERSETUJUAN'),
      waitForCard(kitchen2, order.kodePesanan, 'MENUNGGU_PERSETUJUAN'),
    ]);
    expect(await cardText(kitchen2, order.kodePesanan)).to.include('Minta ubah jumlah: 4 → 2 porsi');
  });

  it('plays a tone for a new order when the sound is on', async () => {
    await turnSoundOn(kitchen2);
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
    // Kitchen 1 has no sound on: no tone there.
    expect(await kitchen1.page.evaluate(() => Number(document.body.dataset.chimes ?? 0))).to.equal(0);
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
        (document.querySelector('.totals .total[data-shift="Shift 1"]')?.textContent ?? '').includes(
          `${meals} disiapkan`,
        ),
      5_000,
      'the shift totals',
      shift1?.mealsToPrepare ?? -1,
    );
    await screenshot(kitchen1, 'kitchen-1920x1080');
  });

  it('narrows to one department and date from the header, and stays live', async () => {
    const { page } = kitchen1;
    const operations = await departmentId(server.url, kitchen, 'Operations');
    await page.select('#filter-department', String(operations)); // the seed employees are in Human Resources
    await waitForBoard(kitchen1, tanggal, operations);
    expect(await page.$$('.card')).to.have.length(0);
    expect(page.url()).to.include(`department=${operations}`);
    const elsewhere = await createOrder(server.url, employee, tanggal);
    // Give the event time to arrive: it must not reach this department's board.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await page.$$('.card')).to.have.length(0);
    await page.select('#filter-department', '');
    await waitForBoard(kitchen1, tanggal);
    await waitForCard(kitchen1, elsewhere.kodePesanan, 'MENUNGGU');
    expect(page.url()).not.to.include('department=');
    const later = await createOrder(server.url, employee, tanggal);
    await waitForCard(kitchen1, later.kodePesanan, 'MENUNGGU', 1_000);
    expect(await boardCards(kitchen1)).to.deep.equal(
      await ordersOf(server.url, kitchen, tanggal, KITCHEN_STATUSES),
    );
  });

  it('still opens the wall screens’ old address /display?tanggal=…&department=… with those filters', async () => {
    const humanResources = await departmentId(server.url, kitchen, 'Human Resources');
    const operations = await departmentId(server.url, kitchen, 'Operations');
    const order = await createOrder(server.url, employee, tanggal, 3);
    for (const [department, shows] of [
      [humanResources, true],
      [operations, false],
    ] as const) {
      const screen = await openScreen(browser, `${boardUrl}&department=${department}`);
      await signIn(screen, 'dapur');
      await waitForBoard(screen, tanggal, department);
      expect(new URL(screen.page.url()).pathname).to.equal('/display');
      expect(await text(screen, 'h1')).to.equal('Papan dapur');
      expect(await screen.page.$eval('#filter-date', (input) => (input as HTMLInputElement).value)).to.equal(
        tanggal,
      );
      expect(
        await screen.page.$eval('#filter-department', (select) => (select as HTMLSelectElement).value),
      ).to.equal(String(department));
      expect(
        (await screen.page.$(`.card[data-kode="${order.kodePesanan}"]`)) !== null,
        `${order.kodePesanan} on department ${department}'s board`,
      ).to.equal(shows);
      await screen.page.browserContext().close();
    }
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
    await kitchen2.page.setViewport({ width: 1920, height: 1080 });
  });

  it('gives delivery its READY and ON_DELIVERY board with Pick up and Delivered', async () => {
    const order = await createOrder(server.url, employee, tanggal, 12);
    await setStatus(server.url, kitchen, order.id, 'IN_PROGRESS');
    const delivery = await openScreen(browser, boardUrl);
    await signIn(delivery, 'delivery');
    await waitForBoard(delivery, tanggal);
    expect(await text(delivery, 'h1')).to.equal('Papan pengantaran');
    const columns = await delivery.page.$$eval('section[data-column]', (sections) =>
      sections.map((section) => (section as HTMLElement).dataset.column),
    );
    expect(columns).to.deep.equal(['READY', 'ON_DELIVERY']);
    await setStatus(server.url, kitchen, order.id, 'READY');
    await waitForCard(delivery, order.kodePesanan, 'READY', 1_000);
    const token = await login(server.url, 'delivery');
    expect(await boardCards(delivery)).to.deep.equal(
      await ordersOf(server.url, token, tanggal, ['READY', 'ON_DELIVERY']),
    );
    expect(await cardText(delivery, order.kodePesanan))
      .to.include('12 porsi')
      .and.include('Siap');
    await delivery.page.click(cardButton(order.kodePesanan, 'pickUp'));
    await waitForCard(delivery, order.kodePesanan, 'ON_DELIVERY');
    await screenshot(delivery, 'delivery-1920x1080');
    await delivery.page.click(cardButton(order.kodePesanan, 'delivered'));
    await waitForCard(delivery, order.kodePesanan, null);
    await delivery.page.browserContext().close();
  });

  it('gives delivery on a 390×844 phone a board without sideways scrolling, 44 px targets and whole codes', async () => {
    const ready = await createOrder(server.url, employee, tanggal, 2);
    const onTheWay = await createOrder(server.url, employee, tanggal, 9);
    for (const order of [ready, onTheWay]) {
      await setStatus(server.url, kitchen, order.id, 'IN_PROGRESS');
      await setStatus(server.url, kitchen, order.id, 'READY');
    }
    const phone = await openScreen(browser, `${server.url}/board?tanggal=${tanggal}`, {
      width: 390,
      height: 844,
    });
    await signIn(phone, 'delivery');
    await waitForBoard(phone, tanggal);
    await waitForCard(phone, onTheWay.kodePesanan, 'READY');
    await phone.page.click(cardButton(onTheWay.kodePesanan, 'pickUp'));
    await waitForCard(phone, onTheWay.kodePesanan, 'ON_DELIVERY');
    await waitForCard(phone, ready.kodePesanan, 'READY');

    const measure = () =>
      phone.page.evaluate(() => {
        const visible = (element: Element) => element.getClientRects().length > 0;
        const targets = [...document.querySelectorAll('button, summary, a.button, [role="button"]')]
          .filter(visible)
          .map((element) => {
            const box = element.getBoundingClientRect();
            return {
              what: `${element.tagName.toLowerCase()}.${element.className} "${(element.textContent ?? '').trim()}"`,
              width: box.width,
              height: box.height,
            };
          });
        const codes = [...document.querySelectorAll<HTMLElement>('.card')].map((card) => {
          const code = card.querySelector<HTMLElement>('.card__code');
          const box = code?.getBoundingClientRect();
          const cardBox = card.getBoundingClientRect();
          return {
            kode: card.dataset.kode,
            text: code?.textContent,
            clipped: !code || code.scrollWidth > code.clientWidth || code.clientWidth === 0,
            inside:
              !!box && box.left >= cardBox.left && box.right <= cardBox.right && box.right <= innerWidth,
          };
        });
        return { scrollWidth: document.documentElement.scrollWidth, targets, codes };
      });
    for (const menuOpen of [false, true]) {
      if (menuOpen) await phone.page.click('details.shell__menu summary');
      const { scrollWidth, targets, codes } = await measure();
      expect(scrollWidth, 'document width').to.be.at.most(390);
      expect(targets.length).to.be.greaterThan(2);
      const small = targets.filter((target) => target.width < 44 || target.height < 44);
      expect(small, 'targets smaller than 44×44 px').to.deep.equal([]);
      expect(codes.map((code) => code.kode)).to.include.members([ready.kodePesanan, onTheWay.kodePesanan]);
      for (const code of codes) {
        expect(code.text, 'the whole order code').to.equal(code.kode);
        expect(code.clipped, `${code.kode} clipped`).to.equal(false);
        expect(code.inside, `${code.kode} inside its card and the screen`).to.equal(true);
      }
    }
    await phone.page.click('details.shell__menu summary');
    await screenshot(phone, 'delivery-390x844');
    await phone.page.browserContext().close();
  });

  it('gives the administrator every column read-only and the pending approvals with Approve / Reject', async () => {
    const rejected = await createOrder(server.url, employee, tanggal, 3);
    const kept = await createOrder(server.url, employee, tanggal, 5);
    const admin = await openScreen(browser, boardUrl);
    await signIn(admin, 'admin');
    await waitForBoard(admin, tanggal);
    expect(await text(admin, 'h1')).to.equal('Papan administrator');
    const columns = await admin.page.$$eval('section[data-column]', (sections) =>
      sections.map((section) => (section as HTMLElement).dataset.column),
    );
    expect(columns).to.deep.equal(['MENUNGGU', 'IN_PROGRESS', 'READY', 'ON_DELIVERY', 'APPROVALS']);
    await requestRejection(server.url, kitchen, rejected.id, 'Beras habis untuk shift ini');
    await requestRejection(server.url, kitchen, kept.id, 'Pesanan ganda, mohon dicek');
    await waitForCard(admin, rejected.kodePesanan, 'MENUNGGU_PERSETUJUAN');
    await waitForCard(admin, kept.kodePesanan, 'MENUNGGU_PERSETUJUAN');
    expect(
      await admin.page.$eval(
        `.card[data-kode="${rejected.kodePesanan}"]`,
        (card) => card.closest('section')?.dataset.column,
      ),
    ).to.equal('APPROVALS');
    expect(await admin.page.$$('.card[data-status="MENUNGGU"] button')).to.have.length(0);
    expect(await admin.page.$$('.card[data-status="IN_PROGRESS"] button')).to.have.length(0);
    const token = await login(server.url, 'admin');
    expect(await admin.page.$$('.column__more')).to.have.length(0);
    expect(await boardCards(admin)).to.deep.equal(await ordersOf(server.url, token, tanggal, ADMIN_STATUSES));
    await screenshot(admin, 'administrator-1920x1080');

    // Approve opens the dialog first (the note is optional); cancelling it decides nothing.
    await admin.page.click(cardButton(rejected.kodePesanan, 'approve'));
    await admin.page.waitForSelector('dialog[open] #request-note');
    expect(await text(admin, DIALOG_SUBMIT)).to.equal('Setujui');
    await admin.page.keyboard.press('Escape');
    await admin.page.waitForSelector('dialog[open]', { hidden: true });
    await waitForCard(admin, rejected.kodePesanan, 'MENUNGGU_PERSETUJUAN');
    await admin.page.click(cardButton(rejected.kodePesanan, 'approve'));
    await answerDialog(admin, '');
    // One at a time: the first card leaving moves the second under the pointer.
    await waitForCard(admin, rejected.kodePesanan, null);
    await admin.page.click(cardButton(kept.kodePesanan, 'reject'));
    expect(await text(admin, DIALOG_SUBMIT)).to.equal('Tolak');
    await answerDialog(admin, 'Bukan pesanan ganda');
    await waitForCard(admin, kept.kodePesanan, 'MENUNGGU');
    await waitForCard(kitchen1, rejected.kodePesanan, null);
    await waitForCard(kitchen1, kept.kodePesanan, 'MENUNGGU');
    const decided = await gql<{ order: { statusPesanan: string; catatanAdmin: string | null } }>(
      server.url,
      'query ($id: Int!) { order(id: $id) { statusPesanan catatanAdmin } }',
      { id: kept.id },
      token,
    );
    expect(decided.order).to.deep.equal({ statusPesanan: 'MENUNGGU', catatanAdmin: 'Bukan pesanan ganda' });
    await admin.page.browserContext().close();
  });

  /** A wall screen's columns as shown: count in the header, cards shown (compact?), "+N more", what is cut off. */
  const measureWall = (screen: Screen) =>
    screen.page.evaluate(() => {
      const whole = (inner: DOMRect, outer: DOMRect) =>
        inner.width > 0 &&
        inner.top >= outer.top - 0.5 &&
        inner.bottom <= outer.bottom + 0.5 &&
        inner.left >= outer.left - 0.5 &&
        inner.right <= outer.right + 0.5;
      const columns = [...document.querySelectorAll<HTMLElement>('section[data-column]')]
        .filter((column) => column.querySelector('.column__count'))
        .map((column) => {
          const body = column.querySelector<HTMLElement>('.column__body');
          const bottom = Math.min(
            body?.getBoundingClientRect().bottom ?? 0,
            column.getBoundingClientRect().bottom,
            innerHeight,
          );
          const cards = [...column.querySelectorAll<HTMLElement>('.card')];
          const more = column.querySelector<HTMLElement>('.column__more');
          const hidden = (card: HTMLElement, selector: string) => {
            const part = card.querySelector(selector);
            return !part || !whole(part.getBoundingClientRect(), card.getBoundingClientRect());
          };
          return {
            id: column.dataset.column ?? '',
            count: Number(column.querySelector('.column__count')?.textContent),
            shown: cards.map((card) => card.dataset.kode ?? ''),
            compact: cards.filter((card) => card.classList.contains('card--compact')).length,
            more: more ? Number(more.dataset.more) : 0,
            moreText: more?.textContent ?? '',
            // Every card and the "+N more" line whole inside the column and the screen.
            cutOff: [...cards, ...(more ? [more] : [])]
              .filter((element) => element.getBoundingClientRect().bottom > bottom + 0.5)
              .map((element) => element.dataset.kode ?? 'more'),
            // Cards whose code is not whole and readable (inside the card, on one line, not clipped).
            codesHidden: cards
              .filter((card) => {
                const code = card.querySelector<HTMLElement>('.card__code');
                return (
                  hidden(card, '.card__code') ||
                  code?.textContent !== card.dataset.kode ||
                  (code?.scrollWidth ?? 1) > (code?.clientWidth ?? 0)
                );
              })
              .map((card) => card.dataset.kode),
            // Cards whose quantity or first button is cut off by the card's own box.
            partsHidden: cards
              .filter(
                (card) =>
                  hidden(card, '.card__qty') ||
                  (card.querySelector('.action') !== null && hidden(card, '.action')),
              )
              .map((card) => card.dataset.kode),
          };
        });
      return {
        scrollHeight: document.documentElement.scrollHeight,
        scrollWidth: document.documentElement.scrollWidth,
        innerHeight,
        innerWidth,
        columns,
      };
    });

  /**
   * Checks a wall screen against the orders of its date (oldest first): the page does not scroll, each column's
   * count is the server's, it shows the oldest cards whole (compact when it cannot show them all) and says how
   * many more there are. Returns the columns' counts.
   */
  async function checkWall(screen: Screen, orders: DatedOrder[], statusesOf: (column: string) => string[]) {
    const page = await measureWall(screen);
    expect(page.scrollHeight, 'page height').to.be.at.most(page.innerHeight);
    expect(page.scrollWidth, 'page width').to.be.at.most(page.innerWidth);
    for (const column of page.columns) {
      const inColumn = orders.filter((order) => statusesOf(column.id).includes(order.statusPesanan));
      expect(column.count, `${column.id} count`).to.equal(inColumn.length);
      expect(column.shown.length + column.more, `${column.id} shown + more`).to.equal(column.count);
      if (column.more > 0) {
        expect(column.shown.length, `${column.id} shows some`).to.be.greaterThan(0);
        expect(column.moreText).to.equal(`+${column.more} pesanan lagi`);
        expect(column.compact, `${column.id} compact cards`).to.equal(column.shown.length);
      }
      expect(column.cutOff, `${column.id} cut off`).to.deep.equal([]);
      expect(column.codesHidden, `${column.id} codes not whole`).to.deep.equal([]);
      // Oldest first: the column shows its oldest orders, in order.
      expect(column.shown, `${column.id} oldest first`).to.deep.equal(
        inColumn.slice(0, column.shown.length).map((order) => order.kodePesanan),
      );
    }
    return Object.fromEntries(page.columns.map((column) => [column.id, column]));
  }

  /** The wall screens' date: 150 open orders, the first 40 accepted. */
  const crowded = jakartaDate(3);

  it('fits 150 open orders on a 1920×1080 wall screen: compact cards, oldest first, "+N more", no scrolling', async function () {
    this.timeout(120_000);
    const employees = [employee, await login(server.url, 'employee')];
    const created = await inBatches([...Array(150).keys()], 25, (i) =>
      createOrder(server.url, employees[i % 2], crowded, 1 + (i % 9)),
    );
    await inBatches(created.slice(0, 40), 20, (order) =>
      setStatus(server.url, kitchen, order.id, 'IN_PROGRESS'),
    );
    const truth = await ordersOldestFirst(server.url, kitchen, crowded, KITCHEN_STATUSES);
    expect(truth).to.have.length(150);
    const kitchenColumns = (id: string) => (id === 'MENUNGGU' ? ['MENUNGGU', 'MENUNGGU_PERSETUJUAN'] : [id]);

    const wall = await openScreen(browser, `${server.url}/display?tanggal=${crowded}`);
    await signIn(wall, 'dapur');
    await waitForBoard(wall, crowded);
    const before = await checkWall(wall, truth, kitchenColumns);
    expect(Object.keys(before)).to.deep.equal(['MENUNGGU', 'IN_PROGRESS']);
    expect(before.MENUNGGU.count).to.equal(110);
    expect(before.MENUNGGU.more).to.be.greaterThan(0);
    expect(before.IN_PROGRESS.more).to.be.greaterThan(0);
    await screenshot(wall, 'kitchen-wall-150-1920x1080');

    // Still exact as orders come and go: one more order, the oldest waiting one accepted.
    const extra = await createOrder(server.url, employee, crowded);
    const oldestWaiting = truth.find((order) => order.statusPesanan === 'MENUNGGU');
    await setStatus(server.url, kitchen, oldestWaiting?.id ?? 0, 'IN_PROGRESS');
    const counted = (column: string, n: number) =>
      waitFor(
        wall,
        (c: string, count: number) =>
          document.querySelector(`section[data-column="${c}"] .column__count`)?.textContent === String(count),
        5_000,
        `${column} to count ${n}`,
        column,
        n,
      );
    await counted('IN_PROGRESS', before.IN_PROGRESS.count + 1);
    await counted('MENUNGGU', before.MENUNGGU.count);
    const after = await ordersOldestFirst(server.url, kitchen, crowded, KITCHEN_STATUSES);
    expect(after.map((order) => order.kodePesanan)).to.include(extra.kodePesanan);
    await checkWall(wall, after, kitchenColumns);
    await wall.page.browserContext().close();

    // The administrator's five narrower columns, the same way.
    const admin = await openScreen(browser, `${server.url}/display?tanggal=${crowded}`);
    await signIn(admin, 'admin');
    await waitForBoard(admin, crowded);
    const adminToken = await login(server.url, 'admin');
    const all = await ordersOldestFirst(server.url, adminToken, crowded, ADMIN_STATUSES);
    const adminWall = await checkWall(admin, all, (id) =>
      id === 'APPROVALS' ? ['MENUNGGU_PERSETUJUAN'] : [id],
    );
    expect(Object.keys(adminWall)).to.deep.equal([
      'MENUNGGU',
      'IN_PROGRESS',
      'READY',
      'ON_DELIVERY',
      'APPROVALS',
    ]);
    expect(adminWall.MENUNGGU.more).to.be.greaterThan(0);
    await screenshot(admin, 'administrator-wall-150-1920x1080');
    await admin.page.browserContext().close();
  });

  // Pending: styles.css gives .card--compact one 54 px row with overflow hidden, but a compact card's head (code,
  // status), body (quantity, department · shift) and buttons need about 950 px in one row; in a 606 px kitchen
  // column the quantity and the Terima button wrap below the card's edge and cannot be seen or clicked (a focused
  // button even scrolls the card's code out of sight). Remove the skip when the compact layout fits.
  it('keeps a compact card’s quantity and main button visible on the crowded wall screen', async () => {
    const wall = await openScreen(browser, `${server.url}/display?tanggal=${crowded}`);
    await signIn(wall, 'dapur');
    await waitForBoard(wall, crowded);
    const { columns } = await measureWall(wall);
    for (const column of columns) expect(column.partsHidden, `${column.id}: cut off`).to.deep.equal([]);
    await wall.page.browserContext().close();
  });

  it('refreshes its short-lived access token before it expires and keeps working', async () => {
    // A process of its own whose access tokens live 6 seconds.
    const shortLived = serverProcess(await freePort(), databaseUrl, { ...SERVER_ENV, JWT_EXPIRES_IN: '6s' });
    await shortLived.start();
    try {
      const screen = await openScreen(browser, `${shortLived.url}/display?tanggal=${tanggal}`);
      const refreshes = () =>
        screen.requests.filter((body) => body.includes('"operationName":"Refresh"')).length;
      await signIn(screen, 'dapur');
      await waitForBoard(screen, tanggal);
      // The page asked once before sign-in (is there a session to resume?).
      const atSignIn = refreshes();
      const deadline = Date.now() + 20_000;
      // Two refreshes: the board has outlived the first token by a whole lifetime of the second.
      while (refreshes() < atSignIn + 2 && Date.now() < deadline)
        await screen.page.waitForNetworkIdle({ idleTime: 200 });
      expect(refreshes()).to.be.at.least(atSignIn + 2);
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
    await waitForBoard(kitchen1, tanggal);
    expect(await text(kitchen1, 'h1')).to.equal('Papan dapur');
    await signOut(kitchen1);
    await kitchen1.page.reload();
    await kitchen1.page.waitForSelector('#nik');
    expect(await kitchen1.page.$('.board')).to.equal(null);
  });
});
