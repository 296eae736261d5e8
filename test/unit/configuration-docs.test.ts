// README's configuration table and .env.example name exactly the environment variables src/config/config.ts reads:
// a new setting without its documentation, or a documented one the code no longer reads, fails here.
import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'chai';
import { loadConfig } from '../../src/config/config';

const ROOT = path.resolve(__dirname, '../../..');
const SECRETS = { JWT_SECRET: 'x'.repeat(40), JWT_REFRESH_SECRET: 'y'.repeat(40) };

/** The variables loadConfig reads from `env`, recorded through a proxy (every branch's reads: run it per mode). */
function variablesRead(env: Record<string, string>): Set<string> {
  const read = new Set<string>();
  const recording = new Proxy(env, {
    get(target, key) {
      if (typeof key === 'string') read.add(key);
      return typeof key === 'string' ? target[key] : undefined;
    },
  });
  loadConfig(recording);
  return read;
}

/** Every variable read in development, in production, and with the optional ones set. */
function variablesOfConfig(): string[] {
  const modes: Record<string, string>[] = [
    { ...SECRETS, NODE_ENV: 'test' },
    { ...SECRETS, NODE_ENV: 'development', METRICS_PORT: '9400' },
    {
      ...SECRETS,
      NODE_ENV: 'production',
      DATABASE_URL: 'postgres://db.internal/packmeal',
      PUBLIC_URL: 'https://meals.example.com',
      METRICS_PORT: '9400',
    },
  ];
  return [...new Set(modes.flatMap((env) => [...variablesRead(env)]))].sort();
}

/** The variables in the first column of README's "## Configuration" table. */
function variablesOfReadme(): string[] {
  const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(
    readme.indexOf('## Configuration'),
    readme.indexOf('### An external PostgreSQL'),
  );
  const names = section
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .flatMap((line) => [...line.split('|')[1].matchAll(/`([A-Z][A-Z0-9_]*)`/g)].map((match) => match[1]));
  return [...new Set(names)].sort();
}

/** The variables .env.example sets or shows commented out (`# NAME=`). */
function variablesOfEnvExample(): string[] {
  const example = fs.readFileSync(path.join(ROOT, '.env.example'), 'utf8');
  const names = [...example.matchAll(/^#? ?([A-Z][A-Z0-9_]*)=/gm)].map((match) => match[1]);
  return [...new Set(names)].sort();
}

describe('configuration documentation (unit)', () => {
  const read = variablesOfConfig();

  it('reads the variables it is known to read (the recording works)', () => {
    expect(read).to.include.members(['PORT', 'DATABASE_URL', 'JWT_SECRET', 'QUERY_MAX_TOKENS', 'GRAPHIQL']);
  });

  it("README's configuration table lists exactly the variables src/config/config.ts reads", () => {
    expect(variablesOfReadme()).to.deep.equal(read);
  });

  it('.env.example lists exactly the variables src/config/config.ts reads', () => {
    expect(variablesOfEnvExample()).to.deep.equal(read);
  });
});
