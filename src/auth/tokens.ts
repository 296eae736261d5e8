// Access tokens (short-lived JWTs) and refresh tokens (JWTs whose SHA-256 hash is stored, so a database leak
// reveals none).
import crypto from 'node:crypto';
import jwt from 'jsonwebtoken';
import { Config, durationToSeconds } from '../config';
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
  karyawanId: number;
  nik: string;
  role: Role;
  departmentId: number | null;
}

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

export function verifyAccessToken(config: Config, token: string): AccessClaims & { exp: number } {
  const payload = verify(token, hmacKey(config.jwtSecret));
  if (
    typeof payload.sub !== 'string' ||
    typeof payload.karyawanId !== 'number' ||
    typeof payload.exp !== 'number'
  ) {
    throw new TokenError('invalid');
  }
  return payload as AccessClaims & { exp: number };
}

export function signRefreshToken(
  config: Config,
  userId: number,
  familyId: string,
): { token: string; expiresAt: Date } {
  const expiresIn = durationToSeconds(config.jwtRefreshExpiresIn);
  const token = jwt.sign({ fam: familyId }, hmacKey(config.jwtRefreshSecret), {
    algorithm: 'HS256',
    subject: String(userId),
    expiresIn,
    jwtid: crypto.randomUUID(),
  });
  return { token, expiresAt: new Date(Date.now() + expiresIn * 1000) };
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
