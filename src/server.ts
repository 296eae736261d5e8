// One http.Server: Express 5 with /api/* routes and Apollo Server at /graphql (graphql-ws joins on the same path).
import http from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { unwrapResolverError } from '@apollo/server/errors';
import { expressMiddleware } from '@as-integrations/express5';
import cookieParser from 'cookie-parser';
import cors from 'cors';
import express from 'express';
import { GraphQLFormattedError } from 'graphql';
import { AppDeps, buildContext, Context } from './auth/context';
import { applyPermissions } from './auth/permissions';
import { bearerToken } from './auth/tokens';
import { healthRoutes } from './http/health';
import { Logger } from './logger';
import { buildSchema } from './schema/build-schema';
import { AppError } from './schema/errors';

export interface RunningServer {
  httpServer: http.Server;
  /** e.g. http://127.0.0.1:3000 */
  url: string;
  stop(): Promise<void>;
}

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
  production: boolean,
  logger: Logger,
): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const code = formatted.extensions?.code;
  if (original instanceof AppError || (typeof code === 'string' && REQUEST_ERROR_CODES.has(code))) {
    if (!production) return formatted;
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

export async function startServer(deps: AppDeps, options: { host?: string } = {}): Promise<RunningServer> {
  const production = deps.config.nodeEnv === 'production';
  // 1. schema with permissions
  const schema = applyPermissions(await buildSchema());
  // 2. HTTP
  const app = express();
  app.disable('x-powered-by');
  const httpServer = http.createServer(app);
  // 3. Apollo Server
  const apollo = new ApolloServer<Context>({
    schema,
    introspection: deps.config.introspection,
    includeStacktraceInErrorResponses: !production,
    formatError: (formatted, error) => formatError(formatted, error, production, deps.logger),
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer })],
  });
  await apollo.start();

  app.use('/api', healthRoutes(deps.dataSource));
  app.use(
    '/graphql',
    cors<cors.CorsRequest>({ origin: deps.config.corsOrigins, credentials: true }),
    cookieParser(),
    express.json({ limit: '100kb' }),
    expressMiddleware(apollo, {
      context: ({ req, res }) => buildContext(deps, bearerToken(req.headers.authorization), { req, res }),
    }),
  );

  // 4. listen
  await new Promise<void>((resolve) =>
    httpServer.listen(deps.config.port, options.host ?? '0.0.0.0', resolve),
  );
  const address = httpServer.address();
  const port = typeof address === 'object' && address ? address.port : deps.config.port;
  return {
    httpServer,
    url: `http://127.0.0.1:${port}`,
    stop: async () => {
      await apollo.stop();
    },
  };
}
