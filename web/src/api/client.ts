// The app's Apollo Client: queries and mutations over HTTP with the session's access token, subscriptions over
// one graphql-ws socket that keeps reconnecting for as long as the page lives and resumes every subscription
// from the last event it delivered (ResumableWsLink). The cache is normalised: an event's order updates every
// list and detail that shows it. Every operation names its document by id (the sha256 codegen put in the
// document's __meta__.hash; the build registers web/src/gql/persisted-documents.json), never by its text, so the
// app runs against a server with TRUSTED_DOCUMENTS=enforce.
import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import type { DocumentNode } from 'graphql';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import { ErrorLink } from '@apollo/client/link/error';
import { SetContextLink } from '@apollo/client/link/context';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { getMainDefinition } from '@apollo/client/utilities';
import { Client, createClient } from 'graphql-ws';
import { ResumableWsLink } from './resumable-ws-link';
import { Session } from './session';

/** The operations that deal in tokens themselves run without one (renewing first would wait on itself). */
const TOKENLESS = new Set(['Login', 'Refresh', 'Logout']);

/** The `sha256:<hex>` id that codegen's client preset embedded in a generated document (`__meta__.hash`). */
export function documentIdOf(document: DocumentNode): string {
  const hash = (document as { __meta__?: { hash?: unknown } }).__meta__?.hash;
  if (typeof hash !== 'string') throw new Error('A document without __meta__.hash: run npm run codegen');
  return hash;
}

/** 1, 2, 4, 8 s and then 10 s between attempts, with jitter: a screen comes back by itself. */
async function retryWait(retries: number): Promise<void> {
  const delay = Math.min(1000 * 2 ** retries, 10_000) + Math.random() * 500;
  await new Promise((resolve) => setTimeout(resolve, delay));
}

export function createStream(session: Session): Client {
  const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return createClient({
    url: `${scheme}//${location.host}/graphql`,
    // Asked on every (re)connect: an expired token closes the socket with 4403 and the next attempt brings a
    // fresh one. Never throws (graphql-ws would stop retrying).
    connectionParams: async () => {
      const token = await session.fresh().catch(() => session.current());
      return token ? { authorization: `Bearer ${token}` } : {};
    },
    on: {
      // 4403: the server refused the token (expired, account deactivated, session ended elsewhere). Renewing
      // at once either brings a fresh token for the next attempt or, refused too, ends the session here with
      // its reason, instead of retrying a dead token until the person's next click.
      closed: (event) => {
        if ((event as { code?: unknown }).code === 4403) void session.renew().catch(() => undefined);
      },
    },
    lazy: true,
    lazyCloseTimeout: 1_000,
    retryAttempts: Infinity,
    shouldRetry: () => true,
    retryWait,
  });
}

export function createApolloClient(session: Session, stream: Client): ApolloClient {
  const auth = new SetContextLink(async (_previous, operation) => {
    if (TOKENLESS.has(operation.operationName ?? '')) return {};
    const token = await session.fresh().catch(() => session.current());
    return token ? { headers: { authorization: `Bearer ${token}` } } : {};
  });
  // A refused token mid-session (deactivated, signed out elsewhere): back to sign-in, with the reason.
  const ended = new ErrorLink(({ error, operation }) => {
    if (TOKENLESS.has(operation.operationName ?? '')) return;
    if (CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED'))
      session.ended();
  });
  // Apollo's persisted-query form (extensions.persistedQuery.sha256Hash, the hex after "sha256:"), without the text.
  const byId = new PersistedQueryLink({
    generateHash: (document) => documentIdOf(document).slice('sha256:'.length),
  });
  const http = ApolloLink.from([
    ended,
    auth,
    byId,
    new HttpLink({ uri: '/graphql', credentials: 'same-origin' }),
  ]);
  const link = ApolloLink.split(
    ({ query }) => {
      const definition = getMainDefinition(query);
      return definition.kind === 'OperationDefinition' && definition.operation === 'subscription';
    },
    new ResumableWsLink(stream, { documentId: documentIdOf }),
    http,
  );
  const client = new ApolloClient({
    link,
    cache: new InMemoryCache({
      typePolicies: {
        Query: {
          fields: {
            // Each page (filter, page, limit) is its own entry; an order inside is the normalised Order.
            orders: { keyArgs: ['filter', 'page', 'limit'] },
          },
        },
      },
    }),
    defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } },
  });
  session.client = client;
  return client;
}
