// Structured logs (pino, one JSON line per event). Silent in tests unless LOG_LEVEL says otherwise.
import pino from 'pino';
import { Config } from '../config/config';

export type Logger = pino.Logger;

/**
 * Where lines go by default: file descriptor 1, except under PM2 (`instance` set), which captures only writes
 * through `process.stdout` (writes to fd 1 would land in the PM2 daemon's own log, not `pm2 logs`).
 */
function standardOutput(config: Pick<Config, 'instance'>): pino.DestinationStream {
  return config.instance === undefined ? pino.destination(1) : process.stdout;
}

/** `destination` defaults to standard output (tests pass a stream to read the lines). */
export function createLogger(
  config: Pick<Config, 'nodeEnv' | 'logLevel' | 'instance'>,
  destination?: pino.DestinationStream,
): Logger {
  return pino(
    {
      level: config.logLevel,
      // Which process wrote a line: several run behind one port under PM2.
      base:
        config.instance === undefined
          ? { pid: process.pid }
          : { pid: process.pid, instance: config.instance },
      redact: {
        paths: [
          'password',
          '*.password',
          '*.currentPassword',
          '*.newPassword',
          'token',
          '*.token',
          'authorization',
          '*.authorization',
          'cookie',
          '*.cookie',
          'refreshToken',
          '*.refreshToken',
          'accessToken',
          '*.accessToken',
        ],
        censor: '[redacted]',
      },
    },
    destination ?? standardOutput(config),
  );
}
