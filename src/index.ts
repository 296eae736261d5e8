// Process entry: configuration, then the application; SIGTERM/SIGINT shut it down in order.
import 'reflect-metadata';
import dotenv from 'dotenv';
import { startApp } from './app';
import { loadConfig } from './config';
import { exitOnStartupError } from './startup-error';

async function main(): Promise<void> {
  dotenv.config({ quiet: true });
  const config = loadConfig();
  const app = await startApp(config, { handleSignals: true });
  app.deps.logger.info(`Pack Meal GraphQL API on ${app.server.url}/graphql (${config.nodeEnv})`);

  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.deps.logger.info(`${signal}: shutting down`);
    const timer = setTimeout(() => {
      console.error('Shutdown timed out');
      process.exit(1);
    }, 15_000);
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
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
}

main().catch(exitOnStartupError);
