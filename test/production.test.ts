// The production path as an operator walks it: the database commands (migrate, seed, create-admin) as real
// processes, production refusing to run without DATABASE_URL, HOST, and the embedded PostgreSQL recovering from
// crashes (kill -9 of the server, a dead postmaster) or refusing a directory its user cannot reach.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'chai';
import {
  EmbeddedPostgresError,
  freePort,
  INITDB_DONE_MARKER,
  startEmbeddedPostgres,
} from '../src/db/embedded-postgres';
import { migrations } from '../src/db/migrations';
import { emptyDatabase } from './helpers/global';
import { withConnection } from './helpers/original-database';
import { spawnServerProcess, startTestServer, TestServer } from './helpers/server';

const DIST = path.resolve(__dirname, '../src');
/** What production needs besides DATABASE_URL: real secrets and the public URL of export links. */
const PRODUCTION_SETTINGS = {
  JWT_SECRET: 'a-production-access-secret-of-enough-length-1234',
  JWT_REFRESH_SECRET: 'a-production-refresh-secret-of-enough-length-5678',
  PUBLIC_URL: 'https://meals.example.com',
};

interface Outcome {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a compiled entry point (`index.js`, `database-cli.js ...`) with exactly `env` on top of PATH. */
function runNode(args: string[], env: Record<string, string>, cwd = process.cwd()): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(DIST, args[0]), ...args.slice(1)], {
      cwd,
      env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'silent', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const ROOT = path.resolve(__dirname, '../..');

/** Runs a command of the repository (`npm run migrate`, `node deploy/...`) in ROOT with `env` on top of PATH and HOME. */
function runCommand(command: string, args: string[], env: Record<string, string>): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LOG_LEVEL: 'silent', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** The process failed with exactly one line on stderr (no stack trace) matching `pattern`. */
function expectOneLineFailure(outcome: Outcome, pattern: RegExp): void {
  expect(outcome.code, outcome.stderr).to.equal(1);
  const lines = outcome.stderr.trim().split('\n');
  expect(lines, outcome.stderr).to.have.length(1);
  expect(lines[0]).to.match(pattern);
}

/** Whether a process runs (a zombie that its new parent, init, has not reaped yet does not). */
function isAlive(pid: number): boolean {
  try {
    return !execFileSync('ps', ['-o', 'stat=', '-p', String(pid)])
      .toString()
      .trim()
      .startsWith('Z');
  } catch {
    return false;
  }
}

function postmasterPid(dataDir: string): number {
  return Number(fs.readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
}

async function until(condition: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('production path', () => {
  describe('database commands', () => {
    it('migrates with only DATABASE_URL in production (no token secrets)', async () => {
      const database = await emptyDatabase(`packmeal_prod_migrate_${process.pid}`);
      try {
        const outcome = await runNode(['database-cli.js', 'migrate'], {
          NODE_ENV: 'production',
          DATABASE_URL: database.url,
        });
        expect(outcome.code, outcome.stderr).to.equal(0);
        expect(outcome.stdout).to.contain('Migrations applied');
        for (const migration of migrations) expect(outcome.stdout).to.contain(migration.name);

        // The seed never runs in production: refused in one line, and the database stays empty.
        const seeded = await runNode(['database-cli.js', 'seed'], {
          NODE_ENV: 'production',
          DATABASE_URL: database.url,
        });
        expectOneLineFailure(seeded, /never runs with NODE_ENV=production/);
        const server = await spawnServerProcess(database.url, {
          NODE_ENV: 'production',
          ...PRODUCTION_SETTINGS,
        });
        try {
          const login = await fetch(`${server.url}/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({
              query: 'mutation { login(input: {nik: "ADM001", password: "admin123"}) { accessToken } }',
            }),
          });
          const body = (await login.json()) as { errors?: { extensions?: { code?: string } }[] };
          expect(body.errors?.[0]?.extensions?.code, 'no demo accounts').to.equal('UNAUTHENTICATED');
        } finally {
          expect(await server.stop()).to.equal(0);
        }
      } finally {
        await database.drop();
      }
    });

    it('npm run migrate after a build compiles nothing (dist/ untouched) and starts at once', async () => {
      const database = await emptyDatabase(`packmeal_prod_npm_migrate_${process.pid}`);
      const built = () =>
        ['dist/src/database-cli.js', 'dist/src/index.js', 'dist/src/config/config.js'].map(
          (file) => fs.statSync(path.join(ROOT, file)).mtimeMs,
        );
      try {
        const before = built();
        const started = Date.now();
        const outcome = await runCommand('npm', ['run', 'migrate'], {
          NODE_ENV: 'production',
          DATABASE_URL: database.url,
        });
        console.log(`      npm run migrate after a build: ${Date.now() - started} ms`);
        expect(outcome.code, outcome.stderr).to.equal(0);
        expect(outcome.stderr).to.contain('ensure-built: dist/ is current, no compiling');
        expect(outcome.stderr + outcome.stdout).to.not.contain('tsc -p');
        expect(outcome.stdout).to.contain('Migrations applied');
        expect(built(), 'no compiler wrote dist/').to.deep.equal(before);
      } finally {
        await database.drop();
      }
    });

    it('compiles before the database commands when a source is newer than its output (or has none)', async () => {
      const root = fs.mkdtempSync(path.join(os.tmpdir(), 'packmeal-built-'));
      try {
        fs.mkdirSync(path.join(root, 'src/db'), { recursive: true });
        fs.mkdirSync(path.join(root, 'dist/src/db'), { recursive: true });
        for (const file of [
          'src/index.ts',
          'src/db/migrate.ts',
          'dist/src/index.js',
          'dist/src/db/migrate.js',
        ])
          fs.writeFileSync(path.join(root, file), '');
        const at = (file: string, seconds: number) => fs.utimesSync(path.join(root, file), seconds, seconds);
        const check = () => runCommand('node', ['deploy/ensure-built.js', '--dry-run', root], {});
        at('src/index.ts', 1000);
        at('src/db/migrate.ts', 1000);
        at('dist/src/index.js', 2000);
        at('dist/src/db/migrate.js', 2000);
        expect((await check()).stderr).to.contain('dist/ is current');
        at('src/db/migrate.ts', 3000);
        expect((await check()).stderr).to.match(/src\/db\/migrate\.ts newer than dist\/: compiling/);
        at('src/db/migrate.ts', 1000);
        fs.writeFileSync(path.join(root, 'src/db/seed.ts'), '');
        at('src/db/seed.ts', 1000);
        expect((await check()).stderr).to.match(/src\/db\/seed\.ts newer than dist\/: compiling/);
      } finally {
        fs.rmSync(root, { recursive: true, force: true });
      }
    });

    it('refuses a production start missing three settings with all three named in one run', async () => {
      const cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'packmeal-three-'));
      try {
        const outcome = await runNode(
          ['index.js'],
          { NODE_ENV: 'production', JWT_REFRESH_SECRET: PRODUCTION_SETTINGS.JWT_REFRESH_SECRET },
          cwd,
        );
        expect(outcome.code, outcome.stderr).to.equal(1);
        expect(outcome.stderr).to.match(/^Configuration error: 3 settings are wrong:\n/);
        for (const name of ['DATABASE_URL', 'JWT_SECRET', 'PUBLIC_URL'])
          expect(outcome.stderr).to.match(new RegExp(`\\n {2}- ${name} must be set`));
        expect(outcome.stderr, 'no stack trace').to.not.match(/\n\s+at /);
        expect(fs.readdirSync(cwd), 'nothing written').to.deep.equal([]);
      } finally {
        fs.rmSync(cwd, { recursive: true, force: true });
      }
    });

    it('refuses every production command without DATABASE_URL in one line, embedding nothing', async () => {
      const cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'packmeal-nodb-'));
      try {
        for (const args of [
          ['index.js'],
          ['database-cli.js', 'migrate'],
          ['database-cli.js', 'create-admin', 'ADM900', 'First Admin'],
        ]) {
          const outcome = await runNode(
            args,
            {
              NODE_ENV: 'production',
              DATABASE_URL: '',
              ADMIN_PASSWORD: 'first-admin-pass',
              ...PRODUCTION_SETTINGS,
            },
            cwd,
          );
          expectOneLineFailure(outcome, /DATABASE_URL must be set in production/);
        }
        expect(fs.readdirSync(cwd), 'no ./.data').to.deep.equal([]);
      } finally {
        fs.rmSync(cwd, { recursive: true, force: true });
      }
    });
  });

  describe('create-admin', () => {
    let server: TestServer;
    before(async () => {
      server = await startTestServer();
    });
    after(() => server.dispose());

    const createAdmin = (args: string[], password: string) =>
      runNode(['database-cli.js', 'create-admin', ...args], {
        NODE_ENV: 'production',
        DATABASE_URL: server.databaseUrl,
        ADMIN_PASSWORD: password,
      });

    it('creates an administrator who must change the password at first sign-in, audited', async () => {
      const marker = await server.lastAuditId();
      const outcome = await createAdmin(['ADM900', 'Budi', 'Santoso'], 'first-admin-pass-1');
      expect(outcome.code, outcome.stderr).to.equal(0);
      expect(outcome.stdout).to.contain('Administrator ADM900 (Budi Santoso) created');
      expect(outcome.stdout + outcome.stderr).to.not.contain('first-admin-pass-1');

      const signIn = async (password: string) =>
        (
          await server.ok<{ login: { accessToken: string; mustChangePassword: boolean } }>(
            'mutation($password: String!) { login(input: { nik: "ADM900", password: $password }) { accessToken mustChangePassword } }',
            { password },
          )
        ).login;
      const first = await signIn('first-admin-pass-1');
      expect(first.mustChangePassword, 'told at sign-in').to.equal(true);
      const token = first.accessToken;
      expect(await server.errorCode('{ users { total } }', {}, { token })).to.equal(
        'PASSWORD_CHANGE_REQUIRED',
      );
      await server.ok(
        'mutation($input: ChangePasswordInput!) { changePassword(input: $input) }',
        { input: { currentPassword: 'first-admin-pass-1', newPassword: 'my-admin-pass-22' } },
        { token },
      );
      const me = await server.ok<{ me: { role: string; namaLengkap: string } }>(
        '{ me { role namaLengkap } }',
        {},
        { token },
      );
      expect(me.me).to.deep.equal({ role: 'ADMINISTRATOR', namaLengkap: 'Budi Santoso' });
      expect(await server.ok('{ users { total } }', {}, { token })).to.have.property('users');
      expect((await signIn('my-admin-pass-22')).mustChangePassword, 'after the change').to.equal(false);

      const [created] = await server.auditSince(marker, 'USER_CREATED');
      expect(created.user_id, 'created by nobody signed in').to.equal(null);
      expect(created.detail).to.contain('ADM900');
      expect(JSON.stringify(await server.auditSince(marker))).to.not.contain('first-admin-pass-1');
    });

    it('sets the password again for an administrator it created who has not signed in yet, and for nobody else', async () => {
      const marker = await server.lastAuditId();
      expect((await createAdmin(['ADM910', 'Sari', 'Dewi'], 'mistyped-pass-1')).code).to.equal(0);
      const again = await createAdmin(['ADM910', 'Sari', 'Dewi'], 'intended-pass-2');
      expect(again.code, again.stderr).to.equal(0);
      expect(again.stdout).to.contain(
        'Administrator ADM910 (Sari Dewi) has not signed in yet: password set again',
      );
      const login = (password: string) =>
        server.gql<{ login: { mustChangePassword: boolean } }>(
          'mutation($password: String!) { login(input: { nik: "ADM910", password: $password }) { mustChangePassword } }',
          { password },
        );
      expect((await login('mistyped-pass-1')).errors?.[0]?.extensions?.code).to.equal('UNAUTHENTICATED');
      expect((await login('intended-pass-2')).data?.login.mustChangePassword).to.equal(true);
      const [reset] = await server.auditSince(marker, 'PASSWORD_RESET');
      expect(reset.user_id, 'by nobody signed in').to.equal(null);
      expect(reset.detail).to.contain('ADM910');

      // Signed in once: the command no longer touches the account, nor an account it did not create.
      expectOneLineFailure(
        await createAdmin(['ADM910', 'Sari', 'Dewi'], 'third-pass-333'),
        /^create-admin: nomorIndukKaryawan is already in use \(create-admin sets a password again only for an administrator it created who has not signed in yet\)$/,
      );
      expect((await login('intended-pass-2')).data?.login.mustChangePassword).to.equal(true);
      expect((await createAdmin(['EMP001', 'Someone'], 'long-enough-pass')).code).to.equal(1);
      expect((await createAdmin(['ADM001', 'Someone'], 'long-enough-pass')).code).to.equal(1);
    });

    it('asks for the password twice at a terminal, and refuses two different answers', async () => {
      // `script` gives the command a terminal; the answers are typed once it asks.
      const atTerminal = (nik: string, answers: string[]) =>
        new Promise<Outcome>((resolve, reject) => {
          const command = `${process.execPath} ${path.join(DIST, 'database-cli.js')} create-admin ${nik} Tia Putri`;
          const child = spawn('script', ['-qec', command, '/dev/null'], {
            env: {
              PATH: process.env.PATH ?? '',
              NODE_ENV: 'production',
              DATABASE_URL: server.databaseUrl,
              LOG_LEVEL: 'silent',
            },
            stdio: ['pipe', 'pipe', 'pipe'],
          });
          let stdout = '';
          let typed = 0;
          child.stdout.on('data', (chunk: Buffer) => {
            stdout += chunk.toString();
            const asked = (stdout.match(/Password for|The same password again/g) ?? []).length;
            while (typed < asked && typed < answers.length) child.stdin.write(`${answers[typed++]}\r`);
          });
          child.on('error', reject);
          child.on('close', (code) => resolve({ code, stdout, stderr: '' }));
        });
      const differ = await atTerminal('ADM920', ['first-try-pass-1', 'first-try-pass-2']);
      expect(differ.code, differ.stdout).to.equal(1);
      expect(differ.stdout).to.contain('The two passwords differ: nothing was changed');
      expect(await server.sql('SELECT 1 FROM users WHERE username = $1', ['ADM920'])).to.have.length(0);

      const same = await atTerminal('ADM920', ['typed-twice-pass', 'typed-twice-pass']);
      expect(same.code, same.stdout).to.equal(0);
      expect(same.stdout).to.contain('Administrator ADM920 (Tia Putri) created');
      expect(same.stdout, 'never echoed').to.not.contain('typed-twice-pass');
      expect(
        (
          await server.gql(
            'mutation { login(input: { nik: "ADM920", password: "typed-twice-pass" }) { accessToken } }',
          )
        ).data,
      ).to.have.nested.property('login.accessToken');
    });

    it('refuses a taken NIK, a short password and missing arguments in one line, creating nothing', async () => {
      const count = async () =>
        (await server.sql<{ n: number }>('SELECT count(*)::int AS n FROM users'))[0].n;
      const before = await count();
      expectOneLineFailure(
        await createAdmin(['ADM001', 'Someone Else'], 'long-enough-pass'),
        /^create-admin: nomorIndukKaryawan is already in use \(create-admin sets a password again only/,
      );
      expectOneLineFailure(
        await createAdmin(['ADM901', 'Short Password'], 'short'),
        /password must be 8 to 128/,
      );
      expectOneLineFailure(await createAdmin(['ADM902'], 'long-enough-pass'), /usage/);
      expectOneLineFailure(await createAdmin(['bad nik!', 'Name'], 'long-enough-pass'), /nomorIndukKaryawan/);
      expect(await count()).to.equal(before);
    });
  });

  describe('start-up and stop, as the log says', () => {
    it('names the addresses listened on, warns while there are no shifts or departments, and stops in order', async function () {
      this.timeout(60_000);
      const database = await emptyDatabase(`packmeal_prod_startup_${process.pid}`);
      const [port, metricsPort] = [await freePort(), await freePort()];
      try {
        const child = spawn(process.execPath, [path.join(DIST, 'index.js')], {
          env: {
            PATH: process.env.PATH ?? '',
            NODE_ENV: 'production',
            DATABASE_URL: database.url,
            ...PRODUCTION_SETTINGS,
            HOST: '0.0.0.0',
            PORT: String(port),
            METRICS_PORT: String(metricsPort),
            LOG_LEVEL: 'info',
          },
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        let stdout = '';
        child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
        const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
        const messages = () =>
          stdout
            .split('\n')
            .filter((line) => line.startsWith('{'))
            .map((line) => JSON.parse(line) as { msg: string; level: number; time: number })
            // Lines reach the pipe out of order at times (pino's asynchronous writes): their time orders them.
            .sort((a, b) => a.time - b.time);
        await until(() => messages().some((line) => line.msg.includes('listening on')), 'the start-up line');
        const started = messages().find((line) => line.msg.includes('listening on'));
        expect(started?.msg).to.contain(`listening on 0.0.0.0:${port}, metrics on 0.0.0.0:${metricsPort}`);
        const warning = messages().find((line) => line.msg.startsWith('No shifts'));
        expect(warning?.level, 'a warning').to.equal(40);
        expect(warning?.msg).to.match(
          /^No shifts and no departments yet: nobody can order .*\/admin\/master/,
        );

        child.kill('SIGTERM');
        expect(await exited).to.equal(0);
        const order = messages().map((line) => line.msg);
        const step = (prefix: string) => order.findIndex((message) => message.startsWith(prefix));
        expect(step('SIGTERM')).to.be.greaterThan(-1);
        expect(step('HTTP and WebSocket closed')).to.be.greaterThan(step('SIGTERM'));
        expect(step('Database connections closed')).to.be.greaterThan(step('HTTP and WebSocket closed'));
      } finally {
        await database.drop();
      }
    });
  });

  describe('HOST', () => {
    it('listens only on the configured address', async () => {
      const server = await startTestServer({ env: { HOST: '127.0.0.2' } });
      try {
        expect(server.url).to.match(/^http:\/\/127\.0\.0\.2:\d+$/);
        expect((await fetch(`${server.url}/api/health`)).status).to.equal(200);
        const other = server.url.replace('127.0.0.2', '127.0.0.1');
        const refused = await fetch(`${other}/api/health`).then(
          () => 'answered',
          (error: { cause?: { code?: string } }) => error.cause?.code,
        );
        expect(refused).to.equal('ECONNREFUSED');
      } finally {
        await server.dispose();
      }
    });
  });

  describe('embedded PostgreSQL after crashes', () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'packmeal-crash-'));
    after(() => fs.rmSync(dataDir, { recursive: true, force: true }));

    it('starts again on the same DATA_DIR after kill -9 of the server; SIGTERM exits 0 after the postmaster died', async function () {
      this.timeout(90_000);
      const env = { DATA_DIR: dataDir, NODE_ENV: 'development' };
      const first = await spawnServerProcess(null, env);
      const orphan = postmasterPid(dataDir);
      expect(await first.stop('SIGKILL')).to.equal(null);
      expect(isAlive(orphan), 'the postmaster outlives its server').to.equal(true);

      const second = await spawnServerProcess(null, env);
      const response = await fetch(`${second.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: 'mutation { login(input: {nik: "ADM001", password: "admin123"}) { accessToken } }',
        }),
      });
      expect(((await response.json()) as { data?: unknown }).data).to.have.nested.property(
        'login.accessToken',
      );
      expect(isAlive(orphan), 'the orphan was stopped').to.equal(false);

      const postmaster = postmasterPid(dataDir);
      process.kill(postmaster, 'SIGKILL');
      await until(() => !isAlive(postmaster), 'the postmaster to die');
      expect(await second.stop('SIGTERM')).to.equal(0);
    });
  });

  describe('embedded PostgreSQL after an interrupted first initdb', () => {
    let parent = '';
    before(() => {
      parent = fs.mkdtempSync(path.join(os.tmpdir(), 'packmeal-initdb-'));
      fs.chmodSync(parent, 0o755); // as root, PostgreSQL runs as user postgres, who must enter it
    });
    after(() => fs.rmSync(parent, { recursive: true, force: true }));

    // Where the first start is killed (kill -9 of its process group, as a power cut or `docker kill` would):
    // while initdb creates the directories, after it wrote PG_VERSION (before global/pg_control), and during
    // its bootstrap (global/pg_control written, template0 and postgres not made yet).
    const POINTS: { at: string; reached: (dataDir: string) => boolean }[] = [
      { at: 'the first directory', reached: (dataDir) => fs.existsSync(path.join(dataDir, 'pg_wal')) },
      { at: 'PG_VERSION', reached: (dataDir) => fs.existsSync(path.join(dataDir, 'PG_VERSION')) },
      {
        at: 'global/pg_control',
        reached: (dataDir) => fs.existsSync(path.join(dataDir, 'global', 'pg_control')),
      },
    ];

    for (const [index, { at, reached }] of POINTS.entries()) {
      it(`starts cleanly after the first start was killed once initdb had written ${at}`, async function () {
        this.timeout(120_000);
        const dataDir = path.join(parent, `data-${index}`);
        const env = { DATA_DIR: dataDir, NODE_ENV: 'development' };
        const tmp = fs.mkdtempSync(path.join(parent, 'tmp-'));
        fs.chmodSync(tmp, 0o755);
        const first = spawn(process.execPath, [path.join(DIST, 'index.js')], {
          // Its own TMPDIR: the password file embedded-postgres writes for initdb is never removed after kill -9.
          env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'silent', PORT: '0', TMPDIR: tmp, ...env },
          stdio: ['ignore', 'ignore', 'pipe'],
          detached: true,
        });
        let stderr = '';
        first.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
        const exited = new Promise((resolve) => first.on('exit', resolve));
        try {
          let killed = false;
          const deadline = Date.now() + 60_000;
          while (!killed && first.exitCode === null && Date.now() < deadline) {
            if (reached(dataDir)) {
              process.kill(-(first.pid ?? 0), 'SIGKILL');
              killed = true;
            } else await new Promise((resolve) => setTimeout(resolve, 2));
          }
          expect(killed, `killed during initdb (${stderr})`).to.equal(true);
          // postmaster.opts is written by a postmaster only (initdb's bootstrap backends write postmaster.pid).
          const left = fs.readdirSync(dataDir);
          expect(left, 'PostgreSQL never ran').to.not.include('postmaster.opts');
          expect(left, 'initdb did not finish').to.not.include(INITDB_DONE_MARKER);
        } finally {
          if (first.exitCode === null && first.signalCode === null)
            process.kill(-(first.pid ?? 0), 'SIGKILL');
          await exited;
        }

        const second = await spawnServerProcess(null, env);
        try {
          const response = await fetch(`${second.url}/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({
              query: 'mutation { login(input: {nik: "ADM001", password: "admin123"}) { accessToken } }',
            }),
          });
          expect(((await response.json()) as { data?: unknown }).data).to.have.nested.property(
            'login.accessToken',
          );
        } finally {
          expect(await second.stop('SIGTERM')).to.equal(0);
        }
      });
    }
  });

  describe('embedded PostgreSQL on a data directory it did not mark complete', () => {
    let parent = '';
    before(() => {
      parent = fs.mkdtempSync(path.join(os.tmpdir(), 'packmeal-unmarked-'));
      fs.chmodSync(parent, 0o755);
    });
    after(() => fs.rmSync(parent, { recursive: true, force: true }));

    it('keeps a cluster of an earlier version (no marker) that holds a database', async function () {
      this.timeout(120_000);
      const dataDir = path.join(parent, 'earlier');
      const first = await startEmbeddedPostgres(dataDir);
      try {
        await withConnection(first.url, (source) => source.query('CREATE DATABASE kept_by_upgrade'));
      } finally {
        await first.stop();
      }
      fs.rmSync(path.join(dataDir, INITDB_DONE_MARKER)); // as an earlier version left it
      const second = await startEmbeddedPostgres(dataDir);
      try {
        const rows = await withConnection(second.url, (source) =>
          source.query(`SELECT datname FROM pg_database WHERE datname = 'kept_by_upgrade'`),
        );
        expect(rows, 'the database survived').to.have.length(1);
        expect(fs.existsSync(path.join(dataDir, INITDB_DONE_MARKER)), 'marked now').to.equal(true);
      } finally {
        await second.stop();
      }
    });

    it("refuses a directory holding files that are not initdb's in one line, deleting nothing", async () => {
      const dataDir = path.join(parent, 'notes');
      fs.mkdirSync(path.join(dataDir, 'base'), { recursive: true });
      fs.writeFileSync(path.join(dataDir, 'PG_VERSION'), '17\n');
      fs.writeFileSync(path.join(dataDir, 'notes.txt'), 'mine\n');
      let failure: unknown = null;
      await startEmbeddedPostgres(dataDir).then(
        (database) => database.stop(),
        (error: unknown) => (failure = error),
      );
      expect(failure).to.be.instanceOf(EmbeddedPostgresError);
      expect((failure as Error).message).to.match(
        /^DATA_DIR .*notes is neither empty .*notes\.txt.*DATABASE_URL$/,
      );
      expect(fs.readdirSync(dataDir).sort()).to.deep.equal(['PG_VERSION', 'base', 'notes.txt']);
    });
  });

  describe('a directory PostgreSQL cannot enter (as root)', () => {
    it('stops with one line naming the remedy and leaves nothing behind', async function () {
      if (process.getuid?.() !== 0) this.skip(); // only root hands PostgreSQL to another user
      const privateDir = fs.mkdtempSync(path.join(os.tmpdir(), 'packmeal-private-'));
      fs.chmodSync(privateDir, 0o700);
      // The process gets a temporary directory of its own, so that other PostgreSQL starts on this machine
      // (another test run) cannot add or remove password files while this one is watched.
      const ownTmp = fs.mkdtempSync(path.join(os.tmpdir(), 'packmeal-tmp-'));
      fs.chmodSync(ownTmp, 0o755);
      const passwordFiles = () => fs.readdirSync(ownTmp).filter((name) => name.startsWith('pg-password-'));
      const before = passwordFiles();
      try {
        const outcome = await runNode(['index.js'], {
          NODE_ENV: 'development',
          DATA_DIR: path.join(privateDir, 'data'),
          PORT: '0',
          TMPDIR: ownTmp,
        });
        expectOneLineFailure(
          outcome,
          /postgres cannot enter .*packmeal-private-.* \(mode 700\).*DATABASE_URL/,
        );
        expect(fs.readdirSync(privateDir), 'no data directory').to.deep.equal([]);
        expect(passwordFiles()).to.deep.equal(before);
      } finally {
        fs.rmSync(privateDir, { recursive: true, force: true });
        fs.rmSync(ownTmp, { recursive: true, force: true });
      }
    });
  });
});
