// What went wrong with a request, as the screens need it: the API's extensions.code (and field) or "no answer".
import { CombinedGraphQLErrors } from '@apollo/client/errors';

export interface ApiProblem {
  /** extensions.code (CONFLICT, ORDERING_CLOSED, ...) or NETWORK when the server gave no answer. */
  code: string;
  message: string;
  /** extensions.field for BAD_USER_INPUT: the input the message is about. */
  field?: string;
  /** Every other extension (closesAt, retryAfter, ...). */
  extensions: Record<string, unknown>;
}

export function problemOf(error: unknown): ApiProblem {
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    const extensions = (first?.extensions ?? {}) as Record<string, unknown>;
    return {
      code: typeof extensions.code === 'string' ? extensions.code : 'ERROR',
      message: first?.message ?? '',
      field: typeof extensions.field === 'string' ? extensions.field : undefined,
      extensions,
    };
  }
  return { code: 'NETWORK', message: error instanceof Error ? error.message : String(error), extensions: {} };
}

export class ApiError extends Error {
  constructor(readonly problem: ApiProblem) {
    super(problem.message);
  }
}
