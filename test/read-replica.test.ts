// READ_DATABASE_URL on a real streaming replica of the test PostgreSQL (deploy/scale/replica.ts): the audit trail
// and reports read from it, what a person just changed reads from the primary, the lag is measured and shown by
// /api/ready and the metrics, and a replica that falls behind or stops is left aside (reads go to the primary,
// and the log says so) until it is back (README "Scaling out").
import { expect } from 'chai';
import { Client } from 'pg';
import { withDatabase } from '../src/db/data-source';
import { freePort } from '../src/db/embedded-postgres';
import { startStreamingReplica, StreamingReplica } from '../deploy/scale/replica';
import { capturedLogs, startTestServer, TestServer } from './helpers/server';
import { sleep } from './helpers/subscriptions';

const MAX_LAG_MS = 4000;
const AUDIT = '{ auditTrail(limit: 1) { total items { aksi } } }';
const CREATE = 'mutation($input: CreateOrderInput!) { createOrder(input: $input) { id kodePesanan } }';
const ORDERS = '{ orders(limit: 50) { items { kodePesanan } } }';
const EXPORT = 'mutation($input: ExportReportInput!) { exportReport(input: $input) { url } }';

interface ReadyBody {
  status: string;
  readReplica?: { state: string; lagMs: number | null; readsFrom: string };
}

async function ready(server: TestServer): Promise<{ status: number; body: ReadyBody }> {
  const response = await fetch(`${server.url}/api/ready`);
  return { status: response.status, body: (await response.json()) as ReadyBody };
}

