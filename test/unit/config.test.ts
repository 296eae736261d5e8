import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'chai';
import { ConfigError, loadConfig, loadDatabaseConfig } from '../../src/config/config';

const SECRET_A = 'x'.repeat(40);
const SECRET_B = 'y'.repeat(40);
const PRODUCTION = { NODE_ENV: 'production', DATABASE_URL: 'postgres://db.internal/packmeal' } as const;

describe('configuration (unit)', () => {
  it('starts in development with no variables at all, with the documented defaults', () => {
    const config = loadConfig({});
    expect(config).to.deep.include({
      port: 3000,
      databaseUrl: undefined,
      dataDir: './.data',
      embeddedPostgresPort: 0,
      host: '127.0.0.1',
      refreshReuseGraceSeconds: 10,
      preparedStatements: 32,
      nodeEnv: 'development',
      jwtExpiresIn: '15m',
      jwtRefreshExpiresIn: '7d',
      appTimezone: 'Asia/Jakarta',
      bcryptRounds: 10,
      introspection: true,
      graphiql: true,
      eventRetentionDays: 7,
      eventReplayLimit: 1000,
      shutdownTimeoutMs: 10_000,
    });
    expect(config.corsOrigins).to.deep.equal(['http://localhost:3000', 'http://localhost:5173']);
  });

  for (const [name, env, pattern] of [
    ['a missing JWT_SECRET in production', { ...PRODUCTION, JWT_REFRESH_SECRET: SECRET_B }, /JWT_SECRET/],
    [
      'an example secret in production',
      { ...PRODUCTION, JWT_SECRET: 'change-me', JWT_REFRESH_SECRET: SECRET_B },
      /JWT_SECRET/,
    ],
    [
      'a short refresh secret in production',
      { ...PRODUCTION, JWT_SECRET: SECRET_A, JWT_REFRESH_SECRET: 'short' },
      /JWT_REFRESH_SECRET/,
    ],
    [
      'equal secrets in production',
      { ...PRODUCTION, JWT_SECRET: SECRET_A, JWT_REFRESH_SECRET: SECRET_A },
      /differ/,
    ],
    [
      'a missing PUBLIC_URL in production',
      { ...PRODUCTION, JWT_SECRET: SECRET_A, JWT_REFRESH_SECRET: SECRET_B },
      /PUBLIC_URL/,
    ],
    ['a PUBLIC_URL that is no http(s) URL', { PUBLIC_URL: 'evil.example/x' }, /PUBLIC_URL/],
    ['an unknown NODE_ENV', { NODE_ENV: 'staging' }, /NODE_ENV/],
    ['a port out of range', { PORT: '70000' }, /PORT/],
    ['an unknown time zone', { APP_TIMEZONE: 'Mars/Olympus' }, /APP_TIMEZONE/],
    ['a bcrypt cost under 10', { BCRYPT_ROUNDS: '8' }, /BCRYPT_ROUNDS/],
    ['a malformed duration', { JWT_EXPIRES_IN: 'soon' }, /JWT_EXPIRES_IN/],
    ['a non-PostgreSQL DATABASE_URL', { DATABASE_URL: 'mysql://x' }, /DATABASE_URL/],
    ['a zero query depth', { QUERY_MAX_DEPTH: '0' }, /QUERY_MAX_DEPTH/],
    ['an unknown log level', { LOG_LEVEL: 'loud' }, /LOG_LEVEL/],
    [
      'a missing DATABASE_URL in production',
      { NODE_ENV: 'production', JWT_SECRET: SECRET_A, JWT_REFRESH_SECRET: SECRET_B },
      /DATABASE_URL must be set in production/,
    ],
    [
      'an embedded PostgreSQL port out of range',
      { EMBEDDED_POSTGRES_PORT: '65536' },
      /EMBEDDED_POSTGRES_PORT/,
    ],
    ['a negative refresh grace', { REFRESH_REUSE_GRACE_SECONDS: '-1' }, /REFRESH_REUSE_GRACE_SECONDS/],
    ['a prepared-statement count that is no integer', { PREPARED_STATEMENTS: 'off' }, /PREPARED_STATEMENTS/],
    ['a zero event retention', { EVENT_RETENTION_DAYS: '0' }, /EVENT_RETENTION_DAYS/],
    ['a fractional replay limit', { EVENT_REPLAY_LIMIT: '2.5' }, /EVENT_REPLAY_LIMIT/],
    ['a zero shutdown timeout', { SHUTDOWN_TIMEOUT_MS: '0' }, /SHUTDOWN_TIMEOUT_MS/],
  ] as const) {
    it(`stops start-up on ${name}, naming the variable`, () => {
      expect(() => loadConfig(env)).to.throw(ConfigError, pattern);
    });
  }

  it('names every wrong or missing setting in one error, not one per attempt', () => {
    let error: unknown;
    try {
      loadConfig({ NODE_ENV: 'production', JWT_REFRESH_SECRET: SECRET_B, PORT: 'x', QUERY_MAX_DEPTH: '0' });
    } catch (caught) {
      error = caught;
    }
    expect(error).to.be.instanceOf(ConfigError);
    const problems = (error as ConfigError).problems;
    expect(problems).to.have.length(5);
    for (const [index, name] of [
      'DATABASE_URL',
      'PORT',
      'JWT_SECRET',
      'PUBLIC_URL',
      'QUERY_MAX_DEPTH',
    ].entries())
      expect(problems[index]).to.match(new RegExp(`^${name} `));
    expect((error as ConfigError).message).to.match(/^5 settings are wrong:\n {2}- DATABASE_URL /);
  });

  it('writes no development secret while a setting is wrong', () => {
    const parent = fs.mkdtempSync(path.join(os.tmpdir(), 'packmeal-secrets-'));
    try {
      expect(() => loadConfig({ DATA_DIR: path.join(parent, 'one'), PORT: 'x' })).to.throw(
        ConfigError,
        /PORT/,
      );
      expect(fs.readdirSync(parent)).to.deep.equal([]);
    } finally {
      fs.rmSync(parent, { recursive: true, force: true });
    }
  });

  it('accepts real secrets in production and turns development conveniences off', () => {
    const config = loadConfig({
      ...PRODUCTION,
      JWT_SECRET: SECRET_A,
      JWT_REFRESH_SECRET: SECRET_B,
      PUBLIC_URL: 'https://meals.example.com',
      CORS_ORIGIN: 'https://a.test, https://b.test',
    });
    expect(config).to.deep.include({
      introspection: false,
      graphiql: false,
      logLevel: 'info',
      host: '0.0.0.0',
    });
    expect(config.corsOrigins).to.deep.equal(['https://a.test', 'https://b.test']);
  });

  it('reads the database settings without any secret (migrate, seed, create-admin)', () => {
    expect(loadDatabaseConfig({ ...PRODUCTION })).to.deep.include({
      databaseUrl: PRODUCTION.DATABASE_URL,
      nodeEnv: 'production',
    });
    expect(() => loadDatabaseConfig({ NODE_ENV: 'production', DATABASE_URL: '' })).to.throw(
      ConfigError,
      /DATABASE_URL must be set in production/,
    );
    expect(loadDatabaseConfig({ EMBEDDED_POSTGRES_PORT: '55432' }).embeddedPostgresPort).to.equal(55432);
  });

  it('listens where HOST says, in any environment', () => {
    expect(loadConfig({ HOST: '0.0.0.0' }).host).to.equal('0.0.0.0');
    expect(
      loadConfig({
        ...PRODUCTION,
        JWT_SECRET: SECRET_A,
        JWT_REFRESH_SECRET: SECRET_B,
        PUBLIC_URL: 'https://meals.example.com',
        HOST: '10.1.2.3',
      }).host,
    ).to.equal('10.1.2.3');
  });

  it('makes random development secrets per data directory, kept in a file only its owner reads', () => {
    const parent = fs.mkdtempSync(path.join(os.tmpdir(), 'packmeal-secrets-'));
    try {
      const first = loadConfig({ DATA_DIR: path.join(parent, 'one') });
      const again = loadConfig({ DATA_DIR: path.join(parent, 'one') });
      const other = loadConfig({ DATA_DIR: path.join(parent, 'two') });
      expect(again.jwtSecret).to.equal(first.jwtSecret);
      expect(again.jwtRefreshSecret).to.equal(first.jwtRefreshSecret);
      expect(other.jwtSecret).not.to.equal(first.jwtSecret);
      expect(first.jwtSecret).not.to.equal(first.jwtRefreshSecret);
      expect(first.jwtSecret.length).to.be.at.least(32);
      const file = `${path.join(parent, 'one')}.secrets.json`;
      expect(fs.statSync(file).mode & 0o777).to.equal(0o600);
      // The data directory itself stays empty: initdb refuses a directory with files in it.
      expect(fs.existsSync(path.join(parent, 'one'))).to.equal(false);
    } finally {
      fs.rmSync(parent, { recursive: true, force: true });
    }
  });
});
