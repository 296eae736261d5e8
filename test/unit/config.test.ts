import { expect } from 'chai';
import { ConfigError, loadConfig } from '../../src/config';

const SECRET_A = 'x'.repeat(40);
const SECRET_B = 'y'.repeat(40);

describe('configuration (unit)', () => {
  it('starts in development with no variables at all, with the documented defaults', () => {
    const config = loadConfig({});
    expect(config).to.deep.include({
      port: 3000,
      databaseUrl: undefined,
      dataDir: './.data',
      nodeEnv: 'development',
      jwtExpiresIn: '15m',
      jwtRefreshExpiresIn: '7d',
      appTimezone: 'Asia/Jakarta',
      bcryptRounds: 10,
      introspection: true,
      graphiql: true,
      eventRetentionDays: 7,
      eventReplayLimit: 1000,
    });
    expect(config.corsOrigins).to.deep.equal(['http://localhost:3000', 'http://localhost:5173']);
  });

  for (const [name, env, pattern] of [
    [
      'a missing JWT_SECRET in production',
      { NODE_ENV: 'production', JWT_REFRESH_SECRET: SECRET_B },
      /JWT_SECRET/,
    ],
    [
      'an example secret in production',
      { NODE_ENV: 'production', JWT_SECRET: 'change-me', JWT_REFRESH_SECRET: SECRET_B },
      /JWT_SECRET/,
    ],
    [
      'a short refresh secret in production',
      { NODE_ENV: 'production', JWT_SECRET: SECRET_A, JWT_REFRESH_SECRET: 'short' },
      /JWT_REFRESH_SECRET/,
    ],
    [
      'equal secrets in production',
      { NODE_ENV: 'production', JWT_SECRET: SECRET_A, JWT_REFRESH_SECRET: SECRET_A },
      /differ/,
    ],
    ['an unknown NODE_ENV', { NODE_ENV: 'staging' }, /NODE_ENV/],
    ['a port out of range', { PORT: '70000' }, /PORT/],
    ['an unknown time zone', { APP_TIMEZONE: 'Mars/Olympus' }, /APP_TIMEZONE/],
    ['a bcrypt cost under 10', { BCRYPT_ROUNDS: '8' }, /BCRYPT_ROUNDS/],
    ['a malformed duration', { JWT_EXPIRES_IN: 'soon' }, /JWT_EXPIRES_IN/],
    ['a non-PostgreSQL DATABASE_URL', { DATABASE_URL: 'mysql://x' }, /DATABASE_URL/],
    ['a zero query depth', { QUERY_MAX_DEPTH: '0' }, /QUERY_MAX_DEPTH/],
    ['an unknown log level', { LOG_LEVEL: 'loud' }, /LOG_LEVEL/],
    ['a zero event retention', { EVENT_RETENTION_DAYS: '0' }, /EVENT_RETENTION_DAYS/],
    ['a fractional replay limit', { EVENT_REPLAY_LIMIT: '2.5' }, /EVENT_REPLAY_LIMIT/],
  ] as const) {
    it(`stops start-up on ${name}, naming the variable`, () => {
      expect(() => loadConfig(env)).to.throw(ConfigError, pattern);
    });
  }

  it('accepts real secrets in production and turns development conveniences off', () => {
    const config = loadConfig({
      NODE_ENV: 'production',
      JWT_SECRET: SECRET_A,
      JWT_REFRESH_SECRET: SECRET_B,
      CORS_ORIGIN: 'https://a.test, https://b.test',
    });
    expect(config).to.deep.include({ introspection: false, graphiql: false, logLevel: 'info' });
    expect(config.corsOrigins).to.deep.equal(['https://a.test', 'https://b.test']);
  });
});
