// startTestServer(): the real application on a database of its own, with typed helpers to call it over HTTP.
import { spawn } from 'node:child_process';
import { expect } from 'chai';
import path from 'node:path';
import { Writable } from 'node:stream';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import type { DestinationStream } from 'pino';
import { DataSource } from 'typeorm';
import { freePort } from '../../src/db/embedded-postgres';
import { App, startApp } from '../../src/server/app';
import { Clock } from '../../src/common/clock';
import { loadConfig } from '../../src/config/config';
import type { OrderStatus } from '../generated/graphql';
import { cloneTemplateDatabase } from './global';

/** Every order status, in the order of the database's enum type. */
export const ORDER_STATUSES: readonly OrderStatus[] = [
  'MENUNGGU',
  'IN_PROGRESS',
  'READY',
  'ON_DELIVERY',
  'COMPLETE',
  'DITOLAK',
  'MENUNGGU_PERSETUJUAN',
  'DIBATALKAN',
];

export interface GraphQLErrorShape {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; field?: string; [key: string]: unknown };
}

export interface GqlResponse<T> {
  status: number;
  data: T | null;
  errors?: GraphQLErrorShape[];
  headers: Headers;
}

/** The first error of a response that must have failed (fails the test with the data otherwise). */
export function firstError(response: GqlResponse<unknown>): GraphQLErrorShape {
  expect(
    response.errors?.length ?? 0,
    `expected an error, got ${JSON.stringify(response.data)}`,
  ).to.be.greaterThan(0);
  return (response.errors ?? [])[0];
}

/** A log destination for startTestServer that keeps every line: parsed, and as the raw text written. */
export function capturedLogs(): {
  destination: Writable;
  lines: Array<Record<string, unknown>>;
  raw(): string;
} {
  const lines: Array<Record<string, unknown>> = [];
  let raw = '';
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      raw += chunk.toString();
      for (const line of chunk.toString().split('\n').filter(Boolean))
        lines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  return { destination, lines, raw: () => raw };
}

/**
 * Makes the insert of every audit row of `aksi` fail ('injected failure'), as a broken disk or a bug would, until
 * the returned function removes the trigger again.
 */
export async function failAuditInserts(
  server: Pick<TestServer, 'sql'>,
  aksi: string,
): Promise<() => Promise<void>> {
  await server.sql(`CREATE FUNCTION fail_audit_insert() RETURNS trigger AS $$ BEGIN
      IF NEW.aksi = '${aksi}' THEN RAISE EXCEPTION 'injected failure'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql`);
  await server.sql(
    'CREATE TRIGGER fail_audit_insert BEFORE INSERT ON log_audit_trail FOR EACH ROW EXECUTE FUNCTION fail_audit_insert()',
  );
  return async () => {
    await server.sql('DROP TRIGGER fail_audit_insert ON log_audit_trail');
    await server.sql('DROP FUNCTION fail_audit_insert()');
  };
}

/** One audit row as the tests read it. */
export interface AuditRow {
  user_id: number | null;
  aksi: string;
  detail: string | null;
  metadata: Record<string, unknown> | null;
}

export interface GqlOptions {
  token?: string | null;
  cookie?: string;
  headers?: Record<string, string>;
}

/**
 * The arguments after a typed document: its variables (optional when the operation declares none or only
 * optional ones), then the call options.
 */
export type TypedArgs<V> =
  Record<string, never> extends V
    ? [variables?: V, options?: GqlOptions]
    : [variables: V, options?: GqlOptions];

export const SEED = {
  admin: { nik: 'ADM001', password: 'admin123' },
  employee: { nik: 'EMP001', password: 'emp123' },
  employee2: { nik: 'EMP002', password: 'emp123' },
  dapur: { nik: 'KIT001', password: 'kitchen123' },
  delivery: { nik: 'DEL001', password: 'delivery123' },
} as const;

export type SeedUser = keyof typeof SEED;

