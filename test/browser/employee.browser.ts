// The web app as its people use it, in Chromium against the real server process: an employee orders from a phone
// while the kitchen and delivery work their boards in other browsers; the cut-off, cancelling, the forced password
// change, a server restart, the language switch, installability, accessibility (axe-core) and the keyboard.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect } from 'chai';
import type { Browser } from 'puppeteer-core';
import { freePort } from '../../src/db/embedded-postgres';
import { cloneTemplateDatabase } from '../helpers/global';
import { gql, jakartaDate, login, SEED, setStatus } from './api';
import {
  axeViolations,
  launchChromium,
  openMenu,
  openScreen,
  Screen,
  screenshot,
  setInput,
  signIn,
  signInAs,
  text,
  waitFor,
  waitForText,
} from './pages';
import { ServerProcess, serverProcess } from './server-process';

const PHONE = { width: 390, height: 844 };
const WALL = { width: 1920, height: 1080 };
const DATABASE_CLI = path.join(__dirname, '..', '..', 'src', 'database-cli.js');

describe('the web app for employees, kitchen and delivery (Chromium)', function () {
  this.timeout(90_000);
  let server: ServerProcess;
  let databaseUrl: string;
  let dropDatabase: () => Promise<void>;
  let browser: Browser;
  let admin: string;
  let kitchen: string;
  const screens: Screen[] = [];

  async function screen(url: string, viewport = PHONE, bypassCsp = false): Promise<Screen> {
    const opened = await openScreen(browser, 'about:blank', viewport);
    if (bypassCsp) await opened.page.setBypassCSP(true);
    await opened.page.goto(url);
    screens.push(opened);
    return opened;
  }

  before(async () => {
    const database = await cloneTemplateDatabase('packmeal_browser_app');
    databaseUrl = database.url;
    dropDatabase = database.drop;
    server = serverProcess(await freePort(), databaseUrl);
    await server.start();
    browser = await launchChromium();
    admin = await login(server.url, 'admin');
    kitchen = await login(server.url, 'dapur');
  });

  afterEach(async () => {
    for (const opened of screens.splice(0)) await opened.page.browserContext().close();
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
    await dropDatabase?.();
  });

  async function setCutOff(shiftId: number, batasPesanMenit: number | null): Promise<void> {
    const { shifts } = await gql<{
      shifts: { id: number; namaShift: string; jamMulai: string; jamSelesai: string }[];
    }>(server.url, '{ shifts { id namaShift jamMulai jamSelesai } }', {}, admin);
    const shift = shifts.find((s) => s.id === shiftId);
    if (!shift) throw new Error(`no shift ${shiftId}`);
    await gql(
      server.url,
      'mutation ($id: Int!, $input: ShiftInput!) { updateShift(id: $id, input: $input) { id } }',
      {
        id: shiftId,
        input: {
          namaShift: shift.namaShift,
          jamMulai: shift.jamMulai,
          jamSelesai: shift.jamSelesai,
          batasPesanMenit,
        },
      },
      admin,
    );
  }

  it('an employee orders 3 meals on a phone; kitchen and delivery move it along; each step reaches the employee live', async () => {
    const employee = await screen(server.url);
    await waitForText(employee, 'Masuk ke Pack Meal', 10_000);
    await signIn(employee, 'employee');
    await waitForText(employee, 'Halo, Employee One');
    const kitchenBoard = await screen(`${server.url}/board`, WALL);
    await signIn(kitchenBoard, 'dapur');
    await waitForText(kitchenBoard, 'Papan dapur');
    const deliveryBoard = await screen(`${server.url}/board`, PHONE);
    await signIn(deliveryBoard, 'delivery');
    await waitForText(deliveryBoard, 'Papan pengantaran');

    // Three taps from home: "Pesan makan", the quantity (typed), "Pesan 3 porsi".
    await employee.page.click('#order-meal');
    await employee.page.waitForSelector('#place-order');
    await waitFor(
      employee,
      () => document.querySelector('input[name="shiftId"]:checked') !== null,
      5_000,
      'a shift',
    );
    const checked = await employee.page.$eval(
      'input[name="shiftId"]:checked',
      (input) => input.closest('label')?.dataset.shift,
    );
    expect(checked).to.equal('Shift 1');
    await employee.page.click('#jumlahPesanan', { count: 3 });
    await employee.page.type('#jumlahPesanan', '3');
    await waitForText(employee, 'Pesan 3 porsi');
    await employee.page.click('#place-order');
    await employee.page.waitForSelector('#order-created', { timeout: 5_000 });
    const kode = await employee.page.$eval('.order-detail', (d) => (d as HTMLElement).dataset.kode ?? '');
    expect(kode).to.match(/^PM-\d{8}-\d{3}$/);
    expect(await text(employee))
      .to.include('3 porsi')
      .and.include('Menunggu');
    await screenshot(employee, 'app-employee-order-placed');

    const card = `.card[data-kode="${kode}"]`;
    await kitchenBoard.page.waitForSelector(`${card}[data-status="MENUNGGU"]`, { timeout: 5_000 });
    await kitchenBoard.page.click(`${card} .action--accept`);
    await waitFor(
      employee,
      () => document.body.innerText.includes('Diproses'),
      5_000,
      'Diproses on the phone',
    );
    await kitchenBoard.page.click(`${card} .action--ready`);
    await waitFor(
      employee,
      (k: string) =>
        document.querySelector(`.order-detail[data-kode="${k}"]`)?.getAttribute('data-status') === 'READY',
      5_000,
      'Siap',
      kode,
    );
    expect(await text(employee)).to.include('Siap');

    await deliveryBoard.page.waitForSelector(`${card}[data-status="READY"]`, { timeout: 5_000 });
    await screenshot(deliveryBoard, 'app-delivery-phone');
    await deliveryBoard.page.click(`${card} .action--pickUp`);
    await waitFor(
      employee,
      (k: string) =>
        document.querySelector(`.order-detail[data-kode="${k}"]`)?.getAttribute('data-status') ===
        'ON_DELIVERY',
      5_000,
      'Diantar',
      kode,
    );
    await deliveryBoard.page.click(`${card} .action--delivered`);
    await waitFor(
      employee,
      (k: string) =>
        document.querySelector(`.order-detail[data-kode="${k}"]`)?.getAttribute('data-status') === 'COMPLETE',
      5_000,
      'Selesai',
      kode,
    );
    const page = await text(employee);
    expect(page).to.include('Selesai');
    for (const stamp of ['Dipesan', 'Diterima dapur', 'Siap', 'Diantar', 'Sampai'])
      expect(page).to.include(stamp);
    // The notices told the employee at each step.
    expect(employee.problems.filter((p) => !p.includes('favicon'))).to.deep.equal([]);
  });

  it('does not offer a shift whose ordering has closed, and explains a refusal with the closing time, keeping what was typed', async () => {
    await setCutOff(1, 1440); // Shift 1 closes a day before it starts: closed for today whatever the hour
    await setCutOff(2, null);
    try {
      const employee = await screen(`${server.url}/order`);
      await signIn(employee, 'employee');
      await employee.page.waitForSelector('[data-closed-shift="Shift 1"]', { timeout: 5_000 });
      expect(await employee.page.$('label[data-shift="Shift 1"]')).to.equal(null);
      expect(await text(employee)).to.include('Pemesanan Shift 1 sudah ditutup pukul 07.00');
      await employee.page.click('label[data-shift="Shift 2"]');
      await employee.page.click('#jumlahPesanan', { count: 3 });
      await employee.page.type('#jumlahPesanan', '5');
      // The administrator closes Shift 2 while the form is open: the server refuses what the screen still offers.
      await setCutOff(2, 1440);
      await employee.page.click('#place-order');
      await employee.page.waitForSelector('#shiftId-error', { timeout: 5_000 });
      const message = await employee.page.$eval('#shiftId-error', (p) => p.textContent ?? '');
      expect(message).to.include('sudah ditutup pukul 15.00');
      expect(await employee.page.$eval('#jumlahPesanan', (i) => (i as HTMLInputElement).value)).to.equal('5');
      expect(await text(employee)).not.to.include('INTERNAL_SERVER_ERROR');
      // Another date is open again, with its closing time.
      await setInput(employee.page, '#tanggalPesanan', jakartaDate(3));
      await employee.page.waitForSelector('label[data-shift="Shift 1"]', { timeout: 5_000 });
      expect(await text(employee)).to.include('Pemesanan dibuka sampai pukul 07.00');
    } finally {
      await setCutOff(1, null);
      await setCutOff(2, null);
    }
  });

  it('offers cancel while allowed (the kitchen board loses the card live), and not after the kitchen accepted', async () => {
    const employeeToken = await login(server.url, 'employee');
    const create = (jumlah: number) =>
      gql<{ createOrder: { id: number; kodePesanan: string } }>(
        server.url,
        'mutation ($input: CreateOrderInput!) { createOrder(input: $input) { id kodePesanan } }',
        { input: { shiftId: 1, jumlahPesanan: jumlah, tanggalPesanan: jakartaDate(0) } },
        employeeToken,
      ).then((d) => d.createOrder);
    const open = await create(2);
    const accepted = await create(4);
    await setStatus(server.url, kitchen, accepted.id, 'IN_PROGRESS');
    const kitchenBoard = await screen(`${server.url}/board`, WALL);
    await signIn(kitchenBoard, 'dapur');
    await kitchenBoard.page.waitForSelector(`.card[data-kode="${open.kodePesanan}"]`, { timeout: 5_000 });

    const employee = await screen(`${server.url}/orders/${accepted.id}`);
    await signIn(employee, 'employee');
    await waitForText(employee, accepted.kodePesanan);
    await waitForText(employee, 'Diproses');
    expect(await employee.page.$('#cancel-order')).to.equal(null);

    await employee.page.goto(`${server.url}/orders/${open.id}`);
    await employee.page.waitForSelector('#cancel-order', { timeout: 5_000 });
    await employee.page.click('#cancel-order');
    await employee.page.type('#alasan', 'short');
    await employee.page.click('#confirm-cancel');
    await employee.page.waitForSelector('#alasan-error');
    expect(await employee.page.$eval('#alasan-error', (p) => p.textContent)).to.include(
      '10 sampai 500 karakter',
    );
    await employee.page.type('#alasan', ' — rapat dibatalkan hari ini');
    await employee.page.click('#confirm-cancel');
    await waitFor(
      employee,
      () => document.querySelector('.order-detail')?.getAttribute('data-status') === 'DIBATALKAN',
      5_000,
      'Dibatalkan',
    );
    expect(await text(employee))
      .to.include('Dibatalkan')
      .and.include('rapat dibatalkan hari ini');
    await waitFor(
      kitchenBoard,
      (k: string) => !document.querySelector(`.card[data-kode="${k}"]`),
      5_000,
      'the card to leave the board',
      open.kodePesanan,
    );
  });

  it('takes a reset user and a create-admin administrator to the password change first; then they work', async () => {
    const { users } = await gql<{ users: { items: { id: number }[] } }>(
      server.url,
      '{ users(filter: { search: "EMP002" }) { items { id } } }',
      {},
      admin,
    );
    const reset = await gql<{ resetUserPassword: { temporaryPassword: string } }>(
      server.url,
      'mutation ($id: Int!) { resetUserPassword(id: $id) { temporaryPassword } }',
      { id: users.items[0].id },
      admin,
    );
    const employee = await screen(server.url);
    await signInAs(employee, 'EMP002', reset.resetUserPassword.temporaryPassword);
    await waitForText(employee, 'Anda harus mengganti kata sandi');
    await employee.page.type('#currentPassword', reset.resetUserPassword.temporaryPassword);
    // The API's own refusal (same as the current one) appears next to the field, in words.
    await employee.page.type('#newPassword', reset.resetUserPassword.temporaryPassword);
    await employee.page.type('#confirmation', reset.resetUserPassword.temporaryPassword);
    await employee.page.click('button[type="submit"]');
    await employee.page.waitForSelector('#newPassword-error', { timeout: 5_000 });
    expect(await employee.page.$eval('#newPassword-error', (p) => p.textContent)).to.include(
      'berbeda dari yang lama',
    );
    for (const field of ['#newPassword', '#confirmation']) {
      await employee.page.click(field, { count: 3 });
      await employee.page.type(field, 'karyawan-baru-2026');
    }
    await employee.page.click('button[type="submit"]');
    await waitForText(employee, 'Halo, Employee Two');

    await promisify(execFile)(process.execPath, [DATABASE_CLI, 'create-admin', 'ADM777', 'Budi Santoso'], {
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl,
        ADMIN_PASSWORD: 'pertama-kali-2026',
        NODE_ENV: 'test',
      },
    });
    const administrator = await screen(server.url, WALL);
    await signInAs(administrator, 'ADM777', 'pertama-kali-2026');
    await waitForText(administrator, 'Anda harus mengganti kata sandi');
    await administrator.page.type('#currentPassword', 'pertama-kali-2026');
    await administrator.page.type('#newPassword', 'admin-baru-2026');
    await administrator.page.type('#confirmation', 'admin-baru-2026');
    await administrator.page.click('button[type="submit"]');
    await waitForText(administrator, 'Dasbor');
  });

  it('shows the offline notice while the server is down and, back, shows the event raised meanwhile', async () => {
    const employeeToken = await login(server.url, 'employee');
    const { createOrder: order } = await gql<{ createOrder: { id: number; kodePesanan: string } }>(
      server.url,
      'mutation ($input: CreateOrderInput!) { createOrder(input: $input) { id kodePesanan } }',
      { input: { shiftId: 3, jumlahPesanan: 1, tanggalPesanan: jakartaDate(1) } },
      employeeToken,
    );
    const employee = await screen(`${server.url}/orders/${order.id}`);
    await signIn(employee, 'employee');
    await waitForText(employee, 'Menunggu');
    await server.stop();
    await employee.page.waitForSelector('#offline-notice', { timeout: 20_000 });
    expect(await text(employee)).to.include('Anda offline sejak');
    await server.start();
    // Raised before the screen is back: the stream's resume brings it.
    await setStatus(server.url, await login(server.url, 'dapur'), order.id, 'IN_PROGRESS');
    await waitFor(
      employee,
      () => document.querySelector('.order-detail')?.getAttribute('data-status') === 'IN_PROGRESS',
      30_000,
      'Diproses after the restart',
    );
    await waitFor(employee, () => document.body.dataset.connection === 'live', 30_000, 'live again');
    expect(await employee.page.$('#offline-notice')).to.equal(null);
  });

  it('switches every text to English and back, remembered across reloads', async () => {
    const employee = await screen(server.url);
    await signIn(employee, 'employee');
    await waitForText(employee, 'Halo, Employee One');
    expect(await employee.page.$eval('html', (h) => h.lang)).to.equal('id');
    const indonesian = await text(employee);
    await openMenu(employee.page);
    await employee.page.click('[data-testid="language-switch"]');
    await waitForText(employee, 'Hello, Employee One');
    expect(await employee.page.$eval('html', (h) => h.lang)).to.equal('en');
    const english = await text(employee);
    for (const word of ['Pesan makan', 'Beranda', 'Pesanan saya', 'Langsung']) {
      expect(indonesian).to.include(word);
      expect(english).not.to.include(word);
    }
    for (const word of ['Order a meal', 'Home', 'My orders', 'Live']) expect(english).to.include(word);
    await employee.page.reload();
    await waitForText(employee, 'Hello, Employee One', 10_000);
    await openMenu(employee.page);
    await employee.page.click('[data-testid="language-switch"]');
    await waitForText(employee, 'Halo, Employee One');
    await employee.page.reload();
    await waitForText(employee, 'Halo, Employee One', 10_000);
  });

  it('is installable: manifest with 192 and 512 px icons and a service worker, no installability errors', async () => {
    // The default context: Chromium never offers installation in an incognito one (every other context here).
    const page = await browser.newPage();
    await page.setViewport(PHONE);
    await page.goto(server.url);
    const employee: Screen = { page, requests: [], problems: [] };
    await signIn(employee, 'employee');
    await employee.page.waitForFunction(
      async () => (await navigator.serviceWorker.getRegistration())?.active?.state === 'activated',
      { timeout: 15_000 },
    );
    const manifest = (await (await fetch(`${server.url}/manifest.webmanifest`)).json()) as {
      icons: { sizes: string }[];
      start_url: string;
      display: string;
    };
    expect(manifest.icons.map((i) => i.sizes)).to.include.members(['192x192', '512x512']);
    const session = await employee.page.createCDPSession();
    const { installabilityErrors } = (await session.send('Page.getInstallabilityErrors')) as {
      installabilityErrors: unknown[];
    };
    expect(installabilityErrors).to.deep.equal([]);
    // The worker caches the app shell, never the API.
    const sw = await (await fetch(`${server.url}/sw.js`)).text();
    const precached = [...sw.matchAll(/url:"([^"]+)"/g)].map((match) => match[1]);
    expect(precached.some((url) => /^assets\/index-[\w-]+\.js$/.test(url))).to.equal(true);
    expect(precached.filter((url) => /graphql|api\/|export/.test(url))).to.deep.equal([]);
    await page.close();
  });

  it('has no serious or critical axe-core violation on any screen, in both languages and both themes', async () => {
    const employeeToken = await login(server.url, 'employee');
    const { createOrder: order } = await gql<{ createOrder: { id: number } }>(
      server.url,
      'mutation ($input: CreateOrderInput!) { createOrder(input: $input) { id } }',
      { input: { shiftId: 1, jumlahPesanan: 2, tanggalPesanan: jakartaDate(1) } },
      employeeToken,
    );
    const found: string[] = [];
    const check = async (opened: Screen, where: string) => {
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
          await opened.page.reload();
          await opened.page.waitForSelector('main', { timeout: 10_000 });
          await new Promise((resolve) => setTimeout(resolve, 300));
          for (const violation of await axeViolations(opened.page))
            found.push(`${where} ${locale} ${theme}: ${violation}`);
        }
    };
    const signInScreen = await screen(server.url, PHONE, true);
    await signInScreen.page.waitForSelector('#nik');
    await check(signInScreen, 'sign-in');
    const employee = await screen(server.url, PHONE, true);
    await signIn(employee, 'employee');
    for (const route of ['/', '/order', '/orders', `/orders/${order.id}`, '/password', '/no-such-page']) {
      await employee.page.goto(`${server.url}${route}`);
      await check(employee, route);
    }
    const kitchenScreen = await screen(`${server.url}/board`, WALL, true);
    await signIn(kitchenScreen, 'dapur');
    await check(kitchenScreen, 'kitchen board');
    await kitchenScreen.page.goto(`${server.url}/approvals`);
    await check(kitchenScreen, 'approvals');
    const deliveryScreen = await screen(`${server.url}/board`, PHONE, true);
    await signIn(deliveryScreen, 'delivery');
    await check(deliveryScreen, 'delivery board');
    expect(found).to.deep.equal([]);
  });

  it('isolates user-supplied text: a right-to-left override in a name does not reverse what follows it', async () => {
    const { me } = await gql<{ me: { id: number } }>(
      server.url,
      '{ me { id } }',
      {},
      await login(server.url, 'employee'),
    );
    const rename = (namaLengkap: string) =>
      gql(
        server.url,
        'mutation ($id: Int!, $input: UpdateUserProfileInput!) { updateUserProfile(id: $id, input: $input) { id } }',
        { id: me.id, input: { namaLengkap } },
        admin,
      );
    await rename('Ani \u202Eabc');
    try {
      const employeeToken = await login(server.url, 'employee');
      const { createOrder: order } = await gql<{ createOrder: { kodePesanan: string } }>(
        server.url,
        'mutation ($input: CreateOrderInput!) { createOrder(input: $input) { kodePesanan } }',
        { input: { shiftId: 1, jumlahPesanan: 1, tanggalPesanan: jakartaDate(0) } },
        employeeToken,
      );
      const kitchenBoard = await screen(`${server.url}/board`, WALL);
      await signIn(kitchenBoard, 'dapur');
      const card = `.card[data-kode="${order.kodePesanan}"]`;
      await kitchenBoard.page.waitForSelector(`${card} .card__age`, { timeout: 5_000 });
      // Isolated, the name's override ends with it: the age stays to its right, in reading order.
      const layout = await kitchenBoard.page.$eval(card, (element) => {
        const who = element.querySelector('.card__who');
        const name = who?.querySelector('.card__name');
        const age = who?.querySelector('.card__age');
        const separator = document.createRange();
        const text = [...(who?.childNodes ?? [])].find(
          (node) => node.nodeType === 3 && node.textContent?.includes('·'),
        );
        if (text) separator.selectNodeContents(text);
        return {
          nameRight: name?.getBoundingClientRect().right ?? NaN,
          separatorLeft: separator.getBoundingClientRect().left,
          ageLeft: age?.getBoundingClientRect().left ?? NaN,
        };
      });
      expect(layout.separatorLeft).to.be.at.least(layout.nameRight - 1);
      expect(layout.ageLeft).to.be.greaterThan(layout.separatorLeft);
    } finally {
      await rename('Employee One');
    }
  });

  it('lets an employee sign in and order with the keyboard alone', async () => {
    const employee = await screen(server.url);
    await employee.page.waitForSelector('#nik');
    await employee.page.focus('#nik');
    await employee.page.keyboard.type(SEED.employee.nik);
    await employee.page.keyboard.press('Tab');
    await employee.page.keyboard.type(SEED.employee.password);
    await employee.page.keyboard.press('Enter');
    await waitForText(employee, 'Halo, Employee One');
    // Tab to "Pesan makan" and follow it.
    for (let i = 0; i < 30; i++) {
      await employee.page.keyboard.press('Tab');
      const id = await employee.page.evaluate(() => document.activeElement?.id);
      if (id === 'order-meal') break;
    }
    expect(await employee.page.evaluate(() => document.activeElement?.id)).to.equal('order-meal');
    await employee.page.keyboard.press('Enter');
    await employee.page.waitForSelector('#place-order');
    await waitFor(
      employee,
      () => document.querySelector('input[name="shiftId"]:checked') !== null,
      5_000,
      'a shift',
    );
    for (let i = 0; i < 30; i++) {
      await employee.page.keyboard.press('Tab');
      const id = await employee.page.evaluate(() => document.activeElement?.id);
      if (id === 'place-order') break;
    }
    await employee.page.keyboard.press('Enter');
    await employee.page.waitForSelector('#order-created', { timeout: 5_000 });
  });
});
