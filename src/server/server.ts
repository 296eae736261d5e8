// One http.Server: Express 5 with /api/* routes, the web app, Apollo Server at /graphql, graphql-ws on the
// same path, and GraphiQL (ruru, served from node_modules) for browsers in development.
import http from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import cookieParser from 'cookie-parser';
import cors from 'cors';
import express, { ErrorRequestHandler } from 'express';
import helmet from 'helmet';
import { Tally } from '../common/slots';
import { AppDeps, Context } from '../context/request-context';
import { buildContext, requestIdOf } from '../auth/context';
import { applyPermissions } from '../auth/permissions';
import { bearerToken } from '../auth/tokens';
import { exportRoutes } from '../http/exports';
import { graphiqlRoutes } from '../http/graphiql';
import { graphqlHttpSemantics, refuseSimplePosts, trustedDocumentsHttp } from '../http/graphql-http';
import { WEB_APP_DOCUMENTS, webAppRoutes } from '../http/web-app';
import { healthRoutes } from '../http/health';
import { metricsRoutes } from '../http/metrics';
import { operationLogPlugin } from '../http/operation-log';
import { AppMetrics } from '../observability/metrics';
import { EventBus } from '../realtime/event-bus';
import { attachWebSocket, RealtimeServer } from './websocket';
import { buildSchema } from '../schema/build-schema';
import { CatchUps, catchUpPlugin } from '../schema/catch-up';
import { formatError } from '../schema/format-error';
import { jitGateway } from '../schema/jit-executor';
import { parseOptions, validationRules } from '../schema/limits';
import { requestChecksPlugin } from '../schema/request-checks';
import { TrustedDocumentsLoad, TrustedDocumentStore } from '../schema/trusted-documents';

export interface RunningServer {
  httpServer: http.Server;
  /** e.g. http://127.0.0.1:3000 */
  url: string;
  realtime: RealtimeServer;
  metrics: AppMetrics;
  /** The process's bound on catch-up pages (orderEventsSince). */
  catchUps: CatchUps;
  /** The registered documents (TRUSTED_DOCUMENTS): the web app's manifest and TRUSTED_DOCUMENTS_DIR's. */
  trustedDocuments: TrustedDocumentStore;
  /** Reads the manifests again (SIGHUP) and logs what was registered and each manifest refused. */
  reloadTrustedDocuments(): TrustedDocumentsLoad;
  /** Closes sockets (1001), stops accepting, lets in-flight requests finish. */
  stop(): Promise<void>;
}

export interface ServerParts {
  bus: EventBus;
}

/** A URL host that reaches `host` from this machine (a wildcard address is reached on the loopback). */
function localHost(host: string): string {
  if (host === '0.0.0.0' || host === '::') return '127.0.0.1';
  return host.includes(':') ? `[${host}]` : host;
}

