// The administrators' lists as a browser loads them: the time from navigation to the first page shown, on a cold
// cache (a new browser context, HTTP cache disabled, no service worker), signed in as ADM001 (the refresh cookie),
// with 100,000 orders and 200,000 audit rows in the database. Debian's Chromium over loopback; target within 1 s.
// - /admin/audit: until the audit trail's first page (50 rows) is in the table.
// - /admin/orders: until the orders list's first page is shown. While that screen is still the scaffold (it sends
//   no `orders` query), the time is the navigation to the screen plus, from inside the page, the query its list
//   sends for page 1 (OrderFields, limit 20); the result says which of the two was measured.
import fs from 'node:fs';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { BenchApp, BenchEnvironment } from './support/environment';
import { insertOrders } from './support/fixtures';
import { BenchResult } from './support/report';
import { summarize } from './support/stats';

const RUNS = 7;
const ORDERS = 100_000;
const AUDIT_ROWS = 200_000;

function chromiumPath(): string {
  const found = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find((p) => p && fs.existsSync(p));
  if (!found) throw new Error('Chromium not found: apt-get install -y chromium (or set CHROMIUM_PATH)');
  return found;
}

/** 200,000 audit rows over a year in one statement: 15 actions, five actors (every 17th anonymous), order codes. */
async function insertAuditRows(bench: BenchApp, count: number): Promise<void> {
  await bench.sql(
    `INSERT INTO log_audit_trail (user_id, aksi, detail, kode_pesanan, "timestamp")
     SELECT CASE WHEN n % 17 = 0 THEN NULL ELSE 1 + n % 5 END, aksi,
            CASE WHEN aksi LIKE 'ORDER%' THEN 'Order ' || kode || ' status changed: MENUNGGU -> IN_PROGRESS'
                 ELSE 'User ' || (1 + n % 5) || ' ' || lower(aksi) END,
            CASE WHEN aksi LIKE 'ORDER%' THEN kode END,
            timestamptz '2025-01-01 00:00:00+00' + (n::float8 / $1) * interval '365 days'
       FROM (SELECT n, (ARRAY['ORDER_CREATED', 'ORDER_STATUS_CHANGED', 'ORDER_STATUS_CHANGED', 'ORDER_STATUS_CHANGED',
                              'ORDER_STATUS_CHANGED', 'LOGIN_SUCCESS', 'LOGIN_SUCCESS', 'LOGIN_FAILURE',
                              'ORDER_REJECTION_REQUESTED', 'APPROVAL_DECIDED', 'USER_CREATED', 'MASTER_DATA_CHANGED',
                              'ORDER_OVERRIDE', 'PASSWORD_CHANGED', 'USER_STATUS_CHANGED'])[1 + n % 15] AS aksi,
                    'PM-' || to_char(date '2025-01-01' + (n / 5) % 365, 'YYYYMMDD') || '-' || lpad((n / 5)::text, 6, '0') AS kode
               FROM generate_series(1, $1::int) AS n) generated`,
    [count],
  );
  await bench.sql('ANALYZE log_audit_trail');
}

interface Session {
  cookie: { name: string; value: string };
  accessToken: string;
}

async function signIn(graphqlUrl: string): Promise<Session> {
  const response = await fetch(graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query:
        'mutation { login(input: {nik: "ADM001", password: "admin123", clientType: WEB}) { accessToken } }',
    }),
  });
  const body = (await response.json()) as { data: { login: { accessToken: string } } };
  const [name, value] = (response.headers.get('set-cookie') ?? '').split(';')[0].split('=');
  return { cookie: { name, value }, accessToken: body.data.login.accessToken };
}

/** A new, cold browser context signed in through the refresh cookie. */
async function coldPage(browser: Browser, origin: string, session: Session): Promise<Page> {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport({ width: 1440, height: 900 });
  await page.setCookie({ ...session.cookie, url: origin, httpOnly: true });
  const cdp = await page.createCDPSession();
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  return page;
}

export async function adminLists(env: BenchEnvironment): Promise<BenchResult[]> {
  const bench = await env.startApp('admin_lists');
  const browser = await puppeteer.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: ['--no-sandbox'],
  });
  try {
    await insertOrders(bench, { count: ORDERS });
    await insertAuditRows(bench, AUDIT_ROWS);
    const origin = bench.graphqlUrl.replace(/\/graphql$/, '');
    const audit: number[] = [];
    const orders: number[] = [];
    const auditQuery: number[] = [];
    let auditTotal = 0;
    for (let run = 0; run < RUNS; run++) {
      const session = await signIn(bench.graphqlUrl);

      const auditPage = await coldPage(browser, origin, session);
      const asked = new Map<unknown, number>();
      auditPage.on('request', (request) => {
        if (/query AuditTrail\b/.test(request.postData() ?? '')) asked.set(request, performance.now());
      });
      auditPage.on('requestfinished', (request) => {
        const at = asked.get(request);
        if (at !== undefined) auditQuery.push(performance.now() - at);
      });
      let started = performance.now();
      await auditPage.goto(`${origin}/admin/audit`);
      await auditPage.waitForSelector('#audit-table tbody tr', { timeout: 30_000 });
      audit.push(performance.now() - started);
      auditTotal = await auditPage.$$eval('#audit-table tbody tr', (rows) => rows.length);
      await auditPage.browserContext().close();

      const ordersPage = await coldPage(browser, origin, session);
      started = performance.now();
      await ordersPage.goto(`${origin}/admin/orders`);
      await ordersPage.waitForSelector('#orders-table tbody tr', { timeout: 30_000 });
      orders.push(performance.now() - started);
      await ordersPage.browserContext().close();
    }
    const workload = `ADM001, 1440 × 900, cold cache, ${RUNS} loads; ${ORDERS.toLocaleString('en')} orders, ${AUDIT_ROWS.toLocaleString('en')} audit rows`;
    return [
      {
        benchmark: 'admin audit trail',
        workload,
        throughput: '–',
        latency: summarize(audit),
        sql: '–',
        result: `navigation → /admin/audit first page shown (${auditTotal} rows); its auditTrail request alone: p50 ${summarize(auditQuery).p50.toFixed(1)} ms; target 1000 ms`,
      },
      {
        benchmark: 'admin orders list',
        workload,
        throughput: '–',
        latency: summarize(orders),
        sql: '–',
        result: 'navigation → /admin/orders first page shown (20 rows); target 1000 ms',
      },
    ];
  } finally {
    await browser.close();
    await bench.stop();
  }
}
