// Behind a real PgBouncer (Debian's, installed with apt when missing) in transaction mode: the application's pool
// goes through it, the event listener LISTENs on DIRECT_DATABASE_URL, named prepared statements are off, and the
// set-ups that would hear no events are refused at start-up with one line (README "Scaling out").
import { expect } from 'chai';
import { Client } from 'pg';
import { freePort } from '../src/db/embedded-postgres';
import { loadConfig } from '../src/config/config';
import { startApp } from '../src/server/app';
import { PgBouncer, startPgBouncer } from '../deploy/scale/pgbouncer';
import { cloneTemplateDatabase } from './helpers/global';
import { spawnServerProcess, startTestServer, TEST_SECRETS } from './helpers/server';
import { connect } from './helpers/subscriptions';

const ORDERS = '{ orders(limit: 5) { items { id kodePesanan } } }';
const CREATE = 'mutation($input: CreateOrderInput!) { createOrder(input: $input) { id kodePesanan } }';
const EVENTS =
  'subscription { orderEvents { __typename ... on OrderCreatedEvent { order { kodePesanan } } } }';

/** Transactions PgBouncer relayed to `database` so far (its admin console's SHOW STATS). */
async function relayedTransactions(bouncer: PgBouncer, serverUrl: string, database: string): Promise<number> {
  const admin = new Client({
    connectionString: bouncer.through(serverUrl).replace(/\/[^/]*$/, '/pgbouncer'),
  });
  await admin.connect();
  try {
    const result = await admin.query<{ database: string; total_xact_count: string }>('SHOW STATS');
    return Number(result.rows.find((row) => row.database === database)?.total_xact_count ?? 0);
  } finally {
    await admin.end();
  }
}

describe('behind PgBouncer in transaction mode', function () {
  this.timeout(120_000);
  const serverUrl = () => process.env.TEST_DATABASE_SERVER_URL as string;
  let bouncer: PgBouncer;

  before(async () => {
    // A small server pool: concurrent requests interleave their transactions over few server connections.
    bouncer = await startPgBouncer({
      serverUrl: serverUrl(),
      port: await freePort(),
      poolMode: 'transaction',
      poolSize: 4,
    });
  });
  after(async () => {
    await bouncer?.stop();
  });

  it('serves queries, mutations and subscriptions through the pooler, with LISTEN on DIRECT_DATABASE_URL', async () => {
    const server = await startTestServer({
      env: (url) => ({
        DATABASE_URL: bouncer.through(url),
        DIRECT_DATABASE_URL: url,
        DATABASE_POOL_MODE: 'transaction',
      }),
    });
    try {
      const database = new URL(server.databaseUrl).pathname.slice(1);
      const before = await relayedTransactions(bouncer, serverUrl(), database);
      const tokens = await server.tokens();
      // Many concurrent requests, each statement run many times (a named prepared statement would be made after
      // three runs and then be missing on the other server connections).
      const pages = await Promise.all(
        Array.from({ length: 60 }, () => server.gql(ORDERS, {}, { token: tokens.admin })),
      );
      for (const page of pages) expect(page.errors, JSON.stringify(page.errors)).to.equal(undefined);

      const socket = connect(server.wsUrl, { authorization: `Bearer ${tokens.dapur}` });
      const events = socket.subscribe<{ orderEvents: { order: { kodePesanan: string } } }>(EVENTS);
      await events.ready;
      const created = await server.ok<{ createOrder: { kodePesanan: string } }>(
        CREATE,
        { input: { shiftId: 1, jumlahPesanan: 1 } },
        { token: tokens.employee },
      );
      const [event] = await events.waitFor(1);
      expect(event.orderEvents.order.kodePesanan).to.equal(created.createOrder.kodePesanan);
      expect(await relayedTransactions(bouncer, serverUrl(), database)).to.be.greaterThan(before + 60);
      // The listener is the one session of the application on PostgreSQL itself.
      const [listener] = await server.sql<{ count: number }>(
        `SELECT count(*)::int AS count FROM pg_stat_activity
          WHERE datname = current_database() AND application_name = 'packmeal-event-bus'`,
      );
      expect(listener.count).to.equal(1);
      await socket.dispose();
    } finally {
      await server.dispose();
    }
  });

  it('refuses to start, with one line, when LISTEN would go through the transaction pooler', async () => {
    const database = await cloneTemplateDatabase(`packmeal_test_pooler_${process.pid}_a`);
    try {
      const error = await spawnServerProcess(bouncer.through(database.url)).then(
        () => null,
        (failure: Error) => failure,
      );
      expect(error, 'the server started').to.not.equal(null);
      const stderr = String(error?.message)
        .replace(/^Server process exited: /, '')
        .trim();
      expect(stderr.split('\n')).to.have.length(1);
      expect(stderr).to.match(
        /^Configuration error: LISTEN on DATABASE_URL .* heard no NOTIFY .*DIRECT_DATABASE_URL/,
      );
    } finally {
      await database.drop();
    }
  });

  it('refuses a transaction pooler as DATABASE_URL that was not declared, while prepared statements are on', async () => {
    const database = await cloneTemplateDatabase(`packmeal_test_pooler_${process.pid}_b`);
    try {
      const config = loadConfig({
        NODE_ENV: 'test',
        LOG_LEVEL: 'silent',
        PORT: '0',
        ...TEST_SECRETS,
        DATABASE_URL: bouncer.through(database.url),
        DIRECT_DATABASE_URL: database.url,
      });
      const error = await startApp(config, { seed: false }).then(
        async (app) => {
          await app.stop();
          return null;
        },
        (failure: Error) => failure,
      );
      expect(error?.message).to.match(
        /DATABASE_URL .* is a transaction pooler.*DATABASE_POOL_MODE=transaction/,
      );
    } finally {
      await database.drop();
    }
  });

  it('accepts PgBouncer in session mode as the only URL (LISTEN works there)', async () => {
    const sessionBouncer = await startPgBouncer({
      serverUrl: serverUrl(),
      port: await freePort(),
      poolMode: 'session',
    });
    try {
      const server = await startTestServer({ env: (url) => ({ DATABASE_URL: sessionBouncer.through(url) }) });
      try {
        expect(server.app.bus.connected).to.equal(true);
      } finally {
        await server.dispose();
      }
    } finally {
      await sessionBouncer.stop();
    }
  });
});
