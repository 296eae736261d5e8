// Driving the web app in Debian's Chromium (puppeteer-core, no browser download): open a screen in a browser
// context of its own (its own cookie jar, like a separate device), sign in, read the board, wait for a state.
import fs from 'node:fs';
import path from 'node:path';
import puppeteer, { Browser, EvaluateFunc, HTTPRequest, Page } from 'puppeteer-core';
import { SEED } from './api';

export const ARTIFACTS = path.join(__dirname, '..', '..', '..', 'test', 'artifacts');

/** CHROMIUM_PATH, else Debian's chromium. */
export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  const found = candidates.find((candidate) => candidate && fs.existsSync(candidate));
  if (!found) throw new Error('Chromium not found: apt-get install -y chromium (or set CHROMIUM_PATH)');
  return found;
}

export function launchChromium(): Promise<Browser> {
  return puppeteer.launch({
    executablePath: chromiumPath(),
    headless: true,
    // Root in a container has no user namespace sandbox; the pages are our own.
    args: ['--no-sandbox', '--disable-dev-shm-usage', '--autoplay-policy=no-user-gesture-required'],
  });
}

export interface Screen {
  page: Page;
  /** POST bodies of the page's GraphQL requests, in order (to see which operations it sent). */
  requests: string[];
  /** Console errors and failed requests, to show when a test fails. */
  problems: string[];
}

export async function openScreen(
  browser: Browser,
  url: string,
  viewport = { width: 1920, height: 1080 },
): Promise<Screen> {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport(viewport);
  const screen: Screen = { page, requests: [], problems: [] };
  page.on('request', (request) => {
    const body = request.postData();
    if (request.url().endsWith('/graphql') && body) screen.requests.push(body);
  });
  page.on('console', (message) => {
    if (message.type() === 'error') screen.problems.push(message.text());
  });
  page.on('pageerror', (error) => screen.problems.push(String(error)));
  await page.goto(url);
  return screen;
}

export async function signIn(screen: Screen, who: keyof typeof SEED): Promise<void> {
  const { page } = screen;
  await page.waitForSelector('#nik', { timeout: 10_000 });
  await page.type('#nik', SEED[who].nik);
  await page.type('#password', SEED[who].password);
  await page.keyboard.press('Enter');
  await waitFor(screen, () => document.body.dataset.connection === 'live', 10_000, 'the board to be live');
}

/** Waits for a condition in the page; on time-out the error says what was awaited and what the page logged. */
export async function waitFor<A extends unknown[]>(
  screen: Screen,
  condition: EvaluateFunc<A>,
  timeout: number,
  what: string,
  ...args: A
): Promise<void> {
  try {
    await screen.page.waitForFunction(condition, { timeout, polling: 'mutation' }, ...args);
  } catch (error) {
    throw new Error(
      `waited ${timeout} ms for ${what}: ${String(error)}; page problems: ${screen.problems.join(' | ')}`,
    );
  }
}

export function waitForCard(
  screen: Screen,
  kode: string,
  status: string | null,
  timeout = 5_000,
): Promise<void> {
  return waitFor(
    screen,
    (k: string, s: string | null) => {
      const card = document.querySelector<HTMLElement>(`.card[data-kode="${k}"]`);
      return s === null ? card === null : card?.dataset.status === s;
    },
    timeout,
    status === null ? `${kode} to leave the board` : `${kode} to show ${status}`,
    kode,
    status,
  );
}

/** The cards on a board as "kode status" lines, sorted (compare with api.ordersOf). */
export function boardCards(screen: Screen): Promise<string[]> {
  return screen.page.$$eval('.card', (cards) =>
    cards
      .map((card) => `${(card as HTMLElement).dataset.kode} ${(card as HTMLElement).dataset.status}`)
      .sort(),
  );
}

export function cardButton(kode: string, kind: string): string {
  return `.card[data-kode="${kode}"] .action--${kind}`;
}

