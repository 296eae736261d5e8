// Keyset pages of the lists read newest first (orders, the audit trail): which window a request asks for (page
// numbers, or first/after and last/before), and the opaque cursors that mark a row's place. A cursor is base64url of
// a versioned JSON payload (the list, its sort, a fingerprint of the filter, the row's sort key: its instant to the
// microsecond and its id) followed by a 16-byte HMAC, so a cursor edited by hand, cut short, or made for another
// list, sort or filter is refused with BAD_USER_INPUT instead of silently reading the wrong rows.
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { BadUserInputError } from '../common/errors';
import { MAX_PAGE_SIZE, pageRequest, PageRequest } from './pagination';

/** A row's place in a newest-first list: its instant (ISO 8601, UTC, microseconds) and its id. */
export interface SortKey {
  at: string;
  id: number;
}

/**
 * The SQL text of a timestamptz column as a SortKey's `at`: exact to the microsecond (a JavaScript Date would
 * lose them, and rows created by PostgreSQL's now() have them), whatever the session's time zone.
 */
export const sortKeyInstant = (column: string): string =>
  `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/** A list and the rows it reads: cursors of one are refused by another. */
export interface ListIdentity {
  list: 'orders' | 'auditTrail';
  /** The sort, e.g. `newest` (instant, id descending); a future sort argument adds values. */
  sort: string;
  /** The filter as applied (trimmed strings; absent and empty values left out). */
  filter: Record<string, unknown>;
}

/** The cursor arguments of a list (Relay's connection arguments). */
export interface CursorArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

/** The window arguments of a list as the caller wrote them; page and limit undefined when not given. */
export interface WindowArgs extends CursorArgs {
  page?: number | null;
  limit?: number | null;
}

/** A keyset window: `size` rows after `from` (newest first), or, `backward`, the `size` rows just before it. */
export interface KeysetRequest {
  size: number;
  backward: boolean;
  /** The row the window starts from (excluded); null for the newest (or, backward, the oldest) rows. */
  from: SortKey | null;
}

export type ListWindow = { kind: 'offset'; page: PageRequest } | { kind: 'keyset'; keyset: KeysetRequest };

/** Relay's PageInfo. */
export interface PageInfo {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

const VERSION = 1;
const MAC_BYTES = 16;
const MAX_CURSOR_LENGTH = 512;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;

/** The canonical text of a filter: keys sorted, null, undefined and '' left out. */
function canonicalFilter(filter: Record<string, unknown>): string {
  const entries = Object.entries(filter)
    .filter(([, value]) => value !== null && value !== undefined && value !== '')
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return JSON.stringify(entries);
}

function fingerprint(filter: Record<string, unknown>): string {
  return createHash('sha256').update(canonicalFilter(filter)).digest('base64url').slice(0, 16);
}

interface Payload {
  v: number;
  l: string;
  s: string;
  f: string;
  k: [string, number];
}

/** Encodes and decodes the cursors of one list, signed with a key derived from `secret`. */
export class PageCursors {
  // Both made on first use: most reads (a page by number without PageInfo) never encode or decode a cursor.
  private keyBytes: Buffer | undefined;
  private filterPrintText: string | undefined;

  constructor(
    private readonly secret: string,
    private readonly identity: ListIdentity,
  ) {}

  private get key(): Buffer {
    this.keyBytes ??= createHmac('sha256', this.secret).update('pack-meal page cursor').digest();
    return this.keyBytes;
  }

  private get filterPrint(): string {
    this.filterPrintText ??= fingerprint(this.identity.filter);
    return this.filterPrintText;
  }

  private mac(json: Buffer): Buffer {
    return createHmac('sha256', this.key).update(json).digest().subarray(0, MAC_BYTES);
  }

  encode(key: SortKey): string {
    const payload: Payload = {
      v: VERSION,
      l: this.identity.list,
      s: this.identity.sort,
      f: this.filterPrint,
      k: [key.at, key.id],
    };
    const json = Buffer.from(JSON.stringify(payload), 'utf8');
    return Buffer.concat([json, this.mac(json)]).toString('base64url');
  }

  /** The sort key in `cursor`, given as argument `field`; BAD_USER_INPUT unless this server made it for this list. */
  decode(cursor: string, field: string): SortKey {
    const refuse = (why: string) =>
      new BadUserInputError(
        field,
        `${field} is not a cursor of this list: ${why}; start again from the first page`,
      );
    if (cursor.length === 0 || cursor.length > MAX_CURSOR_LENGTH || !/^[A-Za-z0-9_-]+$/.test(cursor))
      throw refuse('it is not base64url text of a cursor');
    const bytes = Buffer.from(cursor, 'base64url');
    if (bytes.length <= MAC_BYTES) throw refuse('it is too short');
    const json = bytes.subarray(0, bytes.length - MAC_BYTES);
    const mac = bytes.subarray(bytes.length - MAC_BYTES);
    if (!timingSafeEqual(mac, this.mac(json))) throw refuse('it was not made by this server, or was altered');
    let payload: Partial<Payload>;
    try {
      payload = JSON.parse(json.toString('utf8')) as Partial<Payload>;
    } catch {
      throw refuse('its payload is not readable');
    }
    if (payload.v !== VERSION)
      throw refuse(`it has version ${String(payload.v)}, this server reads ${VERSION}`);
    if (payload.l !== this.identity.list) throw refuse(`it belongs to ${String(payload.l)}`);
    if (payload.s !== this.identity.sort) throw refuse('it belongs to another sort');
    if (payload.f !== this.filterPrint) throw refuse('it belongs to another filter');
    const [at, id] = Array.isArray(payload.k) ? payload.k : [];
    if (typeof at !== 'string' || !INSTANT.test(at) || !Number.isSafeInteger(id) || (id as number) < 1)
      throw refuse('its sort key is malformed');
    return { at, id: id as number };
  }
}

const CURSOR_ARGS = ['first', 'after', 'last', 'before'] as const;

/**
 * The window a request asks for: page/limit (the default), or a keyset window when any cursor argument is given.
 * The two styles do not mix, nor do the two directions (first/after forward, last/before backward).
 */
export function listWindow(
  args: WindowArgs,
  defaultLimit: number,
  cursors: Pick<PageCursors, 'decode'>,
): ListWindow {
  const cursorArg = CURSOR_ARGS.find((name) => args[name] != null);
  if (!cursorArg) return { kind: 'offset', page: pageRequest(args.page ?? 1, args.limit ?? defaultLimit) };
  for (const name of ['page', 'limit'] as const)
    if (args[name] != null)
      throw new BadUserInputError(
        name,
        `${name} does not mix with ${cursorArg}: page through a list either by page/limit or by first/after (last/before)`,
      );
  if (args.first != null && args.last != null)
    throw new BadUserInputError('last', 'give first (forward) or last (backward), not both');
  if (args.after != null && args.before != null)
    throw new BadUserInputError('before', 'give after (forward) or before (backward), not both');
  if (args.first != null && args.before != null)
    throw new BadUserInputError('before', 'first pages forward with after; use last with before');
  if (args.last != null && args.after != null)
    throw new BadUserInputError('after', 'last pages backward with before; use first with after');
  const backward = args.last != null || args.before != null;
  const sizeField = backward ? 'last' : 'first';
  const size = (backward ? args.last : args.first) ?? defaultLimit;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE)
    throw new BadUserInputError(sizeField, `${sizeField} must be an integer between 1 and ${MAX_PAGE_SIZE}`);
  const cursor = backward ? args.before : args.after;
  const from = cursor == null ? null : cursors.decode(cursor, backward ? 'before' : 'after');
  return { kind: 'keyset', keyset: { size, backward, from } };
}

/** How many rows to read for `window`: one more than shown, to know whether there is more beyond. */
export function rowsToRead(window: ListWindow): number {
  return (window.kind === 'offset' ? window.page.limit : window.keyset.size) + 1;
}

/**
 * The rows to show of those read (newest first, at most one beyond the window: the last one forward and by page,
 * the first one backward) and the PageInfo for them. In a keyset window the side the request came from counts as
 * having rows when a cursor was given (Relay's allowance: an exact answer would cost another query). Without
 * `keyOf` (the rows were read without their sort keys) both cursors are null.
 */
export function windowPage<T>(
  window: ListWindow,
  read: T[],
  keyOf: ((row: T) => SortKey | null) | null,
  cursors: Pick<PageCursors, 'encode'>,
): { items: T[]; pageInfo: PageInfo } {
  const size = window.kind === 'offset' ? window.page.limit : window.keyset.size;
  const backward = window.kind === 'keyset' && window.keyset.backward;
  const more = read.length > size;
  const items = !more ? read : backward ? read.slice(read.length - size) : read.slice(0, size);
  const cameFrom = window.kind === 'offset' ? window.page.page > 1 : window.keyset.from !== null;
  const cursorOf = (row: T | undefined): string | null => {
    const key = row === undefined || !keyOf ? null : keyOf(row);
    return key ? cursors.encode(key) : null;
  };
  return {
    items,
    pageInfo: {
      hasNextPage: backward ? cameFrom : more,
      hasPreviousPage: backward ? more : cameFrom,
      startCursor: cursorOf(items[0]),
      endCursor: cursorOf(items[items.length - 1]),
    },
  };
}
