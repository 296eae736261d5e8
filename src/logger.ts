// Structured logs (pino, one JSON line per event). Silent in tests unless LOG_LEVEL says otherwise.
import pino from 'pino';
import { Config } from './config';

export type Logger = pino.Logger;

/** `destination` defaults to standard output (tests pass a stream to read the lines). */
export function createLogger(
  config: Pick<Config, 'nodeEnv' | 'logLevel'>,
  destination?: pino.DestinationStream,
): Logger {
  return pino(
    {
      level: config.logLevel,
      base: undefined,
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
    destination ?? pino.destination(1),
  );
}
