// The web app as an employee's phone loads it: the JavaScript and CSS sent for the home screen (gzipped, as the
// server sends them; budget 200 KB) and the time from navigation to the home showing its orders, on a cold cache
// (a new browser context, no service worker), with 50,000 orders in the database (10,000 of them the employee's).
// Debian's Chromium over loopback.
import fs from 'node:fs';
import puppeteer from 'puppeteer-core';
import { BenchEnvironment } from './support/environment';
import { insertOrders } from './support/fixtures';
import { BenchResult } from './support/report';
import { summarize } from './support/stats';

const RUNS = 7;

/** CHROMIUM_PATH, else Debian's chromium (as the browser tests). */
function chromiumPath(): string {
  const found = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find((p) => p && fs.existsSync(p));
  if (!found) throw new Error('Chromium not found: apt-get install -y chromium (or set CHROMIUM_PATH)');
  return found;
}

export async function webApp(env: BenchEnvironment): Promise<BenchResult[]> {
  const bench = await env.startApp('web_app');
  const browser = await puppeteer.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: ['--no-sandbox'],
  });
  try {
    await insertOrders(bench, { count: 50_000 });
    const origin = bench.graphqlUrl.replace(/\/graphql$/, '');
    const times: number[] = [];
    let bytes = 0;
    let files = 0;
    for (let run = 0; run < RUNS; run++) {
      // A signed-in phone (the refresh cookie), nothing cached.
      const login = await fetch(bench.graphqlUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query:
            'mutation { login(input: {nik: "EMP001", password: "emp123", clientType: WEB}) { accessToken } }',
        }),
      });
      const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0];
      const [name, value] = cookie.split('=');
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      await page.setViewport({ width: 390, height: 844 });
      await page.setCookie({ name, value, url: origin, httpOnly: true });
      const cdp = await page.createCDPSession();
      await cdp.send('Network.enable');
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
      const types = new Map<string, string>();
      let sent = 0;
      let count = 0;
      cdp.on('Network.responseReceived', (event) => types.set(event.requestId, event.type));
      cdp.on('Network.loadingFinished', (event) => {
        const type = types.get(event.requestId);
        if (type === 'Script' || type === 'Stylesheet') {
          sent += event.encodedDataLength;
          count += 1;
        }
      });
      const started = performance.now();
      await page.goto(origin);
      await page.waitForSelector('#last-week', { timeout: 30_000 });
      times.push(performance.now() - started);
      bytes = sent;
      files = count;
      await context.close();
    }
    return [
      {
        benchmark: 'web-app home',
        workload: `EMP001's home on a 390 px phone, cold cache, ${RUNS} loads; 50,000 orders (10,000 the employee's)`,
        throughput: '–',
        latency: summarize(times),
        sql: '–',
        result: `navigation → orders shown; JS + CSS sent: ${(bytes / 1024).toFixed(1)} KB in ${files} files (budget 200 KB)`,
      },
    ];
  } finally {
    await browser.close();
    await bench.stop();
  }
}
