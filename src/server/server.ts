// One http.Server: Express 5 with /api/* routes, the web app, Apollo Server at /graphql, graphql-ws on the
// same path, and GraphiQL (ruru, served from node_modules) for browsers in development.
import http from 'node:http';
import { ApolloServer } from '@apollo/server';
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
import { statementCount } from '../db/data-source';
import { AppMetrics } from '../observability/metrics';
import { EventBus } from '../realtime/event-bus';
import { drainable, InFlight } from './drain';
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
  /** The addresses actually listened on, e.g. `0.0.0.0:3000` (API and app) and `0.0.0.0:9400` (metrics). */
  listening: { http: string; metrics: string | null };
  realtime: RealtimeServer;
  metrics: AppMetrics;
  /** The process's bound on catch-up pages (orderEventsSince). */
  catchUps: CatchUps;
  /** The registered documents (TRUSTED_DOCUMENTS): the web app's manifest and TRUSTED_DOCUMENTS_DIR's. */
  trustedDocuments: TrustedDocumentStore;
  /** Reads the manifests again (SIGHUP) and logs what was registered and each manifest refused. */
  reloadTrustedDocuments(): TrustedDocumentsLoad;
  /**
   * Stops without losing a request: accepts no new connection, sends `Connection: close` on every response from
   * now on, closes WebSockets with 1001, and waits (SHUTDOWN_TIMEOUT_MS at most) until every connection is closed
   * and every operation has finished. Only then may the event bus and the pool stop.
   */
  stop(): Promise<StopOutcome>;
}

export interface StopOutcome {
  /** Connections still open at SHUTDOWN_TIMEOUT_MS, cut. */
  cutConnections: number;
  /** Operations still running at SHUTDOWN_TIMEOUT_MS (their clients had left). */
  unfinishedOperations: number;
}

export interface ServerParts {
  bus: EventBus;
}

/** A URL host that reaches `host` from this machine (a wildcard address is reached on the loopback). */
function localHost(host: string): string {
  if (host === '0.0.0.0' || host === '::') return '127.0.0.1';
  return host.includes(':') ? `[${host}]` : host;
}

/** `address:port` a server listens on, as the operating system reports it (`0.0.0.0:3000`, `[::]:3000`). */
function listeningOn(server: http.Server): string {
  const address = server.address();
  if (!address || typeof address === 'string') return String(address);
  return address.family === 'IPv6'
    ? `[${address.address}]:${address.port}`
    : `${address.address}:${address.port}`;
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

/**
 * METRICS_PORT: this process's metrics alone on a port of its own (METRICS_PORT + instance number), plain unless
 * METRICS_TOKEN is set: a port for the private network, where Prometheus scrapes every worker.
 */
async function listenForMetrics(config: AppDeps['config'], metrics: AppMetrics): Promise<http.Server | null> {
  if (config.metricsPort === undefined) return null;
  const server = http.createServer(express().use('/api', metricsRoutes(metrics, config, 'metrics')));
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
  // Requests and operations in flight, which a stop waits for before the pool closes.
  const work = new InFlight();
  const drain = drainable(httpServer, work);
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
  metrics.gauge(
    'db_statements_run',
    "SQL statements this process's pool has run since it started (benchmarks read SQL per event across processes)",
    () => statementCount(deps.dataSource),
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
    // The process entry shuts down in order (HTTP drained, sockets, event bus, pool, PostgreSQL); Apollo must not race it.
    stopOnTerminationSignals: false,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: !production,
    // "Did you mean ...?" would reveal the schema that introspection hides.
    hideSchemaDetailsFromClientErrors: production,
    formatError: (formatted, error) => formatError(formatted, error, deps.logger),
    plugins: [
      // An operation runs on after its client has gone: the pool must outlive it too.
      {
        requestDidStart: async () => {
          const end = work.begin();
          return { willSendResponse: async () => end() };
        },
      },
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
  app.use(
    '/api',
    healthRoutes(deps.dataSource, deps.reads, () => drain.stopping),
  );
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
    work,
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
    listening: { http: listeningOn(httpServer), metrics: metricsServer && listeningOn(metricsServer) },
    realtime: running,
    metrics,
    catchUps,
    trustedDocuments,
    reloadTrustedDocuments: () => loadTrustedDocuments(trustedDocuments, deps),
    stop: async () => {
      const timeoutMs = deps.config.shutdownTimeoutMs;
      const deadline = Date.now() + timeoutMs;
      metricsServer?.close();
      // No new connections; in-flight responses carry Connection: close; WebSocket clients resume elsewhere (1001).
      // The drain cuts what is still open at the deadline, WebSockets included.
      const [{ cut }] = await Promise.all([drain.stop(timeoutMs), running.dispose()]);
      // Operations whose clients left before their answer still hold transactions: the pool must outlive them.
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        work.idle(),
        new Promise<void>((resolve) => (timer = setTimeout(resolve, Math.max(0, deadline - Date.now())))),
      ]);
      clearTimeout(timer);
      const unfinishedOperations = work.count;
      stopCountingEvents();
      await apollo.stop();
      return { cutConnections: cut, unfinishedOperations };
    },
  };
}
