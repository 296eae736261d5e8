// Mocha global fixtures: one PostgreSQL for the whole run (embedded, or DATABASE_URL's server), and one migrated,
// seeded template database that every test file clones into a database of its own.
import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createDataSource, withDatabase } from '../../src/db/data-source';
import { EmbeddedDatabase, startEmbeddedPostgres } from '../../src/db/embedded-postgres';
import { migrate } from '../../src/db/migrate';
import { seed } from '../../src/db/seed';
import { DataSource } from 'typeorm';
import { disposeSockets } from './subscriptions';

export const TEMPLATE_DATABASE = 'packmeal_test_template';
let embedded: EmbeddedDatabase | null = null;

async function admin<T>(url: string, work: (dataSource: DataSource) => Promise<T>): Promise<T> {
  const dataSource = new DataSource({ type: 'postgres', url: withDatabase(url, 'postgres') });
  await dataSource.initialize();
  try {
    return await work(dataSource);
  } finally {
    await dataSource.destroy();
  }
}

export async function mochaGlobalSetup(): Promise<void> {
  let serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'packmeal-test-pg-'));
    embedded = await startEmbeddedPostgres(dataDir, { persistent: false });
    serverUrl = embedded.url;
  }
  await admin(serverUrl, async (dataSource) => {
    await dataSource.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DATABASE} WITH (FORCE)`);
    await dataSource.query(`CREATE DATABASE ${TEMPLATE_DATABASE}`);
  });
  const template = createDataSource(withDatabase(serverUrl, TEMPLATE_DATABASE), { poolSize: 2 });
  await template.initialize();
  await migrate(template, async () => {
    await seed(template, 10);
  });
  await template.destroy();
  process.env.TEST_DATABASE_SERVER_URL = serverUrl;
}

export async function mochaGlobalTeardown(): Promise<void> {
  await embedded?.stop();
}

/** A new database cloned from the template; returns its URL and a function that drops it. */
export async function cloneTemplateDatabase(
  name: string,
): Promise<{ url: string; drop: () => Promise<void> }> {
  const serverUrl = process.env.TEST_DATABASE_SERVER_URL;
  if (!serverUrl) throw new Error('The mocha global setup did not run (see .mocharc.json)');
  await admin(serverUrl, (dataSource) =>
    dataSource.query(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE_DATABASE}`),
  );
  return {
    url: withDatabase(serverUrl, name),
    drop: () =>
      admin(serverUrl, (dataSource) => dataSource.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(
        () => undefined,
      ),
  };
}

/** An empty database (no tables) on the test server: a clone of the template with its schema dropped. */
export async function emptyDatabase(name: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const database = await cloneTemplateDatabase(name);
  const admin = createDataSource(database.url, { poolSize: 1 });
  await admin.initialize();
  await admin.query('DROP SCHEMA public CASCADE; CREATE SCHEMA public');
  await admin.destroy();
  return database;
}

/** Root hooks: close any WebSocket a test left open, so one test's sockets never reach the next. */
export const mochaHooks = {
  async afterEach(): Promise<void> {
    await disposeSockets();
  },
};
