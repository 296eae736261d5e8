// The API stays available under abuse: bounded metrics, login storms that do not starve other requests, exports
// laid out off the event loop, bounded in number and usable once.
import http from 'node:http';
import { expect } from 'chai';
import { hashQueue } from '../src/auth/hash-queue';
import { freePort } from '../src/db/embedded-postgres';
import { MAX_OPERATION_NAMES, OTHER_OPERATION } from '../src/observability/metrics';
import { spawnServerProcess, startTestServer, TestServer } from './helpers/server';

const EXPORT = `mutation($input: ExportReportInput!) { exportReport(input: $input) { url } }`;
const LOGIN = 'mutation($input: LoginInput!) { login(input: $input) { accessToken } }';

/** Milliseconds `call` took. */
async function timed(call: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await call();
  return performance.now() - started;
}

/** Resolves once `condition` holds (polled; the events here have no hook to wait on), failing after 20 s. */
async function until(condition: () => boolean | Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Runs `count` calls, `width` at a time. */
async function inWaves(count: number, width: number, call: (index: number) => Promise<unknown>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < count) await call(next++);
    }),
  );
}

describe('availability under abuse', () => {
  describe('metrics', () => {
    let server: TestServer;
    before(async () => {
      server = await startTestServer();
    });
    after(() => server.dispose());

    const metricsText = async () => (await fetch(`${server.url}/api/metrics`)).text();

    // 10,000 in the benchmark (bench/abuse.ts); here enough to pass the bound many times over.
    const UNIQUE = 2_000;

    it(`keeps operation labels bounded under ${UNIQUE.toLocaleString('en')} requests with unique names`, async function () {
      this.timeout(120_000);
      await server.gql('query Warm { __typename }');
      const before = (await metricsText()).length;
      await inWaves(UNIQUE, 25, (index) =>
        server.gql(`query Unique_${index}_${'x'.repeat(40)} { __typename }`),
      );
      const after = await metricsText();
      const names = new Set(
        [...after.matchAll(/graphql_operations_total\{operation="([^"]*)"/g)].map((match) => match[1]),
      );
      expect(names.size).to.be.at.most(MAX_OPERATION_NAMES + 1);
      expect(names.has(OTHER_OPERATION)).to.equal(true);
      const other = new RegExp(`graphql_operations_total\\{operation="${OTHER_OPERATION}"[^}]*\\} (\\d+)`);
      expect(Number(other.exec(after)?.[1])).to.be.at.least(UNIQUE - MAX_OPERATION_NAMES);
      // Each kept name costs a counter and a histogram (about 2 KB of text); 2,000 would be 4 MB.
      expect(after.length - before).to.be.lessThan(MAX_OPERATION_NAMES * 2_500);
    });

    it('labels names that are not plain identifiers as one value', async () => {
      await server.gql(`query ${'L'.repeat(200)} { __typename }`);
      expect(await metricsText()).to.not.contain('L'.repeat(100));
    });
  });

  describe('metrics in production', () => {
    const production = {
      NODE_ENV: 'production',
      JWT_SECRET: 'a-production-access-secret-of-enough-length-1234',
      JWT_REFRESH_SECRET: 'a-production-refresh-secret-of-enough-length-5678',
      PUBLIC_URL: 'https://meals.example.test',
    };

    it('refuses /api/metrics on the API port without METRICS_TOKEN, serves it plainly on METRICS_PORT, and with the token on both', async () => {
      const metricsPort = await freePort();
      const open = await startTestServer({ env: { ...production, METRICS_PORT: String(metricsPort) } });
      try {
        expect((await fetch(`${open.url}/api/metrics`)).status).to.equal(403);
        // README's scrape configuration: each worker's METRICS_PORT, no credentials (a private network).
        const scraped = await fetch(`http://127.0.0.1:${metricsPort}/api/metrics`);
        expect(scraped.status).to.equal(200);
        expect(await scraped.text()).to.contain('graphql_operations_total');
      } finally {
        await open.dispose();
      }
      const guarded = await startTestServer({
        env: { ...production, METRICS_TOKEN: 'scrape-token-123', METRICS_PORT: String(metricsPort) },
      });
      try {
        expect((await fetch(`http://127.0.0.1:${metricsPort}/api/metrics`)).status).to.equal(401);
        const withToken = await fetch(`http://127.0.0.1:${metricsPort}/api/metrics`, {
          headers: { authorization: 'Bearer scrape-token-123' },
        });
        expect(withToken.status).to.equal(200);
        expect((await fetch(`${guarded.url}/api/metrics`)).status).to.equal(401);
        const allowed = await fetch(`${guarded.url}/api/metrics`, {
          headers: { authorization: 'Bearer scrape-token-123' },
        });
        expect(allowed.status).to.equal(200);
        expect(await allowed.text()).to.contain('graphql_operations_total');
      } finally {
        await guarded.dispose();
      }
    });
  });

  describe('login storms', () => {
    let server: TestServer;
    before(async () => {
      server = await startTestServer({ env: { LOGIN_QUEUE_LIMIT: '200' } });
    });
    after(() => server.dispose());

    it('answers an unrelated query quickly while 150 logins with unknown NIKs are hashing', async function () {
      this.timeout(120_000);
      const admin = await server.login('admin');
      const queue = hashQueue(server.app.deps.config);
      let answered = 0;
      const storm = Array.from({ length: 150 }, (_, index) =>
        server
          .gql(LOGIN, { input: { nik: `STORM${index}`, password: 'not-the-password' } })
          .finally(() => (answered += 1)),
      );
      // Probe once every login of the storm has reached the hash queue (their first short transactions are done).
      await until(() => queue.size + answered >= 150 && queue.size >= 50, 'the storm in the hash queue');
      const latencies: number[] = [];
      for (let probe = 0; probe < 5; probe += 1)
        latencies.push(await timed(() => server.ok('{ me { id } }', {}, { token: admin })));
      const responses = await Promise.all(storm);
      // The benchmark holds 200 ms on an idle machine; the test machine is shared, so the bound is looser.
      expect(Math.max(...latencies), `me latencies ${latencies.join(', ')}`).to.be.lessThan(1000);
      expect(
        responses.every((response) => response.errors?.[0].extensions?.code === 'UNAUTHENTICATED'),
      ).to.equal(true);
    });

    it('refuses logins beyond the queue with TOO_MANY_REQUESTS, not counting them as failures', async function () {
      this.timeout(60_000);
      const small = await startTestServer({ env: { LOGIN_QUEUE_LIMIT: '3' } });
      try {
        const responses = await Promise.all(
          Array.from({ length: 30 }, (_, index) =>
            small.gql(LOGIN, { input: { nik: `BUSY${index}`, password: 'not-the-password' } }),
          ),
        );
        const codes = responses.map((response) => response.errors?.[0].extensions?.code);
        expect(codes).to.include('TOO_MANY_REQUESTS');
        expect(codes).to.include('UNAUTHENTICATED');
        expect(codes.every((code) => code === 'TOO_MANY_REQUESTS' || code === 'UNAUTHENTICATED')).to.equal(
          true,
        );
        const [attempts] = await small.sql<{ count: number }>(
          "SELECT count(*)::int AS count FROM login_attempt WHERE nik LIKE 'BUSY%'",
        );
        expect(attempts.count).to.equal(codes.filter((code) => code === 'UNAUTHENTICATED').length);
      } finally {
        await small.dispose();
      }
    });
  });

  describe('exports', function () {
    this.timeout(180_000);
    const ROWS = 5_000;
    let server: TestServer;
    let admin: string;

    before(async () => {
      server = await startTestServer({ env: { EXPORT_CONCURRENCY: '3' } });
      admin = await server.login('admin');
      await server.sql(
        `INSERT INTO log_audit_trail (user_id, aksi, detail, "timestamp")
         SELECT NULL, 'EXPORT_LOAD', 'Order PM-20251001-' || lpad(n::text, 6, '0') || ' ' || repeat('detail ', 12),
                timestamptz '2025-10-01 00:00:00+00' + n * interval '1 second'
           FROM generate_series(1, $1) AS n`,
        [ROWS],
      );
      await server.sql('ANALYZE log_audit_trail');
    });
    after(() => server.dispose());

    async function link(format = 'PDF'): Promise<string> {
      const data = await server.ok<{ exportReport: { url: string } }>(
        EXPORT,
        { input: { kind: 'AUDIT_TRAIL', format, aksi: 'EXPORT_LOAD' } },
        { token: admin },
      );
      return data.exportReport.url;
    }

    /** Downloads `url` completely, resolving with the status and the byte count. */
    function download(url: string): Promise<{ status: number; bytes: number }> {
      return new Promise((resolve, reject) => {
        http
          .get(url, (response) => {
            let bytes = 0;
            response.on('data', (chunk: Buffer) => (bytes += chunk.length));
            response.on('end', () => resolve({ status: response.statusCode ?? 0, bytes }));
            response.on('error', reject);
          })
          .on('error', reject);
      });
    }

    it(`answers an unrelated query quickly while two ${ROWS.toLocaleString('en')}-row PDFs are laid out`, async () => {
      const urls = await Promise.all([link(), link()]);
      let finished = 0;
      const downloads = urls.map((url) => download(url).finally(() => (finished += 1)));
      const latencies: number[] = [];
      while (finished === 0) {
        latencies.push(await timed(() => server.ok('{ me { id } }', {}, { token: admin })));
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      const results = await Promise.all(downloads);
      for (const result of results) {
        expect(result.status).to.equal(200);
        expect(result.bytes).to.be.greaterThan(ROWS * 20);
      }
      expect(latencies.length).to.be.greaterThan(3);
      expect(Math.max(...latencies), `me latencies ${latencies.map(Math.round).join(', ')}`).to.be.lessThan(
        1000,
      );
    });

    it('refuses a download beyond EXPORT_CONCURRENCY with 429, and the refused link still works later', async () => {
      const urls = await Promise.all([link(), link(), link()]);
      const running: http.IncomingMessage[] = [];
      for (const url of urls) {
        const response = await new Promise<http.IncomingMessage>((resolve, reject) =>
          http.get(url, resolve).on('error', reject),
        );
        expect(response.statusCode).to.equal(200);
        response.pause();
        running.push(response);
      }
      const extra = await link('CSV');
      const refused = await fetch(extra);
      expect(refused.status).to.equal(429);
      expect(((await refused.json()) as { error: { code: string } }).error.code).to.equal(
        'TOO_MANY_REQUESTS',
      );
      for (const response of running) response.destroy();
      let status = 429;
      await until(async () => {
        const response = await fetch(extra);
        await response.arrayBuffer();
        status = response.status;
        return status !== 429;
      }, 'a free export slot');
      expect(status).to.equal(200);
      expect((await fetch(extra)).status).to.equal(410);
    });

    it('serves a link once, also across server processes', async () => {
      const url = await link('CSV');
      const other = await spawnServerProcess(server.databaseUrl);
      try {
        const first = await fetch(url);
        expect(first.status).to.equal(200);
        await first.arrayBuffer();
        const again = await fetch(url);
        expect(again.status).to.equal(410);
        const elsewhere = await fetch(url.replace(server.url, other.url));
        expect(elsewhere.status).to.equal(410);
        expect(((await elsewhere.json()) as { error: { message: string } }).error.message).to.match(
          /already used/,
        );
      } finally {
        await other.stop();
      }
    });
  });
});
