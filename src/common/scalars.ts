// The contract's two scalars: DateTime (an instant, ISO-8601) and Date (a business date, YYYY-MM-DD).
import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

function invalid(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}

function toInstant(value: unknown): Date {
  const date =
    value instanceof Date
      ? value
      : typeof value === 'string' || typeof value === 'number'
        ? new Date(value)
        : null;
  if (!date || Number.isNaN(date.getTime()))
    throw invalid(`DateTime cannot represent ${JSON.stringify(value)}`);
  return date;
}

/** The form DateTime is written in (Date.toISOString); rows read as JSON arrive in it already (order-plan.ts). */
const CANONICAL_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description: 'ISO-8601 instant with offset, e.g. 2025-10-01T07:30:00.000Z',
  specifiedByURL: 'https://scalars.graphql.org/andimarek/date-time',
  serialize: (value) =>
    typeof value === 'string' && CANONICAL_INSTANT.test(value) ? value : toInstant(value).toISOString(),
  parseValue: (value) => {
    if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}T/.test(value))
      throw invalid('DateTime must be an ISO-8601 string');
    return toInstant(value);
  },
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING || !/^\d{4}-\d{2}-\d{2}T/.test(ast.value))
      throw invalid('DateTime must be an ISO-8601 string');
    return toInstant(ast.value);
  },
});

const DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/;

/** True for a real calendar date written YYYY-MM-DD. */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === value;
}

function toCalendarDate(value: unknown): string {
  if (typeof value !== 'string' || !isCalendarDate(value)) {
    throw invalid(`Date must be a calendar date YYYY-MM-DD (got ${JSON.stringify(value)})`);
  }
  return value;
}

export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description:
    'Business calendar date YYYY-MM-DD in the application time zone (APP_TIMEZONE, default Asia/Jakarta)',
  specifiedByURL: 'https://www.rfc-editor.org/rfc/rfc3339#section-5.6',
  // Output comes from DATE columns, valid by construction: the shape is checked, not the calendar (which costs a
  // Date per row on a 100-row page).
  serialize: (value) =>
    value instanceof Date
      ? value.toISOString().slice(0, 10)
      : typeof value === 'string' && DATE_SHAPE.test(value)
        ? value
        : toCalendarDate(value),
  parseValue: toCalendarDate,
  parseLiteral: (ast) => toCalendarDate(ast.kind === Kind.STRING ? ast.value : undefined),
});
