// graphql-ws on the HTTP server's /graphql path. WebSocket operations bypass Apollo Server, so this module repeats
// what matters: authentication in connection_init (4403 when missing, bad or expired), validation, the
// subscribe-time permission check, error masking, and it ends sessions on deactivation or token expiry.
import http from 'node:http';
import bytes from 'bytes';
import {
  DocumentNode,
  execute,
  ExecutionResult,
  getOperationAST,
  OperationDefinitionNode,
  GraphQLError,
  GraphQLSchema,
  Kind,
  OperationTypeNode,
  parse,
  specifiedRules,
  validate,
  ValidationRule,
} from 'graphql';
import { CloseCode } from 'graphql-ws';
import { LRUCache } from 'lru-cache';
import { WebSocket, WebSocketServer } from 'ws';
import { AppDeps, AuthUser } from '../context/request-context';
import { authenticate, buildContext } from '../auth/context';
import { subscriptionRefusal } from '../auth/permissions';
import { bearerToken } from '../auth/tokens';
import { AppError } from '../common/errors';
import { AppMetrics } from '../observability/metrics';
import { CatchUps } from '../schema/catch-up';
import { formatError } from '../schema/format-error';
import { parseOptions } from '../schema/limits';
import { invalidInput, withoutSuggestions } from '../schema/request-checks';
import {
  clientName,
  decideDocument,
  DocumentRequest,
  TrustedDocumentStore,
} from '../schema/trusted-documents';
import { EventBus } from '../realtime/event-bus';
import { InFlight } from './drain';
import { sharingSubscribe } from './shared-answers';
import { Serialized, serveGraphqlWs } from './ws-transport';

interface ConnectionExtra {
  user?: AuthUser;
  token?: string;
  expiryTimer?: NodeJS.Timeout;
  [key: PropertyKey]: unknown;
}

export interface WebSocketOptions {
  /** Extra validation rules (depth, cost) applied like on HTTP. */
  validationRules?: readonly ValidationRule[];
  /** Keep-alive ping interval. Default 12 000 ms. */
  keepAliveMs?: number;
  /** Counts subscriptions opened or refused and messages delivered. */
  metrics?: AppMetrics;
  /** The process's bound on catch-up pages (orderEventsSince), shared with HTTP. */
  catchUps?: CatchUps;
  /**
   * Registered documents: subscribe by `documentId` or `extensions.persistedQuery`, under TRUSTED_DOCUMENTS.
   * Default: none registered (so TRUSTED_DOCUMENTS=enforce refuses every operation rather than none).
   */
  trustedDocuments?: TrustedDocumentStore;
  /** Counts queries and mutations running, which a stop waits for before the pool closes. */
  work?: InFlight;
}

/**
 * The client's name on a socket: connectionParams `apollographql-client-name` (or `clientName`), else the upgrade
 * request's `apollographql-client-name` header (browsers cannot set one).
 */
function socketClientName(
  params: Readonly<Record<string, unknown>> | undefined,
  request: http.IncomingMessage,
): string {
  return clientName(
    params?.['apollographql-client-name'] ??
      params?.clientName ??
      request.headers['apollographql-client-name'],
  );
}

export interface RealtimeServer {
  /** Open sockets (metrics, tests). */
  socketCount(): number;
  /** Subscriptions currently streaming on this process (metrics, tests). */
  activeSubscriptions(): number;
  /** Closes every socket with 1001 and stops accepting. */
  dispose(): Promise<void>;
}

/** The token of connection_init: `authorization: "Bearer ..."` or `token`. */
export function connectionToken(params: Readonly<Record<string, unknown>> | undefined): string | null {
  if (!params) return null;
  const value = params.authorization ?? params.Authorization ?? params.token;
  return bearerToken(value);
}

function validationFailed(errors: readonly GraphQLError[], production: boolean): readonly GraphQLError[] {
  return errors.map(
    (error) =>
      new AppError(
        'GRAPHQL_VALIDATION_FAILED',
        production ? withoutSuggestions(error.message) : error.message,
      ),
  );
}

/** The root field names an operation selects (the topic of a subscription). */
function rootFields(operation: OperationDefinitionNode): string[] {
  return operation.selectionSet.selections.map((selection) =>
    selection.kind === Kind.FIELD ? selection.name.value : '',
  );
}

/**
 * Parsed documents that passed validation, by their text (validation depends on the document and the schema alone):
 * a thousand screens subscribing with the same document parse and validate it once, and share the document object,
 * which is what lets them share each event's answer (shared-answers.ts). At most 500 documents and 2 million
 * characters of their text; the least recently used go first.
 */
