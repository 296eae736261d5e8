// The scale-out settings (README "Scaling out"): pooler mode, direct and replica URLs, replica lag limit.
import { expect } from 'chai';
import { ConfigError, loadConfig } from '../../src/config/config';

const DIRECT = 'postgres://app@db.internal:5432/packmeal';
const POOLER = 'postgres://app@pooler.internal:6432/packmeal';

describe('scale-out configuration (unit)', () => {
  it('defaults to a session connection, no replica, 5 s replica lag, 32 prepared statements', () => {
    expect(loadConfig({})).to.deep.include({
      databasePoolMode: 'session',
      directDatabaseUrl: undefined,
      readDatabaseUrl: undefined,
      readReplicaMaxLagMs: 5000,
      preparedStatements: 32,
    });
  });

  it('turns named prepared statements off behind a transaction pooler unless PREPARED_STATEMENTS says otherwise', () => {
    const env = { DATABASE_URL: POOLER, DIRECT_DATABASE_URL: DIRECT, DATABASE_POOL_MODE: 'transaction' };
    expect(loadConfig(env).preparedStatements).to.equal(0);
    // PgBouncer 1.21+ with max_prepared_statements keeps them.
    expect(loadConfig({ ...env, PREPARED_STATEMENTS: '16' }).preparedStatements).to.equal(16);
  });

  for (const [name, env, pattern] of [
    [
      'transaction mode without a direct URL',
      { DATABASE_URL: POOLER, DATABASE_POOL_MODE: 'transaction' },
      /DIRECT_DATABASE_URL/,
    ],
    ['an unknown pool mode', { DATABASE_POOL_MODE: 'statement' }, /DATABASE_POOL_MODE/],
    ['a direct URL that is not PostgreSQL', { DIRECT_DATABASE_URL: 'mysql://db/x' }, /DIRECT_DATABASE_URL/],
    ['a replica URL that is not PostgreSQL', { READ_DATABASE_URL: 'http://replica' }, /READ_DATABASE_URL/],
    ['a negative replica lag limit', { READ_REPLICA_MAX_LAG_MS: '-1' }, /READ_REPLICA_MAX_LAG_MS/],
  ] as const) {
    it(`refuses ${name}`, () => {
      expect(() => loadConfig(env)).to.throw(ConfigError, pattern);
    });
  }
});
