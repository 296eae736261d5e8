// GraphQL over HTTP around Apollo Server at /graphql: trusted documents by id on POST and GET (TRUSTED_DOCUMENTS),
// CSRF prevention for POST (GET never changes anything: mutations over GET are 405), `Cache-Control: private` on
// GET answers, and the status codes of the GraphQL-over-HTTP spec for application/graphql-response+json.
import type { Request, RequestHandler, Response } from 'express';
import { GraphQLError } from 'graphql';
import type { Logger } from '../observability/logger';
import type { AppMetrics } from '../observability/metrics';
import type { TrustedDocumentsMode } from '../config/config';
import {
  clientName,
  decideDocument,
  DocumentDecision,
  DocumentRequest,
  TrustedDocumentStore,
} from '../schema/trusted-documents';

const GRAPHQL_RESPONSE_JSON = 'application/graphql-response+json';
const NON_PREFLIGHTED_CONTENT_TYPES = [
  'application/x-www-form-urlencoded',
  'multipart/form-data',
  'text/plain',
];
const PREFLIGHT_HEADERS = ['x-apollo-operation-name', 'apollo-require-preflight'];

/** The response media type Apollo Server picks for this request (application/json on a tie, as Apollo does). */
function responseMediaType(req: Request): 'application/json' | typeof GRAPHQL_RESPONSE_JSON {
  if (!req.headers.accept) return 'application/json';
  return req.accepts(['application/json', GRAPHQL_RESPONSE_JSON]) === GRAPHQL_RESPONSE_JSON
    ? GRAPHQL_RESPONSE_JSON
    : 'application/json';
}

/**
 * The status of a response without `data` (a request error). application/graphql-response+json: never 2xx (the
 * spec's MUST): 404 for an unknown document id, 403 for a document the server refuses to run, else 400.
 * application/json keeps Apollo Server's codes: 200 for PERSISTED_QUERY_NOT_FOUND (what APQ clients expect), 400.
 */
export function requestErrorStatus(code: unknown, media: string): number {
  if (media === GRAPHQL_RESPONSE_JSON) {
    if (code === 'PERSISTED_QUERY_NOT_FOUND') return 404;
    if (code === 'TRUSTED_DOCUMENT_REQUIRED') return 403;
    return 400;
  }
  return code === 'PERSISTED_QUERY_NOT_FOUND' ? 200 : 400;
}

function sendErrors(req: Request, res: Response, error: GraphQLError, requestId: string): void {
  const media = responseMediaType(req);
  const code = error.extensions.code;
  res
    .status(requestErrorStatus(code, media))
    .type(`${media}; charset=utf-8`)
    .set('cache-control', 'private, no-cache, must-revalidate')
    .set('x-request-id', requestId)
    .send(JSON.stringify({ errors: [{ message: error.message, extensions: { code, requestId } }] }));
}

/**
 * Apollo's CSRF prevention, for POST only: a POST without a content type, or with one a form can send
 * (text/plain, multipart/form-data, application/x-www-form-urlencoded), needs `apollo-require-preflight` or
 * `x-apollo-operation-name`. GET is left open: it runs queries only (a mutation over GET is 405) and carries no
 * credentials a browser adds by itself (the access token travels in `Authorization`, which forces a preflight).
 */
export function refuseSimplePosts(): RequestHandler {
  return (req, res, next) => {
    if (req.method !== 'POST') return next();
    const contentType = req.headers['content-type'];
    const essence = contentType?.split(';')[0].trim().toLowerCase();
    const simple = essence === undefined || NON_PREFLIGHTED_CONTENT_TYPES.includes(essence);
    const preflighted = PREFLIGHT_HEADERS.some((name) => {
      const value = req.headers[name];
      return typeof value === 'string' && value.length > 0;
    });
    if (!simple || preflighted) return next();
    res
      .status(400)
      .type(`${responseMediaType(req)}; charset=utf-8`)
      .send(
        JSON.stringify({
          errors: [
            {
              message:
                `This operation has been blocked as a potential Cross-Site Request Forgery (CSRF). Please either ` +
                `specify a 'content-type' header (with a type that is not one of ${NON_PREFLIGHTED_CONTENT_TYPES.join(', ')}) ` +
                `or provide a non-empty value for one of the following headers: ${PREFLIGHT_HEADERS.join(', ')}`,
              extensions: { code: 'BAD_REQUEST' },
            },
          ],
        }),
      );
  };
}

/** A content type with charset=utf-8 (replacing another charset parameter), as Express's send sets it for text. */
function setCharsetUtf8(type: string): string {
  const [essence, ...parameters] = type.split(';').map((part) => part.trim());
  const kept = parameters.filter((parameter) => !/^charset=/i.test(parameter));
  return [essence, ...kept, 'charset=utf-8'].join('; ');
}

/**
 * Answers to GET are per person (every answer depends on the token that asked): `private` keeps them out of shared
 * caches and CDNs, `no-cache` makes a device's own cache ask again (an ETag answers 304 when nothing changed).
 * A status of application/graphql-response+json without `data` is never 2xx.
 */
