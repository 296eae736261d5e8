// Access tokens (short-lived JWTs) and refresh tokens (JWTs whose SHA-256 hash is stored, so a database leak
// reveals none).
import crypto from 'node:crypto';
import jwt from 'jsonwebtoken';
import { LRUCache } from 'lru-cache';
import { Config, durationToSeconds } from '../config/config';
import { Role } from '../entities/enums';

const keys = new Map<string, crypto.KeyObject>();

/**
 * The HMAC key object of a secret, made once. Given a plain string, jsonwebtoken first tries (and fails) to read
 * it as a public key on every sign and verify, about a millisecond of CPU each time.
 */
function hmacKey(secret: string): crypto.KeyObject {
  let key = keys.get(secret);
  if (!key) {
    key = crypto.createSecretKey(Buffer.from(secret, 'utf8'));
    keys.set(secret, key);
  }
  return key;
}

export interface AccessClaims {
  sub: string;
  /** The session (refresh-token family) the token belongs to: logout or a revoked family ends the token too. */
  sid: string;
  karyawanId: number;
  nik: string;
  role: Role;
  departmentId: number | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface RefreshClaims {
  sub: string;
  fam: string;
  jti: string;
}

export function signAccessToken(config: Config, claims: AccessClaims): { token: string; expiresIn: number } {
  const expiresIn = durationToSeconds(config.jwtExpiresIn);
  const { sub, ...rest } = claims;
  const token = jwt.sign(rest, hmacKey(config.jwtSecret), { algorithm: 'HS256', subject: sub, expiresIn });
  return { token, expiresIn };
}

export class TokenError extends Error {
  constructor(public readonly reason: 'expired' | 'invalid') {
    super(reason === 'expired' ? 'Token expired' : 'Invalid token');
  }
}

function verify(token: string, secret: crypto.KeyObject): jwt.JwtPayload {
  try {
    const payload = jwt.verify(token, secret, { algorithms: ['HS256'] });
    if (typeof payload === 'string') throw new TokenError('invalid');
    return payload;
  } catch (error) {
    if (error instanceof TokenError) throw error;
    throw new TokenError(error instanceof jwt.TokenExpiredError ? 'expired' : 'invalid');
  }
}

/**
 * Access tokens whose signature and claims were verified, by their text: a client sends the same token with every
 * request until it expires, and jsonwebtoken's verification was a few percent of a page request's CPU. A hit is
 * checked for expiry as jsonwebtoken checks it (whole seconds of this clock); only the signature check is not
 * repeated, for the very text it held for under the same key. The 10,000 most recently used are kept; the account
 * behind a token is still checked against the database on every request (auth/context.ts).
 */
const verifiedTokens = new LRUCache<
  string,
  { key: crypto.KeyObject; claims: AccessClaims & { exp: number } }
>({
  max: 10_000,
});

export function verifyAccessToken(config: Config, token: string): AccessClaims & { exp: number } {
  const key = hmacKey(config.jwtSecret);
  const known = verifiedTokens.get(token);
  if (known && known.key === key) {
    if (Math.floor(Date.now() / 1000) >= known.claims.exp) {
      verifiedTokens.delete(token);
      throw new TokenError('expired');
    }
    return known.claims;
  }
  // Frozen: one object answers every request that sends this token.
  const claims = Object.freeze(verifiedAccessClaims(token, key));
  verifiedTokens.set(token, { key, claims });
  return claims;
}

function verifiedAccessClaims(token: string, key: crypto.KeyObject): AccessClaims & { exp: number } {
  const payload = verify(token, key);
  if (
    typeof payload.sub !== 'string' ||
    typeof payload.sid !== 'string' ||
    !UUID.test(payload.sid) ||
    typeof payload.karyawanId !== 'number' ||
    typeof payload.exp !== 'number'
  ) {
    throw new TokenError('invalid');
  }
  return payload as AccessClaims & { exp: number };
}

/** What a refresh token is made of; its stored row keeps all of it, so the same token can be given out again. */
export interface RefreshTokenRecord {
  /** The row id, also the token's `jti`. */
  id: string;
  userId: number;
  familyId: string;
  /** Whole seconds: `iat` and `exp` are seconds. */
  issuedAt: Date;
  expiresAt: Date;
}

/** A new refresh token's record, issued now and valid JWT_REFRESH_EXPIRES_IN. */
export function newRefreshToken(config: Config, userId: number, familyId: string): RefreshTokenRecord {
  const issuedAt = Math.floor(Date.now() / 1000);
  const expiresAt = issuedAt + durationToSeconds(config.jwtRefreshExpiresIn);
  return {
    id: crypto.randomUUID(),
    userId,
    familyId,
    issuedAt: new Date(issuedAt * 1000),
    expiresAt: new Date(expiresAt * 1000),
  };
}

/**
 * The refresh token of a record. Deterministic (HS256 over fixed claims), so a rotated token presented again within
 * the grace window can be answered with the very successor the first request got.
 */
export function signRefreshToken(config: Config, record: RefreshTokenRecord): string {
  const claims = {
    fam: record.familyId,
    iat: Math.floor(record.issuedAt.getTime() / 1000),
    exp: Math.floor(record.expiresAt.getTime() / 1000),
    sub: String(record.userId),
    jti: record.id,
  };
  return jwt.sign(claims, hmacKey(config.jwtRefreshSecret), { algorithm: 'HS256' });
}

export function verifyRefreshToken(config: Config, token: string): RefreshClaims {
  const payload = verify(token, hmacKey(config.jwtRefreshSecret));
  if (typeof payload.sub !== 'string' || typeof payload.fam !== 'string' || typeof payload.jti !== 'string') {
    throw new TokenError('invalid');
  }
  return { sub: payload.sub, fam: payload.fam, jti: payload.jti };
}

export function hashToken(token: string): string {
  return crypto.createHash('sha256').update(token).digest('hex');
}

/** The token of an `Authorization: Bearer <token>` header (or a bare token). */
export function bearerToken(header: unknown): string | null {
  if (typeof header !== 'string' || header.trim() === '') return null;
  const match = /^Bearer\s+(.+)$/i.exec(header.trim());
  return match ? match[1].trim() : header.trim();
}
