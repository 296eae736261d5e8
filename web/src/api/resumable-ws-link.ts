// A terminating Apollo link for subscriptions over graphql-ws that resumes where it stopped. graphql-ws re-sends
// a subscription's payload after every reconnect; Apollo's own GraphQLWsLink copies the variables once, so after
// a drop it would replay from the first cursor again (and end with RESYNC_REQUIRED once that is further behind
// than the server keeps). Here `after` is read at every (re)send and is always the last cursor delivered.
import { ApolloLink, Observable } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { print, type DocumentNode, type GraphQLFormattedError } from 'graphql';
import type { Client, ExecutionResult } from 'graphql-ws';

/** The `cursor` of the event in a subscription's data (the first root field's value), if any. */
export function cursorOf(data: unknown): string | null {
  if (typeof data !== 'object' || data === null) return null;
  for (const value of Object.values(data)) {
    if (typeof value === 'object' && value !== null && 'cursor' in value) {
      const cursor = (value as { cursor: unknown }).cursor;
      if (typeof cursor === 'string') return cursor;
    }
  }
  return null;
}

interface CloseLike {
  code: number;
  reason: string;
}

function isCloseLike(value: unknown): value is CloseLike {
  return typeof value === 'object' && value !== null && 'code' in value && 'reason' in value;
}

/**
 * Subscriptions whose operation declares `$after` resume from the last cursor they delivered; others pass as they
 * are. Everything else about the link is GraphQLWsLink's (errors become CombinedGraphQLErrors or an Error).
 */
export interface ResumableWsLinkOptions {
  /**
   * The registered id (`sha256:<hex>`) of an operation's document: when given, the subscribe message carries
   * `documentId` and an empty `query` (graphql-ws requires the field), as a server with TRUSTED_DOCUMENTS=enforce
   * requires. Default: the document's text is sent.
   */
  documentId?: (document: DocumentNode) => string;
}

export class ResumableWsLink extends ApolloLink {
  constructor(
    readonly client: Client,
    readonly options: ResumableWsLinkOptions = {},
  ) {
    super();
  }

  override request(operation: ApolloLink.Operation): Observable<ApolloLink.Result> {
    return new Observable<ApolloLink.Result>((observer) => {
      const resumes = operation.query.definitions.some(
        (definition) =>
          definition.kind === 'OperationDefinition' &&
          definition.variableDefinitions?.some((variable) => variable.variable.name.value === 'after'),
      );
      const base: Record<string, unknown> = { ...operation.variables };
      let after = (base.after as string | null | undefined) ?? null;
      const documentId = this.options.documentId?.(operation.query);
      const payload = {
        query: documentId ? '' : print(operation.query),
        ...(documentId ? { documentId } : {}),
        operationName: operation.operationName,
        extensions: operation.extensions,
        // Read by graphql-ws each time it (re)sends the subscription.
        get variables(): Record<string, unknown> {
          return resumes ? { ...base, after } : base;
        },
      };
      return this.client.subscribe<Record<string, unknown>>(payload, {
        next: (result: ExecutionResult<Record<string, unknown>>) => {
          const cursor = cursorOf(result.data);
          if (cursor) after = cursor;
          observer.next(result as ApolloLink.Result);
        },
        complete: () => observer.complete(),
        error: (error: unknown) => {
          if (error instanceof Error) return observer.error(error);
          if (isCloseLike(error))
            return observer.error(new Error(`Socket closed with event ${error.code} ${error.reason}`));
          const errors = (Array.isArray(error) ? error : [error]) as GraphQLFormattedError[];
          observer.error(new CombinedGraphQLErrors({ errors }));
        },
      });
    });
  }
}
