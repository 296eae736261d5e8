import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'chai';
import { connect, disposeSockets } from './helpers/subscriptions';
import { capturedLogs, spawnServerProcess, startTestServer, TestServer } from './helpers/server';

const PRODUCTION_ENV = {
  NODE_ENV: 'production',
  JWT_SECRET: 'a-production-access-secret-of-enough-length-1234',
  JWT_REFRESH_SECRET: 'a-production-refresh-secret-of-enough-length-5678',
  CORS_ORIGIN: 'https://app.example.test',
  PUBLIC_URL: 'https://meals.example.test',
};

async function post(url: string, body: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });
  const text = await response.text();
  return { status: response.status, text, headers: response.headers };
}

describe('operations and hardening', () => {
  afterEach(() => disposeSockets());

  describe('query limits (HTTP and WebSocket alike)', () => {
    let server: TestServer;
    let admin: string;
    before(async () => {
      server = await startTestServer({
        env: { QUERY_MAX_DEPTH: '4', QUERY_MAX_ALIASES: '3', QUERY_MAX_COST: '200', QUERY_MAX_TOKENS: '400' },
      });
      admin = await server.login('admin');
    });
    after(() => server.dispose());

    const DEEP = '{ orders { items { pemesan { jabatan { department { id } } } } } }';
    const ALIASED = '{ a: me { id } b: me { id } c: me { id } d: me { id } }';
    const COSTLY =
      '{ orders { items { id kodePesanan pemesan { id namaLengkap department { id namaDivisi } } department { id namaDivisi } shift { id namaShift } } } }';
    const LONG = `{ me { ${Array.from({ length: 500 }, () => 'id').join(' ')} } }`;

    for (const [name, query, code] of [
      ['too deep', DEEP, 'GRAPHQL_VALIDATION_FAILED'],
      ['too many aliases', ALIASED, 'GRAPHQL_VALIDATION_FAILED'],
      ['too costly', COSTLY, 'GRAPHQL_VALIDATION_FAILED'],
      ['too many tokens', LONG, 'GRAPHQL_PARSE_FAILED'],
    ] as const) {
      it(`refuses a query ${name} over HTTP with 400 ${code}`, async () => {
        const response = await server.gql(query, {}, { token: admin });
        expect(response.status).to.equal(400);
        expect(response.errors?.[0].extensions?.code).to.equal(code);
      });

      it(`refuses an operation ${name} over WebSocket with ${code}, keeping the socket open`, async () => {
        const socket = connect(server.wsUrl, { authorization: `Bearer ${admin}` });
        const refused = socket.subscribe(query);
        await refused.waitFor(1, 2000).catch(() => undefined);
        expect(JSON.stringify(refused.errors)).to.contain(code);
        const fine = socket.subscribe<{ me: { id: number } }>('{ me { id } }');
        const [result] = await fine.waitFor(1);
        expect(result.me.id).to.equal(1);
      });
    }

    it('accepts a query within every limit', async () => {
      const data = await server.ok<{ a: { id: number }; b: { id: number } }>(
        '{ a: me { id } b: me { id } }',
        {},
        { token: admin },
      );
      expect(data.a.id).to.equal(1);
    });
  });

  describe('HTTP protections', () => {
    let server: TestServer;
    before(async () => {
      server = await startTestServer({ env: { CORS_ORIGIN: 'https://app.example.test', BODY_LIMIT: '2kb' } });
    });
    after(() => server.dispose());

    it('refuses a body over the limit with 413', async () => {
      const response = await post(
        server.url,
        JSON.stringify({ query: `{ me { id } } # ${'x'.repeat(4000)}` }),
      );
      expect(response.status).to.equal(413);
      expect(JSON.parse(response.text).errors[0].extensions.code).to.equal('PAYLOAD_TOO_LARGE');
    });

    it('closes a WebSocket whose message is over the body limit with 1009', async () => {
      const token = await server.login('admin');
      const socket = connect(server.wsUrl, { authorization: `Bearer ${token}` });
      await socket.connected;
      socket.subscribe(`{ me { id } } # ${'x'.repeat(4000)}`);
      expect(await socket.closed).to.equal(1009);
    });

    it('refuses batched requests', async () => {
      const response = await post(
        server.url,
        JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]),
      );
      expect(response.status).to.equal(400);
    });

    it('refuses simple (CSRF-able) POSTs: text/plain or no content type, unless a preflight header is sent', async () => {
      const plain = await post(server.url, JSON.stringify({ query: '{ __typename }' }), {
        'content-type': 'text/plain',
      });
      expect(plain.status).to.equal(400);
      expect(plain.text).to.contain('Cross-Site Request Forgery');
      const form = await post(server.url, 'query=%7B__typename%7D', {
        'content-type': 'application/x-www-form-urlencoded',
      });
      expect(form.status).to.equal(400);
      const json = await post(server.url, JSON.stringify({ query: '{ __typename }' }));
      expect(json.status).to.equal(200);
    });

    it('runs queries over GET with no preflight header (a GET never changes anything), refuses mutations with 405', async () => {
      const get = await fetch(`${server.url}/graphql?query=${encodeURIComponent('{ __typename }')}`, {
        headers: { accept: 'application/json' },
      });
      expect(get.status).to.equal(200);
      expect(get.headers.get('cache-control')).to.equal('private, no-cache');
      const mutation = await fetch(
        `${server.url}/graphql?query=${encodeURIComponent('mutation { logout }')}`,
        { headers: { accept: 'application/json' } },
      );
      expect(mutation.status).to.equal(405);
      expect(mutation.headers.get('allow')).to.equal('POST');
    });

    it('allows CORS preflight with credentials for CORS_ORIGIN and not for other origins', async () => {
      const preflight = (origin: string) =>
        fetch(`${server.url}/graphql`, {
          method: 'OPTIONS',
          headers: {
            origin,
            'access-control-request-method': 'POST',
            'access-control-request-headers': 'content-type,authorization',
          },
        });
      const allowed = await preflight('https://app.example.test');
      expect(allowed.status).to.equal(204);
      expect(allowed.headers.get('access-control-allow-origin')).to.equal('https://app.example.test');
      expect(allowed.headers.get('access-control-allow-credentials')).to.equal('true');
      const refused = await preflight('https://evil.example.test');
      expect(refused.headers.get('access-control-allow-origin')).to.equal(null);
    });

    it('sends security headers (helmet) and a request id', async () => {
      const response = await post(server.url, JSON.stringify({ query: '{ __typename }' }), {
        'x-request-id': 'req-123',
      });
      expect(response.headers.get('x-content-type-options')).to.equal('nosniff');
      expect(response.headers.get('x-request-id')).to.equal('req-123');
      expect(response.headers.get('x-powered-by')).to.equal(null);
    });

    it('serves GraphiQL in development from local assets, with no CDN', async () => {
      const page = await fetch(`${server.url}/graphql`, { headers: { accept: 'text/html' } });
      expect(page.status).to.equal(200);
      const html = await page.text();
      expect(html).to.contain('/ruru-static/');
      expect(html).to.not.match(/unpkg|jsdelivr|cdn\./);
      const script = await fetch(`${server.url}/ruru-static/ruru.js`);
      expect(script.status).to.equal(200);
      expect(script.headers.get('content-type')).to.match(/javascript/);
    });
  });

  describe('production mode', () => {
    let server: TestServer;
    before(async () => {
      server = await startTestServer({ env: PRODUCTION_ENV });
    });
    after(() => server.dispose());

    it('turns introspection and GraphiQL off', async () => {
      const response = await server.gql('{ __schema { queryType { name } } }');
      expect(response.errors?.[0].extensions?.code).to.equal('GRAPHQL_VALIDATION_FAILED');
      const page = await fetch(`${server.url}/graphql`, { headers: { accept: 'text/html' } });
      expect(await page.text()).to.not.contain('ruru');
    });

    it('leaks no stack trace, SQL or internal message', async () => {
      const admin = await server.login('admin');
      await server.sql(
        `CREATE FUNCTION fail_prod() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'secret internal detail'; END $$ LANGUAGE plpgsql`,
      );
      await server.sql(
        'CREATE TRIGGER fail_prod BEFORE INSERT ON master_department FOR EACH ROW EXECUTE FUNCTION fail_prod()',
      );
      try {
        const response = await server.gql(
          'mutation { createDepartment(input: { namaDivisi: "Finance" }) { id } }',
          {},
          { token: admin },
        );
        const body = JSON.stringify(response.errors);
        expect(response.errors?.[0].extensions?.code).to.equal('INTERNAL_SERVER_ERROR');
        expect(response.errors?.[0].message).to.equal('Internal server error');
        expect(body).to.not.match(/secret internal detail|INSERT|stacktrace|master_department/);
        expect(response.errors?.[0].extensions?.requestId).to.be.a('string').and.have.length.greaterThan(8);
        expect(response.headers.get('x-request-id')).to.equal(response.errors?.[0].extensions?.requestId);
      } finally {
        await server.sql('DROP TRIGGER fail_prod ON master_department');
        await server.sql('DROP FUNCTION fail_prod()');
      }
      const invalid = await server.gql('{ me { nope } }', {}, { token: admin });
      expect(JSON.stringify(invalid.errors)).to.not.contain('stacktrace');
    });

    it('gives no field suggestions that would reveal the schema, over HTTP and WebSocket', async () => {
      const admin = await server.login('admin');
      const response = await server.gql('{ me { rol } }', {}, { token: admin });
      expect(response.errors?.[0].extensions?.code).to.equal('GRAPHQL_VALIDATION_FAILED');
      expect(JSON.stringify(response.errors)).to.not.match(/Did you mean|role/);
      const socket = connect(server.wsUrl, { authorization: `Bearer ${admin}` });
      const refused = socket.subscribe('{ me { rol } }');
      await refused.waitFor(1, 2000).catch(() => undefined);
      expect(JSON.stringify(refused.errors)).to.contain('GRAPHQL_VALIDATION_FAILED');
      expect(JSON.stringify(refused.errors)).to.not.match(/Did you mean|role/);
    });

    it('builds export links from PUBLIC_URL, never from the Host header', async () => {
      const admin = await server.login('admin');
      const body = JSON.stringify({
        query: 'mutation { exportReport(input: { kind: DEPARTMENT, format: CSV }) { url } }',
      });
      const url = new URL(`${server.url}/graphql`);
      const text = await new Promise<string>((resolve, reject) => {
        const request = http.request(
          {
            host: url.hostname,
            port: url.port,
            path: url.pathname,
            method: 'POST',
            headers: {
              host: 'evil.example',
              'content-type': 'application/json',
              authorization: `Bearer ${admin}`,
            },
          },
          (response) => {
            let received = '';
            response.on('data', (chunk: Buffer) => (received += chunk.toString()));
            response.on('end', () => resolve(received));
          },
        );
        request.on('error', reject);
        request.end(body);
      });
      const link = (JSON.parse(text) as { data: { exportReport: { url: string } } }).data.exportReport.url;
      expect(link.startsWith(`${PRODUCTION_ENV.PUBLIC_URL}/api/exports/`)).to.equal(true);
      expect(link).to.not.contain('evil.example');
    });

    it('sets the refresh cookie Secure', async () => {
      const response = await server.gql(
        'mutation { login(input: { nik: "ADM001", password: "admin123" }) { accessToken } }',
      );
      expect(response.headers.get('set-cookie')).to.match(/;\s*Secure/i);
    });
  });

  describe('logs and metrics', () => {
    let server: TestServer;
    const logs = capturedLogs();
    const lines = logs.lines;
    before(async () => {
      server = await startTestServer({ env: { LOG_LEVEL: 'info' }, logDestination: logs.destination });
    });
    after(() => server.dispose());

    it('logs one line per operation with request id, name, user, duration and outcome, never a secret', async () => {
      const token = await server.login('employee');
      await server.gql(
        'query MyOrders { orders { total } }',
        {},
        { token, headers: { 'x-request-id': 'log-test-1' } },
      );
      await server.gql(
        'mutation BadLogin { login(input: { nik: "EMP001", password: "wrong-password-xyz" }) { accessToken } }',
      );
      const mine = lines.filter((line) => line.requestId === 'log-test-1');
      expect(mine).to.have.length(1);
      expect(mine[0]).to.include({ operation: 'MyOrders', kind: 'query', userId: 2, outcome: 'ok' });
      expect(mine[0].durationMs).to.be.a('number');
      const failed = lines.find((line) => line.operation === 'BadLogin');
      expect(failed).to.include({ outcome: 'UNAUTHENTICATED' });
      expect(logs.raw()).to.not.contain('wrong-password-xyz');
      expect(logs.raw()).to.not.contain(token);
      expect(logs.raw()).to.not.contain('emp123');
    });

    it('exposes Prometheus metrics that move when operations run and events flow', async () => {
      const read = async () => await (await fetch(`${server.url}/api/metrics`)).text();
      const sample = (text: string, pattern: RegExp) => Number(pattern.exec(text)?.[1] ?? 0);
      const before = await read();
      expect(before).to.contain('db_pool_connections');
      const dapur = await server.login('dapur');
      const employee = await server.login('employee');
      const socket = connect(server.wsUrl, { authorization: `Bearer ${dapur}` });
      const subscription = socket.subscribe('subscription KitchenBoard { orderCreated { order { id } } }');
      const deadline = Date.now() + 5000;
      while (server.app.server.realtime.activeSubscriptions() < 1 && Date.now() < deadline)
        await new Promise((resolve) => setTimeout(resolve, 10));
      const during = await read();
      expect(sample(during, /^realtime_active_subscriptions (\d+)/m)).to.equal(1);
      await server.ok(
        'mutation PlaceOrder { createOrder(input: { shiftId: 1, jumlahPesanan: 2 }) { id } }',
        {},
        { token: employee },
      );
      await subscription.waitFor(1);
      const after = await read();
      const placed = /graphql_operations_total\{operation="PlaceOrder",kind="mutation",outcome="ok"\} (\d+)/;
      expect(sample(after, placed)).to.equal(sample(before, placed) + 1);
      expect(
        sample(
          after,
          /graphql_operation_duration_seconds_count\{operation="PlaceOrder",kind="mutation"\} (\d+)/,
        ),
      ).to.be.greaterThan(0);
      expect(sample(after, /realtime_events_received_total\{topic="orderCreated"\} (\d+)/)).to.be.greaterThan(
        sample(before, /realtime_events_received_total\{topic="orderCreated"\} (\d+)/),
      );
      expect(sample(after, /realtime_events_delivered_total\{topic="orderCreated"\} (\d+)/)).to.equal(1);
    });
  });

  describe('process lifecycle', () => {
    it('finishes in-flight requests on SIGTERM, closes sockets with 1001 and leaves no postgres process', async function () {
      this.timeout(60_000);
      const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'packmeal-sigterm-'));
      try {
        const child = await spawnServerProcess(null, { DATA_DIR: dataDir, NODE_ENV: 'development' });
        const login = await fetch(`${child.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            query:
              'mutation { login(input: { nik: "ADM001", password: "admin123", clientType: MOBILE }) { accessToken } }',
          }),
        });
        const token = ((await login.json()) as { data: { login: { accessToken: string } } }).data.login
          .accessToken;
        const socket = connect(child.wsUrl, { authorization: `Bearer ${token}` });
        await socket.connected;
        const requests = Array.from({ length: 40 }, () =>
          fetch(`${child.url}/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
            body: JSON.stringify({ query: '{ orders(limit: 100) { total } users { total } }' }),
          }).then(
            async (response) => ({ status: response.status, body: await response.text() }),
            () => ({ status: 0, body: 'not accepted' }),
          ),
        );
        await new Promise((resolve) => setTimeout(resolve, 15));
        const exitCode = await child.stop('SIGTERM');
        const results = await Promise.all(requests);
        expect(exitCode).to.equal(0);
        expect(await socket.closed).to.equal(1001);
        const answered = results.filter((result) => result.status !== 0);
        expect(answered.length).to.be.greaterThan(0);
        for (const result of answered) {
          expect(result.status).to.equal(200);
          expect(result.body).to.not.contain('"errors"');
        }
        expect(fs.existsSync(path.join(dataDir, 'postmaster.pid'))).to.equal(false);
        const processes = execFileSync('ps', ['-eo', 'args']).toString();
        expect(processes).to.not.contain(dataDir);
      } finally {
        fs.rmSync(dataDir, { recursive: true, force: true });
      }
    });
  });
});
