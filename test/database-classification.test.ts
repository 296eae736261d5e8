// Start-up on a database that is not empty: it runs only on an empty database (creating everything), on its own
// (any version) and on the original system's (adopting it). Anything else, counted by every object no extension
// owns (tables, views, sequences, functions, types, in every schema), is refused in one line, changing nothing:
// no extension, no table, no seed.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { expect } from 'chai';
import { createDataSource } from '../src/db/data-source';
import { migrate } from '../src/db/migrate';
import { migrations } from '../src/db/migrations';
import { ENUM_TYPES } from '../src/db/migrations/initial-schema.sql';
import { cloneTemplateDatabase, emptyDatabase } from './helpers/global';
import { catalogDigest, databaseFrom, TestDatabase, withConnection } from './helpers/original-database';
import { TEST_SECRETS } from './helpers/server';

const DIST = path.resolve(__dirname, '../src');

interface Outcome {
  code: number | null;
  stderr: string;
}

/**
 * Runs a compiled entry point in development (where a start loads the seed) on `databaseUrl`; a process still
 * running after 30 s (a server that started) is killed and reported as such.
 */
function runNode(args: string[], databaseUrl: string): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(DIST, args[0]), ...args.slice(1)], {
      env: {
        PATH: process.env.PATH ?? '',
        NODE_ENV: 'development',
        LOG_LEVEL: 'silent',
        PORT: '0',
        DATABASE_URL: databaseUrl,
        ...TEST_SECRETS,
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => {
      stderr += '(still running after 30 s: it started)';
      child.kill('SIGKILL');
    }, 30_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stderr });
    });
  });
}

function expectOneLineRefusal(outcome: Outcome, ...mentions: string[]): void {
  expect(outcome.code, outcome.stderr).to.equal(1);
  const lines = outcome.stderr.trim().split('\n');
  expect(lines, outcome.stderr).to.have.length(1);
  expect(lines[0]).to.match(/^Database refused: /);
  for (const mention of mentions) expect(lines[0]).to.contain(mention);
}

let counter = 0;
function foreignDatabase(scripts: string[]): Promise<TestDatabase> {
  counter += 1;
  return databaseFrom(`packmeal_classify_${process.pid}_${counter}`, scripts);
}

/** A database this server made (the test template's clone), then changed by `script`. */
async function ownDatabase(script: string): Promise<TestDatabase> {
  counter += 1;
  const database = await cloneTemplateDatabase(`packmeal_classify_${process.pid}_${counter}`);
  await withConnection(database.url, (source) => source.query(script));
  return database;
}

const REFUSED: { what: string; make: () => Promise<TestDatabase>; mentions: string[] }[] = [
  {
    what: 'a sequence only',
    make: () => foreignDatabase(['CREATE SEQUENCE invoice_number']),
    mentions: ['sequence invoice_number'],
  },
  {
    what: 'a function only',
    make: () =>
      foreignDatabase([`CREATE FUNCTION add_one(integer) RETURNS integer LANGUAGE sql AS 'SELECT $1 + 1'`]),
    mentions: ['function add_one(integer)'],
  },
  {
    what: "another application's sequence and function",
    make: () =>
      foreignDatabase([
        'CREATE SEQUENCE ticket_seq',
        `CREATE PROCEDURE close_tickets() LANGUAGE sql AS 'SELECT 1'`,
      ]),
    mentions: ['sequence ticket_seq', 'procedure close_tickets()'],
  },
  {
    what: "this server's enum types left over after its tables were dropped by hand",
    make: () => foreignDatabase([ENUM_TYPES]),
    mentions: ['enum type users_role_access_enum', '5 objects'],
  },
  {
    what: 'a domain, a composite type and a view in a schema of their own',
    make: () =>
      foreignDatabase([
        'CREATE SCHEMA billing',
        'CREATE DOMAIN billing.amount AS numeric CHECK (VALUE >= 0)',
        'CREATE TYPE billing.money_pair AS (low numeric, high numeric)',
        'CREATE MATERIALIZED VIEW billing.totals AS SELECT 1 AS total',
      ]),
    mentions: [
      'domain billing.amount',
      'composite type billing.money_pair',
      'materialized view billing.totals',
    ],
  },
  {
    what: "another TypeORM application's migrations table",
    make: () =>
      foreignDatabase([
        'CREATE TABLE migrations (id serial PRIMARY KEY, "timestamp" bigint NOT NULL, name varchar NOT NULL)',
        `INSERT INTO migrations ("timestamp", name) VALUES (1700000000000, 'CreateInvoices1700000000000')`,
      ]),
    mentions: ['CreateInvoices1700000000000'],
  },
  {
    what: 'a half-migrated database of this server (tables of recorded migrations missing)',
    make: () => ownDatabase('DROP TABLE order_event, order_event_stream'),
    mentions: ['OrderEventLog1764400000000', 'order_event', 'order_event_stream'],
  },
  {
    what: "this server's tables without its migrations table",
    make: () => ownDatabase('DROP TABLE migrations'),
    mentions: ['table users', 'table transaction_pesanan'],
  },
];

describe('start-up on a database that is not empty', () => {
  for (const { what, make, mentions } of REFUSED) {
    it(`refuses ${what} in one line, changing nothing (no extension, table or seed)`, async () => {
      const database = await make();
      try {
        const before = await catalogDigest(database.url);
        // `seed` migrates first, then loads the demo accounts into an empty database.
        expectOneLineRefusal(await runNode(['database-cli.js', 'seed'], database.url), ...mentions);
        expect(await catalogDigest(database.url)).to.deep.equal(before);
      } finally {
        await database.drop();
      }
    });
  }

  it('refuses leftover enum types at server start with one line instead of a stack trace, every time', async () => {
    const database = await foreignDatabase([ENUM_TYPES]);
    try {
      const before = await catalogDigest(database.url);
      for (let start = 0; start < 2; start += 1) {
        expectOneLineRefusal(await runNode(['index.js'], database.url), 'enum type users_role_access_enum');
      }
      expect(await catalogDigest(database.url)).to.deep.equal(before);
    } finally {
      await database.drop();
    }
  });

  it('ignores what extensions own: a database holding only an extension is empty', async () => {
    const database = await emptyDatabase(`packmeal_classify_ext_${process.pid}`);
    const source = createDataSource(database.url, { poolSize: 2 });
    try {
      await withConnection(database.url, (connection) => connection.query('CREATE EXTENSION pg_trgm'));
      await source.initialize();
      await migrate(source);
      const applied = await source.query('SELECT name FROM migrations ORDER BY id');
      expect(applied.map((row: { name: string }) => row.name)).to.deep.equal(
        migrations.map((migration) => migration.name),
      );
    } finally {
      if (source.isInitialized) await source.destroy();
      await database.drop();
    }
  });

  it("runs on its own database with an operator's extra view, and on one of an older version", async () => {
    const database = await ownDatabase(`
      CREATE VIEW orders_per_day AS SELECT tanggal_pesanan, count(*) FROM transaction_pesanan GROUP BY 1;
      DROP TABLE export_link_use;
      DELETE FROM migrations WHERE name = 'ExportLinkUses1764700000000';`);
    const source = createDataSource(database.url, { poolSize: 2 });
    try {
      await source.initialize();
      await migrate(source);
      const [found] = await source.query(`SELECT to_regclass('export_link_use') IS NOT NULL AS migrated`);
      expect(found.migrated, 'the older version was migrated on').to.equal(true);
    } finally {
      if (source.isInitialized) await source.destroy();
      await database.drop();
    }
  });
});
