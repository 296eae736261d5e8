// `npm run migrate`, `npm run seed` and `npm run create-admin`: commands that need the database and nothing else
// (no token secrets). DATABASE_URL, or the embedded PostgreSQL under DATA_DIR outside production.
import 'reflect-metadata';
import { validate } from 'class-validator';
import dotenv from 'dotenv';
import readline from 'node:readline';
import { Writable } from 'node:stream';
import { DataSource } from 'typeorm';
import { ConfigError, DatabaseConfig, loadDatabaseConfig } from './config/config';
import { migrate } from './db/migrate';
import { openDatabase } from './db/open-database';
import { Role } from './entities/enums';
import { CreateUserInput } from './resolvers/types/user.type';
import { AppError } from './common/errors';
import { seed } from './db/seed';
import { createUser, resetFirstAdministrator } from './services/users.service';
import { exitOnStartupError } from './db/startup-error';

const USAGE = 'usage: database-cli migrate | seed | create-admin <NIK> <full name>';

/** Runs `work` on a DataSource of the configured database, then closes it (and the embedded server) again. */
async function withDatabaseReady(config: DatabaseConfig, work: (dataSource: DataSource) => Promise<void>) {
  const database = await openDatabase(config, { poolSize: 2 });
  try {
    await work(database.dataSource);
  } finally {
    await database.close();
  }
}

async function printMigrations(dataSource: DataSource): Promise<void> {
  const applied = await dataSource.query('SELECT name FROM migrations ORDER BY id');
  console.log(`Migrations applied: ${applied.map((row: { name: string }) => row.name).join(', ')}`);
}

/** Reads one line per question from the terminal without echoing them (one reader, so typing ahead is kept). */
function promptHidden(questions: string[]): Promise<string[]> {
  if (!process.stdin.isTTY) {
    return Promise.reject(new ConfigError('ADMIN_PASSWORD must be set when there is no terminal to ask'));
  }
  const muted = new Writable({ write: (_chunk, _encoding, done) => done() });
  const rl = readline.createInterface({ input: process.stdin, output: muted, terminal: true });
  const answers: string[] = [];
  const ask = (index: number): Promise<string[]> => {
    if (index === questions.length) {
      rl.close();
      return Promise.resolve(answers);
    }
    process.stdout.write(questions[index]);
    return new Promise<string>((resolve) => rl.question('', resolve)).then((answer) => {
      process.stdout.write('\n');
      answers.push(answer);
      return ask(index + 1);
    });
  };
  return ask(0);
}

/** The password from ADMIN_PASSWORD, or typed twice at the terminal (a typo would lock the administrator out). */
async function administratorPassword(nik: string): Promise<string> {
  if (process.env.ADMIN_PASSWORD) return process.env.ADMIN_PASSWORD;
  const [password, again] = await promptHidden([`Password for ${nik}: `, 'The same password again: ']);
  if (password !== again) throw new ConfigError('The two passwords differ: nothing was changed');
  return password;
}

/** The administrator to create, checked by the same rules as the createUser mutation. */
async function administratorInput(args: string[]): Promise<CreateUserInput> {
  const [nik, ...name] = args;
  if (!nik || name.length === 0) throw new ConfigError(USAGE);
  const input = Object.assign(new CreateUserInput(), {
    nomorIndukKaryawan: nik,
    namaLengkap: name.join(' '),
    password: 'x'.repeat(8),
    role: Role.ADMINISTRATOR,
  });
  // The NIK and name are checked before the password is asked for; then the password by the same rules.
  const check = async () => {
    const [problem] = await validate(input);
    if (problem)
      throw new ConfigError(Object.values(problem.constraints ?? {})[0] ?? `${problem.property} is invalid`);
  };
  await check();
  input.password = await administratorPassword(nik);
  await check();
  return input;
}

/**
 * Creates the administrator; for the NIK of one this command created who has not signed in yet, sets the password
 * again instead (the first password was mistyped or lost).
 */
async function createAdmin(config: DatabaseConfig, args: string[]): Promise<void> {
  const input = await administratorInput(args);
  await withDatabaseReady(config, async (dataSource) => {
    await migrate(dataSource);
    const deps = { dataSource, config };
    try {
      const admin = await createUser(deps, null, { ...input, mustChangePassword: true });
      console.log(
        `Administrator ${admin.nomorIndukKaryawan} (${admin.namaLengkap}) created; the password must be changed at first sign-in`,
      );
    } catch (error) {
      if (!(error instanceof AppError) || error.extensions.field !== 'nomorIndukKaryawan') throw error;
      const admin = await resetFirstAdministrator(deps, input.nomorIndukKaryawan, input.password);
      console.log(
        `Administrator ${admin.nomorIndukKaryawan} (${admin.namaLengkap}) has not signed in yet: password set again; it must be changed at first sign-in`,
      );
    }
  });
}

async function main([command, ...args]: string[]): Promise<void> {
  dotenv.config({ quiet: true });
  const config = loadDatabaseConfig();
  if (command === 'migrate') {
    await withDatabaseReady(config, async (dataSource) => {
      await migrate(dataSource);
      await printMigrations(dataSource);
    });
  } else if (command === 'seed') {
    if (config.nodeEnv === 'production')
      throw new ConfigError(
        'npm run seed loads published demo accounts and never runs with NODE_ENV=production',
      );
    await withDatabaseReady(config, async (dataSource) => {
      await migrate(dataSource, async () => {
        const loaded = await seed(dataSource, config.bcryptRounds);
        console.log(loaded ? 'Seed data loaded' : 'Users exist already: seed skipped');
      });
      await printMigrations(dataSource);
    });
  } else if (command === 'create-admin') {
    await createAdmin(config, args);
  } else {
    throw new ConfigError(USAGE);
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof AppError) {
    console.error(`create-admin: ${error.message}`);
    process.exit(1);
  }
  exitOnStartupError(error);
});
