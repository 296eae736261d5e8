// `npm run migrate` and `npm run seed`: apply migrations (and optionally the seed) to DATABASE_URL, or to the
// embedded PostgreSQL under DATA_DIR when it is unset.
import 'reflect-metadata';
import dotenv from 'dotenv';
import { ConfigError, loadConfig } from './config';
import {
  createDataSource,
  EmbeddedDatabase,
  ensureDatabase,
  migrate,
  startEmbeddedPostgres,
  withDatabase,
} from './database';
import { seed } from './seed';

async function main(command: string | undefined): Promise<void> {
  if (command !== 'migrate' && command !== 'seed') throw new Error('usage: database-cli migrate|seed');
  dotenv.config({ quiet: true });
  const config = loadConfig();
  let embedded: EmbeddedDatabase | null = null;
  let url = config.databaseUrl;
  if (!url) {
    embedded = await startEmbeddedPostgres(config.dataDir);
    await ensureDatabase(embedded.url, 'packmeal');
    url = withDatabase(embedded.url, 'packmeal');
  }
  const dataSource = createDataSource(url, { poolSize: 2 });
  try {
    await dataSource.initialize();
    await migrate(dataSource, async () => {
      if (command === 'seed')
        console.log(
          (await seed(dataSource, config.bcryptRounds))
            ? 'Seed data loaded'
            : 'Users exist already: seed skipped',
        );
    });
    const applied = await dataSource.query('SELECT name FROM migrations ORDER BY id');
    console.log(`Migrations applied: ${applied.map((row: { name: string }) => row.name).join(', ')}`);
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await embedded?.stop();
  }
}

main(process.argv[2]).catch((error: unknown) => {
  console.error(error instanceof ConfigError ? `Configuration error: ${error.message}` : error);
  process.exit(1);
});