/** The token secrets every test server gets (a development server makes random ones per data directory). */
export const TEST_SECRETS = {
  JWT_SECRET: 'test-access-secret-only-for-the-test-suite',
  JWT_REFRESH_SECRET: 'test-refresh-secret-only-for-the-test-suite',
} as const;

let databaseCounter = 0;

export interface TestServer {
  app: App;
  /** The URL of this server's own database (for a second process on the same data). */
  databaseUrl: string;
  url: string;
  graphqlUrl: string;
  wsUrl: string;
  dataSource: DataSource;
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    options?: GqlOptions,
  ): Promise<GqlResponse<T>>;
  /** Data of a call that must succeed; fails the test with the errors otherwise. */
  ok<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    options?: GqlOptions,
  ): Promise<T>;
  /** The error code of a call that must fail. */
  errorCode(
    query: string,
    variables?: Record<string, unknown>,
    options?: GqlOptions,
  ): Promise<string | undefined>;
  /** Data of a typed document (test/generated/graphql.ts) that must succeed; fails the test otherwise. */
  run<R, V extends Record<string, unknown>>(
    document: TypedDocumentNode<R, V>,
    ...args: TypedArgs<V>
  ): Promise<R>;
  /** The whole response of a typed document, errors included. */
  runResponse<R, V extends Record<string, unknown>>(
    document: TypedDocumentNode<R, V>,
    ...args: TypedArgs<V>
  ): Promise<GqlResponse<R>>;
  /** The error code of a typed document that must fail. */
  runErrorCode<R, V extends Record<string, unknown>>(
    document: TypedDocumentNode<R, V>,
    ...args: TypedArgs<V>
  ): Promise<string | undefined>;
  login(user: SeedUser | { nik: string; password: string }): Promise<string>;
  /** Access tokens of every seed user, logged in once and cached. */
  tokens(): Promise<Record<SeedUser, string>>;
  sql<T = Record<string, unknown>>(query: string, parameters?: unknown[]): Promise<T[]>;
  /** The newest audit row id now; pass it to auditSince() after the operation under test. */
  lastAuditId(): Promise<number>;
  /** Audit rows written after `id`, oldest first, optionally of one aksi. */
  auditSince(id: number, aksi?: string): Promise<AuditRow[]>;
  dispose(): Promise<void>;
}

