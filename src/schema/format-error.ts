// Error masking shared by HTTP (Apollo's formatError) and WebSocket (graphql-ws onNext/onError): the API's own
// errors pass with their code; anything unexpected becomes a bare INTERNAL_SERVER_ERROR, logged and never shown.
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLFormattedError } from 'graphql';
import { Logger } from '../observability/logger';
import { AppError } from '../common/errors';

/** Error codes produced by GraphQL itself or Apollo for malformed requests: safe to show as they are. */
const REQUEST_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/** Keeps the API's own errors; anything unexpected becomes a bare INTERNAL_SERVER_ERROR (logged, never shown). */
export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
  logger: Logger,
): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const code = formatted.extensions?.code;
  if (original instanceof AppError || (typeof code === 'string' && REQUEST_ERROR_CODES.has(code))) {
    // An answer, not a defect: no stack trace, in development either (GraphiQL's first query without a token).
    const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  logger.error({ err: original, path: formatted.path }, 'Unexpected error');
  return {
    message: 'Internal server error',
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