/** Body-parser failures as GraphQL-shaped JSON: 413 for a body over the limit, 400 for unreadable JSON. */
const bodyErrors: ErrorRequestHandler = (error: { type?: string; status?: number }, _req, res, next) => {
  if (error.type === 'entity.too.large') {
    res
      .status(413)
      .json({ errors: [{ message: 'Request body too large', extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
  } else if (error.type === 'entity.parse.failed') {
    res
      .status(400)
      .json({ errors: [{ message: 'Request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }] });
  } else next(error);
};

/** METRICS_PORT: this process's metrics alone on a port of its own (METRICS_PORT + instance number). */
async function listenForMetrics(config: AppDeps['config'], metrics: AppMetrics): Promise<http.Server | null> {
  if (config.metricsPort === undefined) return null;
  const server = http.createServer(express().use('/api', metricsRoutes(metrics, config)));
  const port = config.metricsPort + Number(config.instance ?? 0);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, config.host, resolve);
  });
  return server;
}

/** Reads the manifests and logs the outcome: one line for what is registered, one per refused manifest. */
function loadTrustedDocuments(store: TrustedDocumentStore, deps: AppDeps): TrustedDocumentsLoad {
  const loaded = store.load();
  for (const line of loaded.refused) deps.logger.error(line);
  deps.logger.info(
    { mode: deps.config.trustedDocuments, manifests: loaded.manifests, documents: loaded.documents },
    'Trusted documents loaded',
  );
  return loaded;
}

export async function startServer(deps: AppDeps, parts: ServerParts): Promise<RunningServer> {
  const production = deps.config.nodeEnv === 'production';
  const rules = validationRules(deps.config);
  // 0. trusted documents: the web app's manifest and TRUSTED_DOCUMENTS_DIR (a directory that cannot be read stops start-up)
  const trustedDocuments = new TrustedDocumentStore([WEB_APP_DOCUMENTS], deps.config.trustedDocumentsDir);
  loadTrustedDocuments(trustedDocuments, deps);
  // 1. schema with permissions
  const schema = applyPermissions(await buildSchema());
  // 2. HTTP
  const app = express();
  app.disable('x-powered-by');
  const httpServer = http.createServer(app);
  let realtime: RealtimeServer | null = null;
  const metrics = new AppMetrics(
    deps.dataSource,
    () => realtime?.activeSubscriptions() ?? 0,
    deps.config.instance,
  );
  deps.reads?.registerMetrics(metrics.registry);
  const catchUps = new CatchUps();
  const layoutThreads = new Tally();
  metrics.gauge(
    'pdf_layout_threads',
    'PDF layout worker threads alive (at most PDF_THREADS)',
    () => layoutThreads.current,
  );
  metrics.gauge(
    'pdf_layout_threads_peak',
    'The most PDF layout worker threads alive at once',
    () => layoutThreads.peak,
  );
  metrics.gauge(
    'graphql_catch_up_slots_taken',
    'Catch-up pages (orderEventsSince) being built',
    () => catchUps.slots.taken,
  );
  metrics.gauge(
    'graphql_catch_up_waiting',
    'Catch-up operations waiting for their turn',
    () => catchUps.slots.waiting,
  );
  const stopCountingEvents = parts.bus.onEvent((local) =>
    metrics.eventsReceived.inc({ topic: local.event.topic }),
  );
  // 3. Apollo Server
  const apollo = new ApolloServer<Context>({
    gateway: jitGateway(schema, { onCompile: () => metrics.compiledOperations.inc() }),
    introspection: deps.config.introspection,
    validationRules: rules,
    parseOptions: parseOptions(deps.config),
    // CSRF prevention for POST is refuseSimplePosts() below (the same rule); GET runs queries only.
    csrfPrevention: false,
    // The process entry shuts down in order (sockets, HTTP, event bus, pool, PostgreSQL); Apollo must not race it.
    stopOnTerminationSignals: false,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: !production,
    // "Did you mean ...?" would reveal the schema that introspection hides.
    hideSchemaDetailsFromClientErrors: production,
    formatError: (formatted, error) => formatError(formatted, error, production, deps.logger),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      // The API sets no cache hints; the default cache-control plugin would still visit every field.
      ApolloServerPluginCacheControlDisabled(),
      operationLogPlugin(metrics),
      requestChecksPlugin<Context>(),
      catchUpPlugin<Context>(catchUps),
    ],
  });
  await apollo.start();

  // Front ends on other origins read API responses (CORS decides which); CORP must not block them.
  app.use(helmet({ crossOriginResourcePolicy: { policy: 'cross-origin' } }));
  app.use('/api', healthRoutes(deps.dataSource, deps.reads));
  app.use('/api', metricsRoutes(metrics, deps.config));
  app.use('/api', exportRoutes(deps, layoutThreads));
  const corsForClients = cors<cors.CorsRequest>({ origin: deps.config.corsOrigins, credentials: true });
  app.use('/graphql', corsForClients);
  if (deps.config.graphiql) app.use(graphiqlRoutes());
  app.use(
    '/graphql',
    refuseSimplePosts(),
    graphqlHttpSemantics(),
    cookieParser(),
    express.json({ limit: deps.config.bodyLimit }),
    trustedDocumentsHttp({
      store: trustedDocuments,
      mode: deps.config.trustedDocuments,
      logger: deps.logger,
      metrics,
      requestId: requestIdOf,
    }),
    expressMiddleware(apollo, {
      context: ({ req, res }) => buildContext(deps, bearerToken(req.headers.authorization), { req, res }),
    }),
  );
  // The web app last: every GET that is not the API opens it (its router knows the screens).
  app.use(webAppRoutes(deps.config.appTimezone));
  app.use(bodyErrors);

  // 4. WebSocket (graphql-ws) on the same path, with the same limits
  realtime = attachWebSocket(httpServer, schema, deps, parts.bus, {
    validationRules: rules,
    metrics,
    catchUps,
    trustedDocuments,
  });

  // 5. listen
  await new Promise<void>((resolve) => httpServer.listen(deps.config.port, deps.config.host, resolve));
  const address = httpServer.address();
  const port = typeof address === 'object' && address ? address.port : deps.config.port;
  const running = realtime;
  const metricsServer = await listenForMetrics(deps.config, metrics);
  return {
    httpServer,
    url: `http://${localHost(deps.config.host)}:${port}`,
    realtime: running,
    metrics,
    catchUps,
    trustedDocuments,
    reloadTrustedDocuments: () => loadTrustedDocuments(trustedDocuments, deps),
    stop: async () => {
      stopCountingEvents();
      metricsServer?.close();
      await running.dispose();
      await apollo.stop();
    },
  };
}