async function until<T>(read: () => Promise<T>, holds: (value: T) => boolean, what: string): Promise<T> {
  const deadline = Date.now() + 25_000;
  let value = await read();
  while (!holds(value)) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}: ${JSON.stringify(value)}`);
    await sleep(100);
    value = await read();
  }
  return value;
}

describe('read replica (READ_DATABASE_URL)', function () {
  this.timeout(120_000);
  let replica: StreamingReplica;
  let server: TestServer;
  const logs = capturedLogs();
  /** A superuser connection to the replica's copy of the server's database (to pause and resume replay). */
  let onReplica: Client;

  before(async () => {
    replica = await startStreamingReplica({
      primaryUrl: process.env.TEST_DATABASE_SERVER_URL as string,
      port: await freePort(),
    });
    server = await startTestServer({
      logDestination: logs.destination,
      env: (url) => ({
        LOG_LEVEL: 'info',
        READ_DATABASE_URL: withDatabase(replica.url, new URL(url).pathname.slice(1)),
        READ_REPLICA_MAX_LAG_MS: String(MAX_LAG_MS),
      }),
    });
    onReplica = new Client({ connectionString: replica.url });
    onReplica.on('error', () => undefined);
    await onReplica.connect();
    await until(
      () => ready(server),
      (r) => r.body.readReplica?.state === 'up',
      'the replica is up',
    );
  });
  after(async () => {
    await onReplica?.end().catch(() => undefined);
    await server?.dispose();
    await replica?.destroy();
  });

  it('reads the audit trail from the replica and orders from the primary; a replica behind the limit is left aside', async () => {
    const tokens = await server.tokens();
    const { body } = await ready(server);
    expect(body.status).to.equal('ready');
    expect(body.readReplica).to.deep.include({ state: 'up', readsFrom: 'replica' });
    const auditTotal = async () =>
      (await server.ok<{ auditTrail: { total: number } }>(AUDIT, {}, { token: tokens.admin })).auditTrail
        .total;
    const before = await auditTotal();
    /** Lines of the audit trail's CSV export (an export link is claimed on the primary, its rows read heavy). */
    const exportedLines = async () => {
      const link = await server.ok<{ exportReport: { url: string } }>(
        EXPORT,
        { input: { kind: 'AUDIT_TRAIL', format: 'CSV' } },
        { token: tokens.admin },
      );
      const response = await fetch(link.exportReport.url);
      expect(response.status).to.equal(200);
      return (await response.text()).trim().split('\n').length;
    };
    const exportedBefore = await exportedLines();

    await onReplica.query('SELECT pg_wal_replay_pause()');
    const created = await server.ok<{ createOrder: { kodePesanan: string } }>(
      CREATE,
      { input: { shiftId: 1, jumlahPesanan: 1 } },
      { token: tokens.employee },
    );
    // The person who ordered sees the order at once (primary) ...
    const orders = await server.ok<{ orders: { items: { kodePesanan: string }[] } }>(
      ORDERS,
      {},
      { token: tokens.employee },
    );
    expect(orders.orders.items.map((order) => order.kodePesanan)).to.include(created.createOrder.kodePesanan);
    // ... while the audit trail, read from the paused replica, does not have the order's row yet.
    expect(await auditTotal()).to.equal(before);
    expect(await exportedLines()).to.equal(exportedBefore);

    // Past the limit: still ready, with the lag; heavy reads go to the primary and the log says so.
    const behind = await until(
      () => ready(server),
      (r) => r.body.readReplica?.state === 'behind',
      'the replica is behind',
    );
    expect(behind.status).to.equal(200);
    expect(behind.body.status).to.equal('ready');
    expect(behind.body.readReplica?.readsFrom).to.equal('primary');
    expect(behind.body.readReplica?.lagMs).to.be.greaterThan(MAX_LAG_MS);
    expect(await auditTotal()).to.be.greaterThan(before);
    expect(
      logs.lines.some((line) => /^Read replica \d+ ms behind \(limit 4000 ms\)/.test(String(line.msg))),
    ).to.equal(true);
    const metrics = await (await fetch(`${server.url}/api/metrics`)).text();
    expect(Number(/^db_read_replica_lag_seconds (\S+)$/m.exec(metrics)?.[1])).to.be.greaterThan(
      MAX_LAG_MS / 1000,
    );
    expect(metrics).to.match(/^db_read_replica_in_use 0$/m);

    await onReplica.query('SELECT pg_wal_replay_resume()');
    const back = await until(
      () => ready(server),
      (r) => r.body.readReplica?.state === 'up',
      'the replica is back',
    );
    expect(back.body.readReplica?.readsFrom).to.equal('replica');
    expect(back.body.readReplica?.lagMs).to.be.lessThan(MAX_LAG_MS);
    expect(await auditTotal()).to.be.greaterThan(before);
    expect(await exportedLines()).to.be.greaterThan(exportedBefore);
    expect(logs.lines.some((line) => /^Read replica up/.test(String(line.msg)))).to.equal(true);
  });

  it('answers reports and the audit trail from the primary while the replica is stopped, and uses it again after', async () => {
    const tokens = await server.tokens();
    await replica.stop();
    // Asked at once, before any probe noticed: the failed read runs again on the primary.
    const report = await server.gql('{ departmentReport { departmentName } }', {}, { token: tokens.admin });
    expect(report.errors, JSON.stringify(report.errors)).to.equal(undefined);
    const audit = await server.gql(AUDIT, {}, { token: tokens.admin });
    expect(audit.errors, JSON.stringify(audit.errors)).to.equal(undefined);
    const down = await until(
      () => ready(server),
      (r) => r.body.readReplica?.state === 'down',
      'the replica is down',
    );
    expect(down.status).to.equal(200);
    expect(down.body.readReplica).to.deep.include({ lagMs: null, readsFrom: 'primary' });
    expect(logs.lines.some((line) => /^Read replica down/.test(String(line.msg)))).to.equal(true);

    await replica.start();
    await until(
      () => ready(server),
      (r) => r.body.readReplica?.state === 'up',
      'the replica is up again',
    );
    const again = await server.gql(AUDIT, {}, { token: tokens.admin });
    expect(again.errors).to.equal(undefined);
  });
});
