// The only errors that cross the resolver boundary: GraphQLErrors carrying the contract's extensions.code.
import { GraphQLError } from 'graphql';

export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'BAD_USER_INPUT'
  | 'BAD_REQUEST'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'TOO_MANY_REQUESTS'
  | 'PASSWORD_CHANGE_REQUIRED'
  | 'RESYNC_REQUIRED'
  | 'ORDERING_CLOSED'
  | 'INTERNAL_SERVER_ERROR'
  | 'GRAPHQL_PARSE_FAILED'
  | 'GRAPHQL_VALIDATION_FAILED'
  | 'PERSISTED_QUERY_NOT_FOUND'
  | 'TRUSTED_DOCUMENT_REQUIRED';

export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...extensions } });
  }
}

export class UnauthenticatedError extends AppError {
  constructor(message = 'Authentication required') {
    super('UNAUTHENTICATED', message);
  }
}

export class ForbiddenError extends AppError {
  constructor(message = 'You are not allowed to do this') {
    super('FORBIDDEN', message);
  }
}

export class BadUserInputError extends AppError {
  /** `field` names the offending argument or input field (dotted path for nested inputs). */
  constructor(field: string, message: string) {
    super('BAD_USER_INPUT', message, { field });
  }
}

export class NotFoundError extends AppError {
  constructor(message: string, field?: string) {
    super('NOT_FOUND', message, field ? { field } : {});
  }
}

export class ConflictError extends AppError {
  constructor(message: string, field?: string) {
    super('CONFLICT', message, field ? { field } : {});
  }
}

export class TooManyRequestsError extends AppError {
  constructor(message: string, retryAfterSeconds: number) {
    super('TOO_MANY_REQUESTS', message, { retryAfterSeconds });
  }
}

export class PasswordChangeRequiredError extends AppError {
  constructor() {
    super('PASSWORD_CHANGE_REQUIRED', 'You must change your temporary password first');
  }
}

/** An event-stream cursor that cannot be resumed from: the client reloads its lists and subscribes again. */
export class ResyncRequiredError extends AppError {
  constructor(message: string) {
    super('RESYNC_REQUIRED', message, { field: 'after' });
  }
}

/** Ordering for a shift on a date has closed (Shift.batasPesanMenit); `closesAt` is that instant (ISO). */
export class OrderingClosedError extends AppError {
  constructor(message: string, closesAt: Date) {
    super('ORDERING_CLOSED', message, { closesAt: closesAt.toISOString() });
  }
}
