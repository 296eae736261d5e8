// Where the benchmarks run: one PostgreSQL for the whole run (an embedded one in a temporary directory, deleted at
// the end, or DATABASE_URL's server) with a migrated and seeded template database, and for each benchmark the real
// application (startApp) on a fresh clone of that template, so that benchmarks cannot disturb each other.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { App, startApp } from '../../src/server/app';
import { loadConfig } from '../../src/config/config';
import { createDataSource, statementCount, withDatabase } from '../../src/db/data-source';
import { EmbeddedDatabase, startEmbeddedPostgres } from '../../src/db/embedded-postgres';
import { migrate } from '../../src/db/migrate';
import { seed, SEED_USERS } from '../../src/db/seed';
import { graphqlClient, GraphQLClient } from './http';

export type SeedNik = (typeof SEED_USERS)[number]['nik'];

export interface BenchApp {
  app: App;
  graphqlUrl: string;
  wsUrl: string;
  /** A keep-alive HTTP client for this server. */
  client: GraphQLClient;
  dataSource: DataSource;
  sql<T = Record<string, unknown>>(query: string, parameters?: unknown[]): Promise<T[]>;
  /** The access token of a seed user (MOBILE client: no cookie). */
  login(nik: SeedNik): Promise<string>;
  /** SQL statements the application's pool has run so far. */
  statements(): number;
  /** Stops the application and drops its database. */
  stop(): Promise<void>;
}

export interface BenchEnvironment {
  /**
   * The application on a fresh clone of the template database, named after `name`; `env` adds settings (a function:
   * made from the clone's URL, e.g. to reach it through a pooler).
   */
  startApp(
    name: string,
    env?: Record<string, string> | ((databaseUrl: string) => Promise<Record<string, string>>),
  ): Promise<BenchApp>;
}

/** The PostgreSQL of a run and its template database; the runner hands both to every benchmark process. */
export interface DatabaseServer {
  /** URL of the server's `postgres` database. */
  url: string;
  /** The migrated, seeded database every benchmark clones. */
  template: string;
  /** e.g. "embedded PostgreSQL (temporary directory)" */
  description: string;
  postgresVersion: string;
  /** Drops the template (DATABASE_URL) or stops the embedded server and deletes its files. */
  stop(): Promise<void>;
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

async function onServer<T>(serverUrl: string, work: (admin: DataSource) => Promise<T>): Promise<T> {
  const admin = new DataSource({ type: 'postgres', url: withDatabase(serverUrl, 'postgres') });
  await admin.initialize();
  try {
    return await work(admin);
  } finally {
    await admin.destroy();
  }
}

const dropDatabase = (serverUrl: string, name: string) =>
  onServer(serverUrl, (admin) => admin.query(`DROP DATABASE IF EXISTS ${quote(name)} WITH (FORCE)`));

export async function startDatabaseServer(): Promise<DatabaseServer> {
  let embedded: EmbeddedDatabase | null = null;
  let dataDir: string | null = null;
  let serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'packmeal-bench-pg-'));
    embedded = await startEmbeddedPostgres(dataDir, { persistent: false });
    serverUrl = embedded.url;
  }
  const url = serverUrl;
  const template = `packmeal_bench_${process.pid}_template`;
  const stopEmbedded = async () => {
    await embedded?.stop();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    const postgresVersion = await onServer(url, async (admin) => {
      await admin.query(`CREATE DATABASE ${quote(template)}`);
      const [row]: { server_version: string }[] = await admin.query('SHOW server_version');
      return row.server_version;
    });
    const templateSource = createDataSource(withDatabase(url, template), { poolSize: 2 });
    await templateSource.initialize();
    await migrate(templateSource, async () => {
      await seed(templateSource, 10);
    });
    await templateSource.destroy();
    return {
      url,
      template,
      description: embedded ? 'embedded PostgreSQL (temporary directory)' : 'DATABASE_URL',
      postgresVersion,
      async stop() {
        if (!embedded) await dropDatabase(url, template).catch(() => undefined);
        await stopEmbedded();
      },
    };
  } catch (error) {
    if (!embedded) await dropDatabase(url, template).catch(() => undefined);
    await stopEmbedded();
    throw error;
  }
}

/** Benchmarks' access to a running DatabaseServer (in the runner's process or a benchmark process of its own). */
export function benchEnvironment(server: Pick<DatabaseServer, 'url' | 'template'>): BenchEnvironment {
  return {
    async startApp(
      name: string,
      env: Record<string, string> | ((databaseUrl: string) => Promise<Record<string, string>>) = {},
    ): Promise<BenchApp> {
      const database = `${server.template.replace(/_template$/, '')}_${name.replace(/[^a-z0-9]/gi, '_').toLowerCase()}`;
      await onServer(server.url, (admin) =>
        admin.query(`CREATE DATABASE ${quote(database)} TEMPLATE ${quote(server.template)}`),
      );
      let app: App;
      try {
        const config = loadConfig({
          NODE_ENV: 'test',
          LOG_LEVEL: 'silent',
          PORT: '0',
          DATABASE_URL: withDatabase(server.url, database),
          ...(typeof env === 'function' ? await env(withDatabase(server.url, database)) : env),
        });
        app = await startApp(config, { seed: false });
      } catch (error) {
        await dropDatabase(server.url, database).catch(() => undefined);
        throw error;
      }
      const graphqlUrl = `${app.server.url}/graphql`;
      const client = graphqlClient(graphqlUrl);
      const dataSource = app.deps.dataSource;
      return {
        app,
        graphqlUrl,
        wsUrl: graphqlUrl.replace(/^http/, 'ws'),
        client,
        dataSource,
        sql: (query, parameters) => dataSource.query(query, parameters),
        async login(nik) {
          const user = SEED_USERS.find((candidate) => candidate.nik === nik);
          const data = await client.ok<{ login: { accessToken: string } }>(
            'mutation($input: LoginInput!) { login(input: $input) { accessToken } }',
            { input: { nik, password: user?.password ?? '', clientType: 'MOBILE' } },
          );
          return data.login.accessToken;
        },
        statements: () => statementCount(dataSource),
        async stop() {
          client.close();
          await app.stop();
          await dropDatabase(server.url, database);
        },
      };
    },
  };
}
