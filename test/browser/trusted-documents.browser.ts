// The web app against a server with TRUSTED_DOCUMENTS=enforce (the real process, the build's own manifest and no
// TRUSTED_DOCUMENTS_DIR): an employee signs in and orders on a phone, the kitchen's board receives the order over
// its subscription and accepts it, and the phone shows the change live. Every request names its document by id.
import { expect } from 'chai';
import type { Browser } from 'puppeteer-core';
import { freePort } from '../../src/db/embedded-postgres';
import { cloneTemplateDatabase } from '../helpers/global';
import { launchChromium, openScreen, Screen, signIn, waitFor, waitForText } from './pages';
import { ServerProcess, serverProcess } from './server-process';

const PHONE = { width: 390, height: 844 };
const WALL = { width: 1920, height: 1080 };

describe('the web app with TRUSTED_DOCUMENTS=enforce (Chromium)', function () {
  this.timeout(90_000);
  let server: ServerProcess;
  let dropDatabase: () => Promise<void>;
  let browser: Browser;
  const screens: Screen[] = [];
  /** graphql-ws subscribe messages the pages sent (their payloads). */
  const subscribes: Array<Record<string, unknown>> = [];

  async function screen(url: string, viewport: { width: number; height: number }): Promise<Screen> {
    const opened = await openScreen(browser, 'about:blank', viewport);
    const cdp = await opened.page.createCDPSession();
    await cdp.send('Network.enable');
    cdp.on('Network.webSocketFrameSent', ({ response }) => {
      const message = JSON.parse(response.payloadData) as {
        type?: string;
        payload?: Record<string, unknown>;
      };
      if (message.type === 'subscribe' && message.payload) subscribes.push(message.payload);
    });
    await opened.page.goto(url);
    screens.push(opened);
    return opened;
  }

  before(async () => {
    const database = await cloneTemplateDatabase('packmeal_browser_trusted');
    dropDatabase = database.drop;
    server = serverProcess(await freePort(), database.url, { TRUSTED_DOCUMENTS: 'enforce' });
    await server.start();
    browser = await launchChromium();
  });

  after(async () => {
    for (const opened of screens.splice(0)) await opened.page.browserContext().close();
    await browser?.close();
    await server?.stop();
    await dropDatabase?.();
  });

  it('signs in, orders and follows the order live, sending document ids only', async () => {
    // The server really refuses documents sent as text.
    const raw = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ shifts { id } }' }),
    });
    const refused = (await raw.json()) as { errors: Array<{ extensions: { code: string } }> };
    expect(refused.errors[0].extensions.code).to.equal('TRUSTED_DOCUMENT_REQUIRED');

    const employee = await screen(server.url, PHONE);
    await waitForText(employee, 'Masuk ke Pack Meal', 10_000);
    await signIn(employee, 'employee');
    await waitForText(employee, 'Halo, Employee One');
    const kitchen = await screen(`${server.url}/board`, WALL);
    await signIn(kitchen, 'dapur');
    await waitForText(kitchen, 'Papan dapur');

    await employee.page.click('#order-meal');
    await employee.page.waitForSelector('#place-order');
    await waitFor(
      employee,
      () => document.querySelector('input[name="shiftId"]:checked') !== null,
      5_000,
      'a shift',
    );
    await employee.page.click('#jumlahPesanan', { count: 3 });
    await employee.page.type('#jumlahPesanan', '2');
    await waitForText(employee, 'Pesan 2 porsi');
    await employee.page.click('#place-order');
    await employee.page.waitForSelector('#order-created', { timeout: 5_000 });
    const kode = await employee.page.$eval('.order-detail', (d) => (d as HTMLElement).dataset.kode ?? '');
    expect(kode).to.match(/^PM-\d{8}-\d{3}$/);

    const card = `.card[data-kode="${kode}"]`;
    await kitchen.page.waitForSelector(`${card}[data-status="MENUNGGU"]`, { timeout: 10_000 });
    await kitchen.page.click(`${card} .action--accept`);
    await waitFor(
      employee,
      () => document.body.innerText.includes('Diproses'),
      10_000,
      'Diproses on the phone',
    );

    const bodies = [...employee.requests, ...kitchen.requests].map(
      (body) => JSON.parse(body) as Record<string, unknown>,
    );
    expect(bodies.length).to.be.greaterThan(3);
    for (const body of bodies) {
      expect(body, JSON.stringify(body)).to.not.have.property('query');
      expect(body)
        .to.have.nested.property('extensions.persistedQuery.sha256Hash')
        .that.matches(/^[0-9a-f]{64}$/);
    }
    expect(subscribes.length).to.be.greaterThan(0);
    for (const payload of subscribes) {
      expect(payload.query).to.equal('');
      expect(payload.documentId).to.match(/^sha256:[0-9a-f]{64}$/);
    }
    expect(
      [...employee.problems, ...kitchen.problems].filter((problem) => /TRUSTED|PERSISTED/.test(problem)),
    ).to.deep.equal([]);
  });
});
