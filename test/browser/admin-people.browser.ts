// The administrators' users and master data screens in Chromium against the real server process: an administrator
// creates a user who then signs in and works in another browser; a password reset shown once; deactivation ending
// an open app's session; a shift's ordering cut-off created, changed and removed as the employee's order screen
// shows it; a department in use that cannot be deleted; axe-core on every screen in both languages and themes.
import { expect } from 'chai';
import type { Browser, Page } from 'puppeteer-core';
import { freePort } from '../../src/db/embedded-postgres';
import { cloneTemplateDatabase } from '../helpers/global';
import { gql, jakartaDate, login, SEED } from './api';
import {
  axeViolations,
  launchChromium,
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
const DESKTOP = { width: 1440, height: 900 };

interface ApiUser {
  id: number;
  nomorIndukKaryawan: string;
  namaLengkap: string;
  role: string;
  isActive: boolean;
  department: { namaDivisi: string } | null;
  jabatan: { namaJabatan: string } | null;
}
interface ApiShift {
  id: number;
  namaShift: string;
  jamMulai: string;
  jamSelesai: string;
  batasPesanMenit: number | null;
}

function textOf(page: Page, selector: string): Promise<string> {
  return page.$eval(selector, (element) => (element.textContent ?? '').trim());
}

async function waitForTextIn(
  screen: Screen,
  selector: string,
  wanted: string,
  timeout = 5_000,
): Promise<void> {
  try {
    await waitFor(
      screen,
      (s: string, t: string) => (document.querySelector(s)?.textContent ?? '').includes(t),
      timeout,
      `"${wanted}" in ${selector}`,
      selector,
      wanted,
    );
  } catch (error) {
    const shown = await screen.page.$eval(selector, (e) => e.textContent).catch(() => '(absent)');
    throw new Error(`${String(error)}; ${selector} said: ${shown}`);
  }
}

async function replaceText(page: Page, selector: string, value: string): Promise<void> {
  await page.click(selector, { count: 3 });
  await page.keyboard.press('Backspace');
  if (value) await page.type(selector, value);
}

/** Chooses the option whose visible text is `label`. */
async function selectByText(page: Page, selector: string, label: string): Promise<void> {
  const value = await page.$eval(
    selector,
    (select, l) =>
      [...(select as HTMLSelectElement).options].find((option) => option.textContent?.trim() === l)?.value,
    label,
  );
  if (value === undefined) throw new Error(`no option "${label}" in ${selector}`);
  await page.select(selector, value);
}

function optionTexts(page: Page, selector: string): Promise<string[]> {
  return page.$eval(selector, (select) =>
    [...(select as HTMLSelectElement).options].map((option) => option.textContent?.trim() ?? ''),
  );
}

function tableNiks(page: Page): Promise<string[]> {
  return page.$$eval('.users-table tbody tr', (rows) =>
    rows.map((row) => (row as HTMLElement).dataset.nik ?? ''),
  );
}

describe("the administrators' users and master data screens (Chromium)", function () {
  this.timeout(90_000);
  let server: ServerProcess;
  let dropDatabase: () => Promise<void>;
  let browser: Browser;
  let admin: string;
  const screens: Screen[] = [];

  async function screen(url: string, viewport = DESKTOP, bypassCsp = false): Promise<Screen> {
    const opened = await openScreen(browser, 'about:blank', viewport);
    if (bypassCsp) await opened.page.setBypassCSP(true);
    await opened.page.goto(url);
    screens.push(opened);
    return opened;
  }

  async function findUser(nik: string): Promise<ApiUser> {
    const { users } = await gql<{ users: { items: ApiUser[] } }>(
      server.url,
      `query ($search: String) { users(filter: { search: $search }) { items {
         id nomorIndukKaryawan namaLengkap role isActive department { namaDivisi } jabatan { namaJabatan } } } }`,
      { search: nik },
      admin,
    );
    const user = users.items.find((u) => u.nomorIndukKaryawan === nik);
    if (!user) throw new Error(`no user ${nik}`);
    return user;
  }

  async function shifts(): Promise<ApiShift[]> {
    const data = await gql<{ shifts: ApiShift[] }>(
      server.url,
      '{ shifts { id namaShift jamMulai jamSelesai batasPesanMenit } }',
      {},
      admin,
    );
    return data.shifts;
  }

  before(async () => {
    const database = await cloneTemplateDatabase('packmeal_browser_admin_people');
    dropDatabase = database.drop;
    server = serverProcess(await freePort(), database.url);
    await server.start();
    browser = await launchChromium();
    admin = await login(server.url, 'admin');
  });

  afterEach(async () => {
    for (const opened of screens.splice(0)) await opened.page.browserContext().close();
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
    await dropDatabase?.();
  });

  it('creates a user who signs in with the initial password and works; a reset password is shown once and leads to the password change', async () => {
    const administrator = await screen(`${server.url}/admin/users`);
    await signIn(administrator, 'admin');
    const { page } = administrator;
    await page.waitForSelector('.users-table tbody tr', { timeout: 10_000 });

    // The filters live in the address and the server pages: the role filter read from a link.
    await page.goto(`${server.url}/admin/users?role=DAPUR`);
    await waitFor(
      administrator,
      () => document.querySelectorAll('.users-table tbody tr').length === 1,
      5_000,
      'one row',
    );
    expect(await tableNiks(page)).to.deep.equal(['KIT001']);
    expect(await page.$eval('#users-role', (s) => (s as HTMLSelectElement).value)).to.equal('DAPUR');
    await page.goto(`${server.url}/admin/users`);
    await page.waitForSelector('#users-create');

    await page.click('#users-create');
    await page.waitForSelector('#create-user');
    await page.type('#create-nomorIndukKaryawan', 'EMP001');
    await page.type('#create-namaLengkap', 'Sari Wulandari');
    await page.type('#create-password', 'pendek');
    await page.click('#create-user button[type="submit"]');
    // The browser's own check, in words next to the field (CreateUserInput: 8..128 characters).
    await page.waitForSelector('#create-password-error');
    expect(await textOf(page, '#create-password-error')).to.equal(
      'Kata sandi awal harus 8 sampai 128 karakter.',
    );
    await replaceText(page, '#create-password', 'awal-sari-2026');
    await selectByText(page, '#create-departmentId', 'Human Resources');
    // Only the jabatan of the chosen department are offered.
    await waitFor(
      administrator,
      () => (document.querySelector('#create-jabatanId') as HTMLSelectElement | null)?.options.length === 2,
      5_000,
      'the jabatan of Human Resources',
    );
    expect(await optionTexts(page, '#create-jabatanId')).to.deep.equal(['Tanpa jabatan', 'Staff']);
    await selectByText(page, '#create-jabatanId', 'Staff');
    await page.click('#create-user button[type="submit"]');
    // The server's refusal (the NIK is taken) in words next to the NIK; nothing was created.
    await page.waitForSelector('#create-nomorIndukKaryawan-error', { timeout: 5_000 });
    expect(await textOf(page, '#create-nomorIndukKaryawan-error')).to.equal(
      'NIK ini sudah dipakai pengguna lain. Pilih NIK lain.',
    );
    expect(await page.$eval('#create-nomorIndukKaryawan', (i) => i.getAttribute('aria-invalid'))).to.equal(
      'true',
    );
    await replaceText(page, '#create-nomorIndukKaryawan', 'EMP900');
    await page.click('#create-user button[type="submit"]');
    await waitForTextIn(administrator, '#user-panel-title', 'Sari Wulandari (EMP900)');
    const created = await findUser('EMP900');
    expect(created).to.deep.include({
      namaLengkap: 'Sari Wulandari',
      role: 'EMPLOYEE',
      isActive: true,
      department: { namaDivisi: 'Human Resources' },
      jabatan: { namaJabatan: 'Staff' },
    });
    expect(new URL(page.url()).searchParams.get('user')).to.equal(String(created.id));

    // Searching goes through the address too.
    await page.type('#users-search', 'emp900');
    await page.keyboard.press('Enter');
    await waitFor(administrator, () => location.search.includes('q=emp900'), 5_000, 'q in the address');
    await waitFor(
      administrator,
      () => document.querySelectorAll('.users-table tbody tr').length === 1,
      5_000,
      'one row',
    );
    expect(await tableNiks(page)).to.deep.equal(['EMP900']);

    // The new user signs in elsewhere with the initial password and reaches their home, with their placement.
    const person = await screen(server.url, PHONE);
    await signInAs(person, 'EMP900', 'awal-sari-2026');
    await waitForText(person, 'Halo, Sari Wulandari', 10_000);
    expect(await text(person)).to.include('NIK EMP900 · Human Resources · Staff');

    // The reset: the temporary password shown once, with a copy button.
    const origin = new URL(server.url).origin;
    await page
      .browserContext()
      .overridePermissions(origin, ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write']);
    await page.click('#user-reset-start');
    await page.click('#user-reset-confirm');
    await page.waitForSelector('#temporary-password', { timeout: 5_000 });
    const temporary = await textOf(page, '#temporary-password');
    expect(temporary).to.match(/^\S{12,}$/);
    await page.bringToFront(); // the clipboard answers the focused page only
    await page.click('#temporary-copy');
    await waitForTextIn(administrator, '#temporary-copied', 'Kata sandi sementara sudah disalin.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).to.equal(temporary);
    await screenshot(administrator, 'app-admin-users');
    const kept = await page.evaluate(
      () => location.href + JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }),
    );
    expect(kept).not.to.include(temporary);
    // A reload shows the same user, and never the password again.
    await page.reload();
    await waitForTextIn(administrator, '#user-panel-title', 'Sari Wulandari (EMP900)', 10_000);
    await page.waitForSelector('#user-reset-start');
    expect(await page.$('#temporary-password')).to.equal(null);
    expect(await text(administrator)).not.to.include(temporary);

    // The person's open app: the reset ended its session (its socket closed with 4403, the renewal was
    // refused), and it shows the sign-in screen with the reason.
    await waitForText(person, 'Sesi Anda telah berakhir. Silakan masuk lagi.', 10_000);
    await signInAs(person, 'EMP900', temporary);
    await waitForText(person, 'Anda harus mengganti kata sandi sebelum melanjutkan.', 10_000);
    await person.page.type('#currentPassword', temporary);
    await person.page.type('#newPassword', 'sari-baru-2026');
    await person.page.type('#confirmation', 'sari-baru-2026');
    await person.page.click('button[type="submit"]');
    // Then the app goes on where it was when the session ended.
    await waitFor(
      person,
      () => document.querySelector('h1')?.textContent === 'Halo, Sari Wulandari',
      10_000,
      'home',
    );
  });

  it('deactivating a user ends their open app’s session at once (the socket’s 4403), with the reason', async () => {
    const { createUser } = await gql<{ createUser: { id: number } }>(
      server.url,
      `mutation { createUser(input: { nomorIndukKaryawan: "EMP901", namaLengkap: "Budi Hartono",
         password: "budi-awal-2026", role: EMPLOYEE }) { id } }`,
      {},
      admin,
    );
    const person = await screen(server.url, PHONE);
    await signInAs(person, 'EMP901', 'budi-awal-2026');
    await waitForText(person, 'Halo, Budi Hartono', 10_000);
    await waitFor(person, () => document.body.dataset.connection === 'live', 10_000, 'live');

    const administrator = await screen(`${server.url}/admin/users?user=${createUser.id}`);
    await signIn(administrator, 'admin');
    const { page } = administrator;
    await page.waitForSelector('#user-deactivate', { timeout: 10_000 });
    await page.click('#user-deactivate');
    await page.click('#user-deactivate-confirm');
    await waitForTextIn(administrator, '#user-state', 'Nonaktif');
    expect((await findUser('EMP901')).isActive).to.equal(false);

    // The server closed the app's socket (4403); the app renews its session at once, is refused
    // (UNAUTHENTICATED), and shows the sign-in screen with the reason, without waiting for a click.
    await waitForText(person, 'Sesi Anda telah berakhir. Silakan masuk lagi.', 10_000);
    await person.page.waitForSelector('#nik');
    await signInAs(person, 'EMP901', 'budi-awal-2026');
    await waitForText(person, 'NIK atau kata sandi salah.');

    // Activated again, the person signs in.
    await page.click('#user-activate');
    await waitForTextIn(administrator, '#user-state', 'Aktif');
    await person.page.click('#password', { count: 3 });
    await person.page.type('#password', 'budi-awal-2026');
    await person.page.keyboard.press('Enter');
    // Back where the app was when its session ended.
    await waitFor(
      person,
      () => document.querySelector('h1')?.textContent === 'Halo, Budi Hartono',
      10_000,
      'home',
    );
    expect(await text(person)).to.include('Budi Hartono');
  });

  it("creates, edits and deletes a shift and its cut-off, as the employee's order screen shows it", async () => {
    const administrator = await screen(`${server.url}/admin/master?tab=shifts`);
    await signIn(administrator, 'admin');
    const { page } = administrator;
    await page.waitForSelector('#shift-table', { timeout: 10_000 });
    // The tabs answer the arrow keys.
    await page.focus('#master-tab-shifts');
    await page.keyboard.press('ArrowRight');
    await waitFor(administrator, () => location.search === '?tab=lokasi', 5_000, 'the lokasi tab');
    expect(await page.evaluate(() => document.activeElement?.id)).to.equal('master-tab-lokasi');
    await page.keyboard.press('ArrowLeft');
    await page.waitForSelector('#shift-table');

    await page.click('#shift-add');
    await page.waitForSelector('#shift-form');
    await page.type('#shift-form-namaShift', 'Shift 1');
    await setInput(page, '#shift-form-jamMulai', '10:00');
    await setInput(page, '#shift-form-jamSelesai', '18:00');
    await page.type('#shift-form-batasPesanMenit', '2000');
    await page.click('#shift-form-save');
    await page.waitForSelector('#shift-form-batasPesanMenit-error');
    expect(await textOf(page, '#shift-form-batasPesanMenit-error')).to.equal(
      'Batas pesan harus bilangan bulat 0 sampai 1440 menit, atau kosong bila tanpa batas.',
    );
    await replaceText(page, '#shift-form-batasPesanMenit', '60');
    await page.click('#shift-form-save');
    // A name already used: the API's CONFLICT in words next to the name; nothing created.
    await page.waitForSelector('#shift-form-namaShift-error', { timeout: 5_000 });
    expect(await textOf(page, '#shift-form-namaShift-error')).to.equal(
      'Nama ini sudah dipakai shift lain. Pilih nama lain.',
    );
    expect((await shifts()).map((s) => s.namaShift)).to.deep.equal(['Shift 1', 'Shift 2', 'Shift 3']);
    await replaceText(page, '#shift-form-namaShift', 'Shift Siang');
    await page.click('#shift-form-save');
    const row = 'tr[data-name="Shift Siang"]';
    await page.waitForSelector(row, { timeout: 5_000 });
    expect(await page.$eval(row, (r) => (r as HTMLElement).innerText.split('\t').slice(0, 3))).to.deep.equal([
      'Shift Siang',
      '10:00–18:00',
      '60 menit sebelum mulai',
    ]);
    expect(await textOf(page, '#shift-done')).to.equal('Berhasil menambah shift “Shift Siang”.');
    await screenshot(administrator, 'app-admin-master-shifts');
    const shift = (await shifts()).find((s) => s.namaShift === 'Shift Siang');
    expect(shift).to.deep.include({ jamMulai: '10:00', jamSelesai: '18:00', batasPesanMenit: 60 });

    // The employee's order screen: tomorrow, ordering for it is open until 09.00.
    const employee = await screen(`${server.url}/order`, PHONE);
    await signIn(employee, 'employee');
    await setInput(employee.page, '#tanggalPesanan', jakartaDate(1));
    const offered = 'label[data-shift="Shift Siang"]';
    await employee.page.waitForSelector(offered, { timeout: 5_000 });
    expect(await textOf(employee.page, offered)).to.include('Pemesanan dibuka sampai pukul 09.00');

    // A cut-off a whole day before the start: today's Shift Siang is not offered any more.
    await page.click(`${row} .master-edit`);
    await page.waitForSelector('#shift-form');
    expect(await page.$eval('#shift-form-batasPesanMenit', (i) => (i as HTMLInputElement).value)).to.equal(
      '60',
    );
    await replaceText(page, '#shift-form-batasPesanMenit', '1440');
    await page.click('#shift-form-save');
    await waitForTextIn(administrator, row, '1440 menit sebelum mulai');
    expect((await shifts()).find((s) => s.id === shift?.id)?.batasPesanMenit).to.equal(1440);
    await setInput(employee.page, '#tanggalPesanan', jakartaDate(0));
    // (the page first shows what it read for today before: closed at 09.00 or open, depending on the hour)
    await waitForText(employee, 'Pemesanan Shift Siang sudah ditutup pukul 10.00');
    expect(await employee.page.$(offered)).to.equal(null);

    // No cut-off: offered without a closing time.
    await page.click(`${row} .master-edit`);
    await page.waitForSelector('#shift-form');
    await replaceText(page, '#shift-form-batasPesanMenit', '');
    await page.click('#shift-form-save');
    await waitForTextIn(administrator, row, 'Tanpa batas');
    expect((await shifts()).find((s) => s.id === shift?.id)?.batasPesanMenit).to.equal(null);
    await setInput(employee.page, '#tanggalPesanan', jakartaDate(1));
    await waitForTextIn(employee, offered, 'Tanpa batas waktu pemesanan');

    // Deleted after the confirmation: gone from the list, the API and the order screen.
    await page.click(`${row} .master-delete`);
    await page.waitForSelector('#master-delete-dialog[open]');
    expect(await textOf(page, '#master-delete-title')).to.equal('Hapus shift “Shift Siang”?');
    await page.click('#master-delete-confirm');
    await waitFor(
      administrator,
      (r: string) => document.querySelector(r) === null,
      5_000,
      'the row to go',
      row,
    );
    expect(await textOf(page, '#shift-done')).to.equal('Berhasil menghapus shift “Shift Siang”.');
    expect((await shifts()).map((s) => s.namaShift)).to.deep.equal(['Shift 1', 'Shift 2', 'Shift 3']);
    await setInput(employee.page, '#tanggalPesanan', jakartaDate(2));
    await employee.page.waitForSelector('label[data-shift="Shift 2"]', { timeout: 5_000 });
    expect(await text(employee)).not.to.include('Shift Siang');
  });

  it('refuses to delete a department in use, explains why in words, and changes nothing', async () => {
    const departments = async () =>
      (
        await gql<{ departments: { id: number; namaDivisi: string }[] }>(
          server.url,
          '{ departments { id namaDivisi } }',
          {},
          admin,
        )
      ).departments;
    const before = await departments();
    const administrator = await screen(`${server.url}/admin/master`);
    await signIn(administrator, 'admin');
    const { page } = administrator;
    const row = 'tr[data-name="Human Resources"]';
    await page.waitForSelector(row, { timeout: 10_000 });
    await page.click(`${row} .master-delete`);
    await page.waitForSelector('#master-delete-dialog[open]');
    await page.click('#master-delete-confirm');
    await waitForTextIn(administrator, '#master-delete-error', 'tidak dihapus');
    expect(await textOf(page, '#master-delete-error')).to.equal(
      'Departemen “Human Resources” tidak dihapus karena masih dipakai: ada pengguna, jabatan atau pesanan di departemen ini. Pindahkan pengguna dan jabatannya ke departemen lain dulu; departemen yang sudah punya pesanan tetap disimpan untuk riwayat dan laporan. Tidak ada yang berubah.',
    );
    await screenshot(administrator, 'app-admin-master-in-use');
    expect(await page.evaluate(() => document.activeElement?.id)).to.equal('master-delete-cancel');
    await page.keyboard.press('Enter');
    await waitFor(
      administrator,
      () => !document.querySelector('#master-delete-dialog'),
      5_000,
      'the dialog to close',
    );
    expect(await page.$(row)).not.to.equal(null);
    expect(await departments()).to.deep.equal(before);
    expect((await findUser(SEED.employee.nik)).department).to.deep.equal({ namaDivisi: 'Human Resources' });
  });

  it('has no serious or critical axe-core violation on its screens, in both languages and both themes', async () => {
    const employee = await findUser(SEED.employee.nik);
    const administrator = await screen(`${server.url}/admin/users`, DESKTOP, true);
    await signIn(administrator, 'admin');
    const { page } = administrator;
    const found: string[] = [];
    const checks: { route: string; ready: string; open?: string; opened?: string }[] = [
      {
        route: `/admin/users?user=${employee.id}`,
        ready: '#user-reset-start',
        open: '#users-create',
        opened: '#create-user',
      },
      { route: '/admin/master?tab=departments', ready: '#department-table' },
      {
        route: '/admin/master?tab=jabatan',
        ready: '#jabatan-table',
        open: '#jabatan-add',
        opened: '#jabatan-form',
      },
      { route: '/admin/master?tab=shifts', ready: '#shift-table', open: '#shift-add', opened: '#shift-form' },
      { route: '/admin/master?tab=lokasi', ready: '#lokasi-add' },
    ];
    for (const check of checks) {
      await page.goto(`${server.url}${check.route}`);
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
          await page.reload();
          await page.waitForSelector(check.ready, { timeout: 10_000 });
          if (check.open && check.opened) {
            await page.click(check.open);
            await page.waitForSelector(check.opened);
          }
          for (const violation of await axeViolations(page))
            found.push(`${check.route} ${locale} ${theme}: ${violation}`);
        }
    }
    // English really is English on these screens.
    expect(await text(administrator)).to.include('Locations');
    expect(found).to.deep.equal([]);
  });
});
