// Process entry: configuration, then the application; SIGTERM/SIGINT shut it down in order; SIGHUP reads the
// trusted-documents manifests again (a new app version registered, a retired one removed) without a restart.
import 'reflect-metadata';
import path from 'node:path';
import dotenv from 'dotenv';
import { startApp } from './server/app';
import { checkConfig, loadConfig, loadDatabaseConfig } from './config/config';
import { checkReachableAsRoot } from './db/embedded-postgres';
import { exitOnStartupError } from './db/startup-error';

async function main(): Promise<void> {
  dotenv.config({ quiet: true });
  // Every wrong or missing setting at once, before anything is written.
  checkConfig();
  const database = loadDatabaseConfig();
  // An embedded PostgreSQL that cannot start is refused before anything is written (development secrets included).
  if (!database.databaseUrl) await checkReachableAsRoot(path.resolve(database.dataDir));
  const config = loadConfig();
  const app = await startApp(config, { handleSignals: true });
  const { listening } = app.server;
  app.deps.logger.info(
    { listening },
    `Pack Meal (${config.nodeEnv}) listening on ${listening.http}` +
      (listening.metrics ? `, metrics on ${listening.metrics}` : '') +
      `: the web app at ${app.server.url}/, the API at ${app.server.url}/graphql`,
  );

  // SIGTERM, SIGINT (PM2's default kill signal) and PM2's shutdown message stop the process without losing a
  // request (src/server/app.ts); after SHUTDOWN_TIMEOUT_MS and 5 s for the rest, it exits anyway.
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.deps.logger.info(`${signal}: shutting down`);
    const timer = setTimeout(() => {
      console.error('Shutdown timed out');
      process.exit(1);
    }, config.shutdownTimeoutMs + 5_000);
    app
      .stop()
      .then(() => {
        clearTimeout(timer);
        process.exit(0);
      })
      .catch((error: unknown) => {
        console.error('Shutdown failed:', error);
        process.exit(1);
      });
  };
  process.on('SIGHUP', () => {
    try {
      app.server.reloadTrustedDocuments();
    } catch (error) {
      // The directory could not be read: the documents in force stay registered.
      app.deps.logger.error(`SIGHUP: trusted documents not reloaded: ${(error as Error).message}`);
    }
  });
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('message', (message) => {
    if (message === 'shutdown') shutdown('shutdown message');
  });
}

main().catch(exitOnStartupError);
