// The display's connection to the server: Apollo Client over HTTP (queries, mutations) with the access token from
// the session, and one graphql-ws client for the event stream that keeps reconnecting for as long as the page lives.
import { ApolloClient, CombinedGraphQLErrors, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import type { DocumentNode } from 'graphql';
import { Client, createClient } from 'graphql-ws';

/** Where the token comes from: the session, which refreshes it before it expires. */
export interface TokenSource {
  current(): string | null;
  fresh(): Promise<string | null>;
}

export type Variables = Record<string, unknown>;

/** An error the server answered with: its extensions.code (e.g. CONFLICT) and message. */
export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** The request never got an answer (server down, network gone). */
export class NetworkError extends Error {}

/** The operations that deal in tokens themselves run without one (refreshing first would wait on itself). */
const TOKENLESS = new Set(['DisplayLogin', 'DisplayRefresh', 'DisplayLogout']);

export function createHttpClient(tokens: TokenSource): ApolloClient {
  const auth = new SetContextLink(async (_previous, operation) => {
    if (TOKENLESS.has(operation.operationName ?? '')) return {};
    const token = await tokens.fresh().catch(() => tokens.current());
    return token ? { headers: { authorization: `Bearer ${token}` } } : {};
  });
  return new ApolloClient({
    // The refresh token travels in the HttpOnly cookie set by login (same origin).
    link: auth.concat(new HttpLink({ uri: '/graphql', credentials: 'same-origin' })),
    // The boards keep their own state from the stream; caching answers would only hide the server's.
    cache: new InMemoryCache(),
    defaultOptions: { query: { fetchPolicy: 'no-cache' }, mutate: { fetchPolicy: 'no-cache' } },
  });
}

function asApiError(error: unknown): Error {
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    const code = typeof first?.extensions?.code === 'string' ? first.extensions.code : 'ERROR';
    return new ApiError(code, first?.message ?? 'The server refused the request');
  }
  return new NetworkError(error instanceof Error ? error.message : String(error));
}

/** The data of an answer, or the error as ApiError (the server refused) or NetworkError (no answer). */
async function dataOf<T>(request: Promise<{ data?: unknown }>): Promise<T> {
  try {
    const { data } = await request;
    if (data === undefined || data === null) throw new NetworkError('empty answer');
    return data as T;
  } catch (error) {
    throw error instanceof NetworkError ? error : asApiError(error);
  }
}

export function query<T>(
  client: ApolloClient,
  document: DocumentNode,
  variables: Variables = {},
): Promise<T> {
  return dataOf<T>(client.query({ query: document, variables }));
}

export function mutate<T>(
  client: ApolloClient,
  document: DocumentNode,
  variables: Variables = {},
): Promise<T> {
  return dataOf<T>(client.mutate({ mutation: document, variables }));
}

/** A network failure is retried once (the answer may simply have been lost); the server's own refusals are not. */
export async function withOneRetry<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (!(error instanceof NetworkError)) throw error;
    return work();
  }
}

/** Waits 1, 2, 4, 8 s and then 10 s between attempts (plus jitter): a wall screen must come back by itself. */
async function retryWait(retries: number): Promise<void> {
  const delay = Math.min(1000 * 2 ** retries, 10_000) + Math.random() * 500;
  await new Promise((resolve) => setTimeout(resolve, delay));
}

export function createStreamClient(tokens: TokenSource): Client {
  const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return createClient({
    url: `${scheme}//${location.host}/graphql`,
    // Asked again on every (re)connect: an expired token closes the socket with 4403 and the next attempt
    // brings a fresh one. Never throw here: graphql-ws treats that as fatal and stops retrying.
    connectionParams: async () => {
      const token = await tokens.fresh().catch(() => tokens.current());
      return token ? { authorization: `Bearer ${token}` } : {};
    },
    lazy: false,
    retryAttempts: Infinity,
    shouldRetry: () => true,
    retryWait,
  });
}