export async function startTestServer(
  options: {
    /** Extra environment; a function gets the URL of the server's own database (to route it through a pooler). */
    env?: Record<string, string> | ((databaseUrl: string) => Record<string, string>);
    clock?: Clock;
    logDestination?: DestinationStream;
  } = {},
): Promise<TestServer> {
  databaseCounter += 1;
  const database = await cloneTemplateDatabase(`packmeal_test_${process.pid}_${databaseCounter}`);
  // A known port, so that export links (PUBLIC_URL) can point at this server.
  const port = await freePort();
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    PORT: String(port),
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    DATABASE_URL: database.url,
    ...TEST_SECRETS,
    ...(typeof options.env === 'function' ? options.env(database.url) : options.env),
  });
  const app = await startApp(config, {
    seed: false,
    clock: options.clock,
    logDestination: options.logDestination,
  });
  const url = app.server.url;
  const graphqlUrl = `${url}/graphql`;

  async function gql<T>(
    query: string,
    variables: Record<string, unknown> = {},
    opts: GqlOptions = {},
  ): Promise<GqlResponse<T>> {
    const headers: Record<string, string> = { 'content-type': 'application/json', ...opts.headers };
    if (opts.token) headers.authorization = `Bearer ${opts.token}`;
    if (opts.cookie) headers.cookie = opts.cookie;
    const response = await fetch(graphqlUrl, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: T | null; errors?: GraphQLErrorShape[] };
    return {
      status: response.status,
      data: body.data ?? null,
      errors: body.errors,
      headers: response.headers,
    };
  }

  let cachedTokens: Record<SeedUser, string> | null = null;
  const server: TestServer = {
    app,
    databaseUrl: database.url,
    url,
    graphqlUrl,
    wsUrl: graphqlUrl.replace(/^http/, 'ws'),
    dataSource: app.deps.dataSource,
    gql,
    async ok<T>(query: string, variables?: Record<string, unknown>, opts?: GqlOptions): Promise<T> {
      const response = await gql<T>(query, variables, opts);
      if (response.errors?.length || !response.data) {
        throw new Error(`GraphQL call failed: ${JSON.stringify(response.errors)}`);
      }
      return response.data;
    },
    async errorCode(query, variables, opts) {
      const response = await gql(query, variables, opts);
      if (!response.errors?.length)
        throw new Error(`Expected an error, got ${JSON.stringify(response.data)}`);
      return response.errors[0].extensions?.code;
    },
    run(document, ...[variables, opts]) {
      return server.ok(print(document), variables, opts);
    },
    runResponse(document, ...[variables, opts]) {
      return gql(print(document), variables, opts);
    },
    runErrorCode(document, ...[variables, opts]) {
      return server.errorCode(print(document), variables, opts);
    },
    async login(user) {
      const credentials = typeof user === 'string' ? SEED[user] : user;
      const data = await server.ok<{ login: { accessToken: string } }>(
        'mutation($input: LoginInput!) { login(input: $input) { accessToken } }',
        { input: { ...credentials, clientType: 'MOBILE' } },
      );
      return data.login.accessToken;
    },
    async tokens() {
      if (!cachedTokens) {
        const names = Object.keys(SEED) as SeedUser[];
        const values = await Promise.all(names.map((name) => server.login(name)));
        cachedTokens = Object.fromEntries(names.map((name, index) => [name, values[index]])) as Record<
          SeedUser,
          string
        >;
      }
      return cachedTokens;
    },
    sql: (query, parameters) => app.deps.dataSource.query(query, parameters),
    async lastAuditId() {
      const [row] = await app.deps.dataSource.query(
        'SELECT COALESCE(max(id), 0)::int AS id FROM log_audit_trail',
      );
      return row.id;
    },
    auditSince: (id, aksi) =>
      app.deps.dataSource.query(
        `SELECT user_id, aksi, detail, metadata FROM log_audit_trail
          WHERE id > $1 AND ($2::text IS NULL OR aksi = $2) ORDER BY id`,
        [id, aksi ?? null],
      ),
    async dispose() {
      // The test's own idle keep-alive connections (fetch's pool): a stop would wait for fetch to close them.
      app.server.httpServer.closeIdleConnections();
      await app.stop();
      await database.drop();
    },
  };
  return server;
}

export interface ServerProcess {
  url: string;
  wsUrl: string;
  /** Sends `signal` and resolves with the exit code. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
  /** Sends `signal` (SIGHUP: reload) without waiting for anything. */
  signal(signal: NodeJS.Signals): void;
  /** Whether the process has exited. */
  exited(): boolean;
}

/**
 * The real entry point (dist/src/index.js) as a separate OS process on `databaseUrl`, or with `null` on an
 * embedded PostgreSQL of its own (pass DATA_DIR in `env`).
 */
export async function spawnServerProcess(
  databaseUrl: string | null,
  env: Record<string, string> = {},
): Promise<ServerProcess> {
  const port = await freePort();
  const { DATABASE_URL: _inherited, ...parentEnv } = process.env;
  const child = spawn(process.execPath, [path.resolve(__dirname, '../../src/index.js')], {
    env: {
      ...parentEnv,
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      ...TEST_SECRETS,
      ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
      PORT: String(port),
      ...env,
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 20_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`Server process exited: ${stderr}`);
    const up = await fetch(`${url}/api/health`)
      .then((response) => response.ok)
      .catch(() => false);
    if (up) break;
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`Server process did not start: ${stderr}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    url,
    wsUrl: `ws://127.0.0.1:${port}/graphql`,
    stop: (signal = 'SIGTERM') => {
      if (child.exitCode === null) child.kill(signal);
      return exited;
    },
    signal: (signal) => {
      child.kill(signal);
    },
    exited: () => child.exitCode !== null || child.signalCode !== null,
  };
}
