// How a process that cannot start says so: one line on stderr naming the cause (a stack trace only for defects).
import { ConfigError } from '../config/config';
import { EmbeddedPostgresError } from './embedded-postgres-guard';
import { DatabaseRefusedError } from './migrations/original-database';

export function exitOnStartupError(error: unknown): never {
  if (error instanceof ConfigError) console.error(`Configuration error: ${error.message}`);
  else if (error instanceof EmbeddedPostgresError) console.error(error.message);
  else if (error instanceof DatabaseRefusedError) console.error(`Database refused: ${error.message}`);
  else console.error(error);
  process.exit(1);
}
