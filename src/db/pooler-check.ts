// Start-up check for running behind a connection pooler: LISTEN only works on a session connection to PostgreSQL
// itself. Through PgBouncer in transaction mode a LISTEN succeeds but hears nothing (the server connection it ran
// on goes back to the pool), so events would silently stop. The check is a round trip: LISTEN on the connection
// the event bus will use, NOTIFY from a second, separate connection of the application's URL, and wait for it.
import crypto from 'node:crypto';
import { Client } from 'pg';
import { ConfigError } from '../config/config';

/** How long a NOTIFY may take to arrive before the listening connection is judged deaf. */
export const NOTIFY_ROUND_TRIP_MS = 3000;

/** host:port of a URL, without credentials (for messages). */
export function describeUrl(url: string): string {
  const parsed = new URL(url);
  return `${parsed.hostname}:${parsed.port || '5432'}${parsed.pathname}`;
}

/**
 * Whether a connection on `listenUrl` hears a NOTIFY sent from a separate connection on `notifyUrl` within
 * `timeoutMs`. Connection errors are thrown (the database is down: that is not a pooler question).
 */
export async function hearsNotifications(
  listenUrl: string,
  notifyUrl: string,
  timeoutMs = NOTIFY_ROUND_TRIP_MS,
): Promise<boolean> {
  const channel = `packmeal_probe_${crypto.randomBytes(6).toString('hex')}`;
  const listener = new Client({ connectionString: listenUrl, application_name: 'packmeal-listen-check' });
  const notifier = new Client({ connectionString: notifyUrl, application_name: 'packmeal-listen-check' });
  // An error event after connecting must not crash the process; the awaited calls report failures.
  listener.on('error', () => undefined);
  notifier.on('error', () => undefined);
  try {
    await listener.connect();
    await notifier.connect();
    const heard = new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => resolve(false), timeoutMs);
      listener.on('notification', (message) => {
        if (message.channel !== channel) return;
        clearTimeout(timer);
        resolve(true);
      });
    });
    await listener.query(`LISTEN ${channel}`);
    await notifier.query('SELECT pg_notify($1, $2)', [channel, 'probe']);
    return await heard;
  } finally {
    await Promise.all([listener.end().catch(() => undefined), notifier.end().catch(() => undefined)]);
  }
}

export interface PoolerSettings {
  /** The application's pool (DATABASE_URL, perhaps a pooler). */
  databaseUrl: string;
  /** DIRECT_DATABASE_URL, when set. */
  directDatabaseUrl: string | undefined;
  databasePoolMode: 'session' | 'transaction';
  preparedStatements: number;
}

/**
 * Refuses (ConfigError, one line) a set-up whose event listener would hear nothing, and a transaction pooler that
 * was not declared as such while named prepared statements are on. Returns the URL the event bus listens on.
 */
export async function checkListenSetup(
  settings: PoolerSettings,
  timeoutMs = NOTIFY_ROUND_TRIP_MS,
): Promise<string> {
  const listenUrl = settings.directDatabaseUrl ?? settings.databaseUrl;
  const setting = settings.directDatabaseUrl ? 'DIRECT_DATABASE_URL' : 'DATABASE_URL';
  if (!(await hearsNotifications(listenUrl, settings.databaseUrl, timeoutMs))) {
    throw new ConfigError(
      `LISTEN on ${setting} (${describeUrl(listenUrl)}) heard no NOTIFY within ${timeoutMs} ms: it is not a session ` +
        'connection to PostgreSQL (a transaction pooler such as PgBouncer in transaction mode?); ' +
        'set DIRECT_DATABASE_URL to PostgreSQL itself',
    );
  }
  // DATABASE_URL said to be a session connection but separate from the listener's: make sure it is one, since
  // named prepared statements break on a transaction pooler (PgBouncer before 1.21).
  if (
    settings.directDatabaseUrl &&
    settings.directDatabaseUrl !== settings.databaseUrl &&
    settings.databasePoolMode === 'session' &&
    settings.preparedStatements > 0 &&
    !(await hearsNotifications(settings.databaseUrl, settings.databaseUrl, timeoutMs))
  ) {
    throw new ConfigError(
      `DATABASE_URL (${describeUrl(settings.databaseUrl)}) is a transaction pooler (a LISTEN through it heard ` +
        'no NOTIFY): set DATABASE_POOL_MODE=transaction, which turns named prepared statements off',
    );
  }
  return listenUrl;
}
