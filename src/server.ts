// One http.Server: Express 5 with /api/* routes and Apollo Server at /graphql (graphql-ws joins on the same path).
import http from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import cookieParser from 'cookie-parser';
import cors from 'cors';
import express from 'express';
import { AppDeps, buildContext, Context } from './auth/context';
import { applyPermissions } from './auth/permissions';
import { bearerToken } from './auth/tokens';
import { healthRoutes } from './http/health';
import { EventBus } from './realtime/event-bus';
import { AppPubSub } from './realtime/pubsub';
import { attachWebSocket, RealtimeServer } from './realtime/websocket';
import { buildSchema } from './schema/build-schema';
import { formatError } from './schema/format-error';

export interface RunningServer {
  httpServer: http.Server;
  /** e.g. http://127.0.0.1:3000 */
  url: string;
  realtime: RealtimeServer;
  stop(): Promise<void>;
}

export interface ServerParts {
  pubsub: AppPubSub;
  bus: EventBus;
  host?: string;
}

export async function startServer(deps: AppDeps, parts: ServerParts): Promise<RunningServer> {
  const production = deps.config.nodeEnv === 'production';
  // 1. schema with permissions
  const schema = applyPermissions(await buildSchema(parts.pubsub));
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

  // 4. WebSocket (graphql-ws) on the same path
  const realtime = attachWebSocket(httpServer, schema, deps, parts.bus);

  // 5. listen
  await new Promise<void>((resolve) => httpServer.listen(deps.config.port, parts.host ?? '0.0.0.0', resolve));
  const address = httpServer.address();
  const port = typeof address === 'object' && address ? address.port : deps.config.port;
  return {
    httpServer,
    url: `http://127.0.0.1:${port}`,
    realtime,
    stop: async () => {
      await realtime.dispose();
      await apollo.stop();
    },
  };
}