export async function screenshot(screen: Screen, name: string): Promise<void> {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  // The board from its header down, whatever the keyboard scrolled to.
  await screen.page.evaluate(() => window.scrollTo(0, 0));
  await screen.page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`) as `${string}.png` });
}

/**
 * Holds the page's requests whose body names `operation` and lets `decide` continue or abort each; the others pass.
 * Returns the undo.
 */
export async function intercept(
  screen: Screen,
  operation: string,
  decide: (request: HTTPRequest) => Promise<void>,
): Promise<() => Promise<void>> {
  await screen.page.setRequestInterception(true);
  const handler = (request: HTTPRequest) => {
    if (request.isInterceptResolutionHandled()) return;
    if ((request.postData() ?? '').includes(operation)) void decide(request);
    else void request.continue();
  };
  screen.page.on('request', handler);
  return async () => {
    screen.page.off('request', handler);
    await screen.page.setRequestInterception(false);
  };
}

/** Waits until the card of `kode` shows a message containing `text` (e.g. after a lost race). */
export function waitForCardMessage(
  screen: Screen,
  kode: string,
  text: string,
  timeout = 5_000,
): Promise<void> {
  return waitFor(
    screen,
    (k: string, t: string) =>
      (document.querySelector(`.card[data-kode="${k}"] .card__message`)?.textContent ?? '').includes(t),
    timeout,
    `${kode} to say "${text}"`,
    kode,
    text,
  );
}

/**
 * Waits until the board has loaded the lists of `tanggal` and department (`document.body.dataset.boardLoaded`,
 * "tanggal|departmentId", the department empty for all), so that what a test does next is not raced by the load.
 */
export function waitForBoard(
  screen: Screen,
  tanggal: string,
  departmentId: number | null = null,
  timeout = 10_000,
): Promise<void> {
  const key = `${tanggal}|${departmentId ?? ''}`;
  return waitFor(
    screen,
    (k: string) => document.body.dataset.boardLoaded === k && document.querySelector('.board') !== null,
    timeout,
    `the board of ${key} to load`,
    key,
  );
}

/** Opens (true) or closes (false) the user menu in the header (details.shell__menu), where sound and sign-out are. */
export async function setMenuOpen(screen: Screen, open: boolean): Promise<void> {
  const isOpen = await screen.page.$eval(
    'details.shell__menu',
    (details) => (details as HTMLDetailsElement).open,
  );
  if (isOpen !== open) await screen.page.click('details.shell__menu summary');
  await screen.page.waitForFunction(
    (wanted: boolean) => document.querySelector<HTMLDetailsElement>('details.shell__menu')?.open === wanted,
    { timeout: 2_000 },
    open,
  );
}

/** Turns the notice tone on from the user menu and closes the menu again. */
export async function turnSoundOn(screen: Screen): Promise<void> {
  await setMenuOpen(screen, true);
  await screen.page.click('.sound');
  await waitFor(
    screen,
    () => document.querySelector('.sound')?.getAttribute('aria-pressed') === 'true',
    2_000,
    'sound on',
  );
  await setMenuOpen(screen, false);
}

/** Signs out from the user menu and waits for the sign-in form. */
export async function signOut(screen: Screen): Promise<void> {
  await setMenuOpen(screen, true);
  await screen.page.click('.sign-out');
  await screen.page.waitForSelector('#nik', { timeout: 10_000 });
}

/** The open request dialog's submit button (the kitchen's requests and the administrator's decisions). */
export const DIALOG_SUBMIT = 'dialog[open] form button[type="submit"]';

/** Answers the open request dialog: the note (and quantity for an edit) typed in, then the submit button. */
export async function answerDialog(screen: Screen, note: string, quantity?: number): Promise<void> {
  const { page } = screen;
  await page.waitForSelector('dialog[open] #request-note', { timeout: 5_000 });
  if (quantity !== undefined) {
    await page.$eval('#request-quantity', (input) => (input as HTMLInputElement).select());
    await page.type('#request-quantity', String(quantity));
  }
  if (note) await page.type('#request-note', note);
  await page.click(DIALOG_SUBMIT);
  await page.waitForSelector('dialog[open]', { hidden: true, timeout: 5_000 });
}

/** The visible text of the page (what a person reads). */
export function text(screen: Screen): Promise<string> {
  return screen.page.evaluate(() => document.body.innerText);
}

/** Waits for a text; on time-out the error also shows what the page said instead. */
export async function waitForText(screen: Screen, wanted: string, timeout = 5_000): Promise<void> {
  try {
    await waitFor(screen, (t: string) => document.body.innerText.includes(t), timeout, `"${wanted}"`, wanted);
  } catch (error) {
    const shown = (await text(screen).catch(() => '')).replace(/\s+/g, ' ').slice(0, 400);
    throw new Error(`${String(error)}; the page said: ${shown}`);
  }
}

/** Signs in with any NIK and password (signIn is for the seed accounts and waits until the app is live). */
export async function signInAs(screen: Screen, nik: string, password: string): Promise<void> {
  await screen.page.waitForSelector('#nik', { timeout: 10_000 });
  await screen.page.type('#nik', nik);
  await screen.page.type('#password', password);
  await screen.page.keyboard.press('Enter');
}

/** Sets an input's value as the browser's own picker would (React hears the input event). */
export async function setInput(page: Page, selector: string, value: string): Promise<void> {
  await page.$eval(
    selector,
    (input, v) => {
      const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
      setter?.call(input, v);
      input.dispatchEvent(new Event('input', { bubbles: true }));
      input.dispatchEvent(new Event('change', { bubbles: true }));
    },
    value,
  );
}

/** Opens the menu under the person's name (language, theme, sound, sign-out). */
export async function openMenu(page: Page): Promise<void> {
  const open = await page.$eval('details.shell__menu', (d) => (d as HTMLDetailsElement).open);
  if (!open) await page.click('details.shell__menu summary');
}

const AXE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's serious and critical violations on the page as it is now, as "rule: target" lines. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(
            context: Document,
            options: object,
          ): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe;
    const { violations } = await axe.run(document, { resultTypes: ['violations'] });
    return violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}