function validDocumentCache(): LRUCache<string, DocumentNode> {
  return new LRUCache<string, DocumentNode>({
    max: 500,
    maxSize: 2_000_000,
    sizeCalculation: (_document, source) => Math.max(1, source.length),
  });
}

/** The subscription topics a document's operation selects, null for a query or mutation; once per document. */
const topicsOf = new WeakMap<DocumentNode, Map<string, readonly string[] | null>>();
function subscriptionTopics(document: DocumentNode, operationName: string | null | undefined) {
  let byName = topicsOf.get(document);
  if (!byName) {
    byName = new Map();
    topicsOf.set(document, byName);
  }
  const name = operationName ?? '';
  let topics = byName.get(name);
  if (topics === undefined) {
    const operation = getOperationAST(document, operationName);
    topics = operation?.operation === OperationTypeNode.SUBSCRIPTION ? rootFields(operation) : null;
    byName.set(name, topics);
  }
  return topics;
}

export function attachWebSocket(
  httpServer: http.Server,
  schema: GraphQLSchema,
  deps: AppDeps,
  bus: EventBus,
  options: WebSocketOptions = {},
): RealtimeServer {
  const production = deps.config.nodeEnv === 'production';
  const trustedDocuments = options.trustedDocuments ?? new TrustedDocumentStore([], undefined);
  // The same size limit as HTTP bodies; ws would otherwise accept 100 MiB messages (closes with 1009).
  const maxPayload = bytes.parse(deps.config.bodyLimit) ?? 100 * 1024;
  const wss = new WebSocketServer({ server: httpServer, path: '/graphql', maxPayload });
  const sessions = new Map<number, Set<WebSocket>>();
  const connections = new Set<{ subscriptions: Record<string, unknown> }>();
  /** The session (refresh-token family) each authenticated socket belongs to. */
  const sessionOf = new WeakMap<WebSocket, string>();
  const forget = (karyawanId: number, socket: WebSocket) => sessions.get(karyawanId)?.delete(socket);

  const stopControl = bus.onControl((message) => {
    const sockets =
      message.type === 'endSessions'
        ? [...(sessions.get(message.karyawanId) ?? [])]
        : [...sessions.values()].flatMap((userSockets) =>
            [...userSockets].filter((socket) => sessionOf.get(socket) === message.sessionId),
          );
    for (const socket of sockets) socket.close(CloseCode.Forbidden, 'Forbidden');
  });

  const validDocuments = validDocumentCache();
  const serializedAnswers = new WeakMap<object, Serialized>();
  const serializedAnswer = (result: object): ExecutionResult => {
    let serialized = serializedAnswers.get(result);
    if (!serialized) {
      serialized = new Serialized(JSON.stringify(result));
      serializedAnswers.set(result, serialized);
    }
    return serialized as unknown as ExecutionResult;
  };
  // The delivered-events counter of each topic, looked up once (it is counted for every message of a fan-out).
  const delivered = new Map<string, { inc(): void }>();
  const deliveredCounter = (topic: string) => {
    if (!options.metrics) return undefined;
    let counter = delivered.get(topic);
    if (!counter) {
      counter = options.metrics.eventsDelivered.labels({ topic });
      delivered.set(topic, counter);
    }
    return counter;
  };
  const rules = [...specifiedRules, ...(options.validationRules ?? [])];

  const server = serveGraphqlWs<Record<string, unknown>, ConnectionExtra>(
    {
      schema,
      subscribe: sharingSubscribe(() => options.metrics?.answersExecuted.inc()),
      // A query or mutation keeps its transaction to the end even when its socket closes (a stop waits for it).
      onConnect: async (ctx) => {
        const token = connectionToken(ctx.connectionParams);
        const { user } = await authenticate(deps, token);
        if (!user || !token) return false; // graphql-ws closes with 4403 Forbidden; its client retries with fresh params
        ctx.extra.user = user;
        ctx.extra.token = token;
        connections.add(ctx);
        const socket = ctx.extra.socket;
        if (!sessions.has(user.karyawanId)) sessions.set(user.karyawanId, new Set());
        sessions.get(user.karyawanId)?.add(socket);
        sessionOf.set(socket, user.sessionId);
        const remaining = user.tokenExpiresAt * 1000 - Date.now();
        ctx.extra.expiryTimer = setTimeout(
          () => socket.close(CloseCode.Forbidden, 'Forbidden'),
          Math.max(0, remaining),
        );
        ctx.extra.expiryTimer.unref();
        return true;
      },
      onSubscribe: async (ctx, _id, payload) => {
        const name = payload.operationName ?? 'anonymous';
        const userId = ctx.extra.user?.karyawanId ?? null;
        const refuse = (errors: readonly GraphQLError[]) => {
          const outcome = String(errors[0]?.extensions.code ?? 'GRAPHQL_VALIDATION_FAILED');
          options.metrics?.recordOperation(name, 'unknown', outcome);
          deps.logger.info({ operation: name, transport: 'ws', userId, outcome }, 'graphql operation');
          return errors;
        };
        // Trusted documents first: a refused document is neither parsed nor validated (as over HTTP).
        const mode = deps.config.trustedDocuments;
        const decision = decideDocument(trustedDocuments, mode, payload as DocumentRequest, {
          apq: false,
        });
        const source = decision.kind === 'registered' ? decision.query : payload.query;
        const client = socketClientName(ctx.connectionParams, ctx.extra.request);
        if (decision.kind === 'refused') {
          if (decision.error.extensions.code !== 'BAD_REQUEST')
            options.metrics?.recordUntrusted(client, 'ws', 'refused');
          return refuse([decision.error]);
        }
        if (decision.kind === 'unregistered' && mode === 'log') {
          options.metrics?.recordUntrusted(client, 'ws', 'logged');
          deps.logger.warn(
            { client, operation: name, transport: 'ws', userId, document: `sha256:${decision.hex}` },
            'unregistered GraphQL document',
          );
        }
        let document = typeof source === 'string' ? validDocuments.get(source) : undefined;
        if (!document) {
          try {
            document = parse(source, parseOptions(deps.config));
          } catch (error) {
            const message = error instanceof GraphQLError ? error.message : 'Unparsable query';
            return refuse([new AppError('GRAPHQL_PARSE_FAILED', message)]);
          }
          const validationErrors = validate(schema, document, rules);
          if (validationErrors.length) return refuse(validationFailed(validationErrors, production));
          validDocuments.set(source, document);
        }
        const operation = getOperationAST(document, payload.operationName);
        if (!operation) return refuse([new AppError('BAD_USER_INPUT', 'No operation to run')]);
        const invalid = invalidInput(document, payload.variables ?? undefined);
        if (invalid) return refuse([invalid]);
        const contextValue = { ...(await buildContext(deps, ctx.extra.token ?? null)), events: bus };
        if (operation.operation === OperationTypeNode.SUBSCRIPTION) {
          for (const field of rootFields(operation)) {
            const refusal = subscriptionRefusal(contextValue.user, field);
            if (refusal) return refuse([refusal]);
          }
        }
        options.metrics?.recordOperation(name, operation.operation, 'ok');
        deps.logger.info(
          {
            requestId: contextValue.requestId,
            operation: name,
            kind: operation.operation,
            transport: 'ws',
            userId,
            outcome: 'ok',
          },
          'graphql operation',
        );
        return {
          schema,
          document,
          operationName: payload.operationName,
          variableValues: payload.variables,
          contextValue,
        };
      },
      // A query over the socket waits for its turn like over HTTP when it catches up (schema/catch-up.ts); a stop
      // waits for queries and mutations in flight (drain.ts) before the pool closes.
      execute: (args) => {
        const operation = getOperationAST(args.document, args.operationName);
        const run = () =>
          !operation || !options.catchUps
            ? execute(args)
            : options.catchUps.run(args.document, operation, () => execute(args));
        return options.work ? options.work.track(run) : run();
      },
      onNext: (_ctx, _id, _payload, args, result) => {
        const topics = subscriptionTopics(args.document, args.operationName);
        if (topics && result.data) {
          for (const topic of topics) deliveredCounter(topic)?.inc();
        }
        // A subscription's answer is shared by its group (shared-answers.ts): serialized once for all of them.
        if (topics && !result.errors?.length) return serializedAnswer(result);
        if (!result.errors?.length) return;
        return {
          ...result,
          errors: result.errors.map((error) => formatError(error.toJSON(), error, deps.logger)),
        };
      },
      onError: (_ctx, _id, _payload, errors) =>
        errors.map((error) => formatError(error.toJSON(), error, deps.logger)),
      onClose: (ctx) => {
        connections.delete(ctx);
        if (ctx.extra.expiryTimer) clearTimeout(ctx.extra.expiryTimer);
        if (ctx.extra.user) forget(ctx.extra.user.karyawanId, ctx.extra.socket);
      },
    },
    wss,
    {
      keepAliveMs: options.keepAliveMs ?? 12_000,
      production,
      onInternalError: (error, where) =>
        deps.logger.error({ err: error, where, transport: 'ws' }, 'WebSocket internal error'),
    },
  );

  return {
    socketCount: () => wss.clients.size,
    activeSubscriptions: () =>
      [...connections].reduce(
        (sum, connection) =>
          sum + Object.values(connection.subscriptions).filter((operation) => operation !== null).length,
        0,
      ),
    dispose: async () => {
      stopControl();
      await server.dispose();
    },
  };
}