export function graphqlHttpSemantics(): RequestHandler {
  return (req, res, next) => {
    if (req.method === 'GET') {
      res.set('cache-control', 'private, no-cache');
      res.vary('Authorization');
      res.vary('Accept');
    }
    const send = res.send.bind(res);
    res.send = (body?: unknown) => {
      const type = String(res.getHeader('content-type') ?? '');
      if (
        typeof body === 'string' &&
        type.startsWith(GRAPHQL_RESPONSE_JSON) &&
        res.statusCode < 300 &&
        body.startsWith('{"errors"')
      ) {
        const parsed = JSON.parse(body) as {
          data?: unknown;
          errors?: Array<{ extensions?: { code?: unknown } }>;
        };
        if (!('data' in parsed))
          res.status(requestErrorStatus(parsed.errors?.[0]?.extensions?.code, GRAPHQL_RESPONSE_JSON));
      }
      // An answer to POST is never cached nor asked for again with If-None-Match, so it gets no ETag: Express would
      // hash every answer for one (a page of 100 orders is ~20 kB). What Express's send does for a string
      // otherwise: the charset in the type, the length.
      if (req.method === 'POST' && typeof body === 'string') {
        res.set('content-type', type ? setCharsetUtf8(type) : 'text/html; charset=utf-8');
        res.set('content-length', String(Buffer.byteLength(body)));
        res.end(body);
        return res;
      }
      return send(body);
    };
    next();
  };
}

export interface TrustedDocumentsHttp {
  store: TrustedDocumentStore;
  mode: TrustedDocumentsMode;
  logger: Logger;
  metrics: AppMetrics;
  /** The request id of log lines and errors (x-request-id when it is well-formed). */
  requestId(req: Request): string;
}

function parseJsonParam(value: string | null): unknown {
  if (value === null) return undefined;
  try {
    return JSON.parse(value);
  } catch {
    return undefined; // Apollo Server answers malformed parameters itself
  }
}

function withoutPersistedQuery(extensions: unknown): Record<string, unknown> | undefined {
  if (typeof extensions !== 'object' || extensions === null || Array.isArray(extensions)) return undefined;
  const { persistedQuery: _persisted, ...rest } = extensions as Record<string, unknown>;
  return Object.keys(rest).length ? rest : undefined;
}

/** Rewrites the request so that Apollo runs the registered document (and never sees the id). */
function runRegistered(req: Request, query: string, extensions: unknown): void {
  const rest = withoutPersistedQuery(extensions);
  if (req.method === 'GET') {
    const url = new URL(req.url, 'http://localhost');
    url.searchParams.delete('documentId');
    url.searchParams.set('query', query);
    if (rest) url.searchParams.set('extensions', JSON.stringify(rest));
    else url.searchParams.delete('extensions');
    req.url = `${url.pathname}${url.search}`;
    return;
  }
  const { documentId: _id, extensions: _extensions, ...body } = req.body as Record<string, unknown>;
  req.body = { ...body, query, ...(rest ? { extensions: rest } : {}) };
}

/**
 * TRUSTED_DOCUMENTS on POST and GET: a registered id runs its document; `log` reports every other document;
 * `enforce` refuses it (PERSISTED_QUERY_NOT_FOUND for an unknown id, TRUSTED_DOCUMENT_REQUIRED for a raw document).
 */
export function trustedDocumentsHttp(options: TrustedDocumentsHttp): RequestHandler {
  const { store, mode, logger, metrics } = options;
  return (req, res, next) => {
    let request: DocumentRequest & { operationName?: unknown };
    if (req.method === 'GET') {
      const params = new URL(req.url, 'http://localhost').searchParams;
      request = {
        query: params.get('query') ?? undefined,
        documentId: params.get('documentId') ?? undefined,
        extensions: parseJsonParam(params.get('extensions')),
        operationName: params.get('operationName') ?? undefined,
      };
    } else if (
      req.method === 'POST' &&
      typeof req.body === 'object' &&
      req.body !== null &&
      !Array.isArray(req.body)
    ) {
      request = req.body as DocumentRequest;
    } else return next();
    const decision: DocumentDecision = decideDocument(store, mode, request, { apq: true });
    const client = clientName(req.headers['apollographql-client-name'] ?? req.headers['graphql-client-name']);
    const operation = typeof request.operationName === 'string' ? request.operationName : 'anonymous';
    switch (decision.kind) {
      case 'registered':
        runRegistered(req, decision.query, request.extensions);
        return next();
      case 'unregistered':
      case 'apq':
        if (mode === 'log') {
          metrics.recordUntrusted(client, 'http', 'logged');
          logger.warn(
            {
              client,
              clientVersion: clientName(req.headers['apollographql-client-version']),
              operation,
              transport: 'http',
              document: decision.hex ? `sha256:${decision.hex}` : null,
            },
            'unregistered GraphQL document',
          );
        }
        return next();
      case 'none':
        return next();
      case 'refused': {
        const code = String(decision.error.extensions.code);
        if (code !== 'BAD_REQUEST') metrics.recordUntrusted(client, 'http', 'refused');
        metrics.recordOperation(operation, 'unknown', code);
        const requestId = options.requestId(req);
        logger.info({ requestId, operation, transport: 'http', client, outcome: code }, 'graphql operation');
        return sendErrors(req, res, decision.error, requestId);
      }
    }
  };
}
