// One context builder for HTTP and WebSocket alike: who is asking (re-checked against the database on every
// request, so deactivation and role changes apply at once), the request's DataLoaders and a request id.
import crypto from 'node:crypto';
import type { Request, Response } from 'express';
import { AppDeps, AuthUser, Context } from '../context/request-context';
import { createLoaders } from '../db/loaders';
import { runStatement } from '../db/statements';
import { Role } from '../entities/enums';
import { TokenError, verifyAccessToken } from './tokens';

interface AccountRow {
  user_id: number;
  karyawan_id: number;
  nik: string;
  role: Role;
  department_id: number | null;
  is_active: boolean;
  must_change_password: boolean;
  session_open: boolean;
}

/** The account behind a token and whether its session is still open: one statement on every request. */
const ACCOUNT_CHECK = `SELECT u.id AS user_id, k.id AS karyawan_id, k.nomor_induk_karyawan AS nik, k.role_access AS role,
         k.department_id, k.is_active, u.must_change_password,
         EXISTS (SELECT 1 FROM refresh_token t WHERE t.family_id = $2 AND t.revoked_at IS NULL) AS session_open
    FROM users u JOIN master_karyawan k ON k.user_id = u.id
   WHERE u.id = $1`;

/** An account as it is now, and whether one of its sessions is still open. */
export interface SessionAccount {
  role: Role;
  isActive: boolean;
  sessionOpen: boolean;
}

/**
 * The account `userId` now and whether its session `sessionId` (a refresh-token family) is open; null when there is
 * no such account. What a request's token is checked against, for links that outlive the request (exports).
 */
export async function sessionAccount(
  deps: AppDeps,
  userId: number,
  sessionId: string,
): Promise<SessionAccount | null> {
  const [row] = await runStatement<AccountRow>(deps.dataSource, ACCOUNT_CHECK, [userId, sessionId]);
  return row ? { role: row.role, isActive: row.is_active, sessionOpen: row.session_open } : null;
}

/** Resolves an access token to the signed-in user, or says why it cannot. */
export async function authenticate(
  deps: AppDeps,
  token: string | null,
): Promise<{ user: AuthUser | null; authError: string | null }> {
  if (!token) return { user: null, authError: null };
  let claims;
  try {
    claims = verifyAccessToken(deps.config, token);
  } catch (error) {
    return { user: null, authError: error instanceof TokenError ? error.message : 'Invalid token' };
  }
  const rows = await runStatement<AccountRow>(deps.dataSource, ACCOUNT_CHECK, [
    Number(claims.sub),
    claims.sid,
  ]);
  const row = rows[0];
  if (!row) return { user: null, authError: 'Unknown user' };
  if (!row.is_active) return { user: null, authError: 'Account is deactivated' };
  // Signed out, or the family was revoked (reuse of a stolen refresh token): the access token ends with it.
  if (!row.session_open) return { user: null, authError: 'Session ended; please sign in again' };
  return {
    user: {
      userId: row.user_id,
      karyawanId: row.karyawan_id,
      nik: row.nik,
      role: row.role,
      departmentId: row.department_id,
      mustChangePassword: row.must_change_password,
      tokenExpiresAt: claims.exp,
      sessionId: claims.sid,
    },
    authError: null,
  };
}

/** The client's `x-request-id` when it is well-formed, else a new one. */
export function requestIdOf(req: Request | undefined): string {
  const header = req?.headers['x-request-id'];
  return typeof header === 'string' && /^[\w-]{1,64}$/.test(header) ? header : crypto.randomUUID();
}

export async function buildContext(
  deps: AppDeps,
  token: string | null,
  http: { req?: Request; res?: Response } = {},
): Promise<Context> {
  const { user, authError } = await authenticate(deps, token);
  const requestId = requestIdOf(http.req);
  return { requestId, deps, user, authError, loaders: createLoaders(deps.dataSource), ...http };
}
