// Signed export links: the token carries an id, the report, its filters, who made it in which session, and an
// expiry, signed with HMAC-SHA256 under a key derived from JWT_SECRET, so that a download needs no header; the only
// server-side state is the record that a link was used (export_link_use). The download checks the maker's account
// and session again (http/exports.ts): a link ends with them.
import crypto from 'node:crypto';
import { ApprovalStatus, ExportFormat, OrderStatus, ReportGroupBy, ReportKind } from '../../entities/enums';

/** How long an export link stays valid. */
export const EXPORT_LINK_TTL_SECONDS = 5 * 60;

/** Every filter an export may carry; each report reads the ones it knows. */
export interface ExportFilters {
  groupBy?: ReportGroupBy;
  tanggalMulai?: string;
  tanggalAkhir?: string;
  departmentId?: number;
  shiftId?: number;
  status?: OrderStatus;
  approvalStatus?: ApprovalStatus;
  search?: string;
  userId?: number;
  aksi?: string;
}

export interface ExportPayload {
  /** The link's id: a download records it, and the link is not served again (single use). */
  jti: string;
  kind: ReportKind;
  format: ExportFormat;
  filters: ExportFilters;
  /** The account (users.id) that made the link. */
  uid: number;
  /** The session (refresh-token family) it was made in: signing out ends the link. */
  sid: string;
  /** Issued at, seconds since the epoch. */
  iat: number;
  /** Expires at, seconds since the epoch. */
  exp: number;
}

export type VerifyResult =
  { ok: true; payload: ExportPayload } | { ok: false; reason: 'malformed' | 'bad-signature' | 'expired' };

/** The signing key: a purpose-bound derivation, so an export token can never pass as an access token. */
function signingKey(secret: string): Buffer {
  return crypto.createHmac('sha256', secret).update('pack-meal:export-link:v1').digest();
}

function signature(secret: string, body: string): Buffer {
  return crypto.createHmac('sha256', signingKey(secret)).update(body).digest();
}

export function signExportToken(secret: string, payload: ExportPayload): string {
  const body = Buffer.from(JSON.stringify(payload)).toString('base64url');
  return `${body}.${signature(secret, body).toString('base64url')}`;
}

const STRING_FILTERS = ['tanggalMulai', 'tanggalAkhir', 'search', 'aksi'] as const;
const INTEGER_FILTERS = ['departmentId', 'shiftId', 'userId'] as const;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function oneOf<T extends string>(values: Record<string, T>, value: unknown): T | undefined {
  return Object.values(values).find((candidate) => candidate === value);
}

/** Narrows the decoded filters to the known keys with the right types; null when anything is off. */
function parseFilters(value: unknown): ExportFilters | null {
  if (!isObject(value)) return null;
  const filters: ExportFilters = {};
  for (const key of STRING_FILTERS) {
    if (value[key] === undefined) continue;
    const text = value[key];
    if (typeof text !== 'string') return null;
    filters[key] = text;
  }
  for (const key of INTEGER_FILTERS) {
    if (value[key] === undefined) continue;
    const number = value[key];
    if (typeof number !== 'number' || !Number.isInteger(number)) return null;
    filters[key] = number;
  }
  if (value.groupBy !== undefined) {
    const groupBy = oneOf(ReportGroupBy, value.groupBy);
    if (!groupBy) return null;
    filters.groupBy = groupBy;
  }
  if (value.status !== undefined) {
    const status = oneOf(OrderStatus, value.status);
    if (!status) return null;
    filters.status = status;
  }
  if (value.approvalStatus !== undefined) {
    const approvalStatus = oneOf(ApprovalStatus, value.approvalStatus);
    if (!approvalStatus) return null;
    filters.approvalStatus = approvalStatus;
  }
  return filters;
}

function parsePayload(json: string): ExportPayload | null {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return null;
  }
  if (!isObject(value)) return null;
  const kind = oneOf(ReportKind, value.kind);
  const format = oneOf(ExportFormat, value.format);
  const filters = parseFilters(value.filters);
  const { jti, uid, sid, iat, exp } = value;
  if (!kind || !format || !filters || typeof iat !== 'number' || typeof exp !== 'number') return null;
  if (typeof jti !== 'string' || !/^[\w-]{16,64}$/.test(jti)) return null;
  if (typeof uid !== 'number' || !Number.isSafeInteger(uid) || uid < 1) return null;
  if (typeof sid !== 'string' || !/^[\w-]{1,64}$/.test(sid)) return null;
  return { jti, kind, format, filters, uid, sid, iat, exp };
}

/** Checks the signature (in constant time) before reading anything, then the expiry against `now`. */
export function verifyExportToken(secret: string, token: string, now: Date): VerifyResult {
  const parts = token.split('.');
  if (parts.length !== 2 || !/^[\w-]+$/.test(parts[0]) || !/^[\w-]+$/.test(parts[1])) {
    return { ok: false, reason: 'malformed' };
  }
  const [body, presented] = parts;
  // Compared as text: decoding would ignore the spare bits of the last character and accept other spellings.
  const expected = Buffer.from(signature(secret, body).toString('base64url'));
  const given = Buffer.from(presented);
  if (given.length !== expected.length || !crypto.timingSafeEqual(given, expected)) {
    return { ok: false, reason: 'bad-signature' };
  }
  const payload = parsePayload(Buffer.from(body, 'base64url').toString('utf8'));
  if (!payload) return { ok: false, reason: 'malformed' };
  if (payload.exp * 1000 <= now.getTime()) return { ok: false, reason: 'expired' };
  return { ok: true, payload };
}
