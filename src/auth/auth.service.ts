// Sign-in, refresh-token rotation with reuse detection, logout and password change.
import crypto from 'node:crypto';
import { EntityManager } from 'typeorm';
import { Karyawan, LoginAttempt, RefreshToken, UserAccount } from '../entities';
import { AuditAction } from '../entities/enums';
import { AppError, BadUserInputError, TooManyRequestsError, UnauthenticatedError } from '../schema/errors';
import { writeAudit } from '../services/audit.service';
import { inTransaction } from '../services/transaction';
import { AppDeps } from './context';
import { hashPassword, verifyPassword } from './passwords';
import {
  hashToken,
  newRefreshToken,
  signAccessToken,
  signRefreshToken,
  TokenError,
  verifyRefreshToken,
} from './tokens';

/** Failed logins allowed per NIK within the window before TOO_MANY_REQUESTS. */
export const LOGIN_MAX_FAILURES = 5;
export const LOGIN_WINDOW_MINUTES = 15;
const INVALID_CREDENTIALS = 'Invalid NIK or password';

export interface Session {
  accessToken: string;
  expiresIn: number;
  refreshToken: string;
  refreshExpiresAt: Date;
  user: Karyawan;
}

/** A failure that must still commit what it recorded (audit row, attempt, family revocation) before it is thrown. */
type Outcome<T> = { ok: true; value: T } | { ok: false; error: AppError };

function unwrap<T>(outcome: Outcome<T>): T {
  if (!outcome.ok) throw outcome.error;
  return outcome.value;
}

/** A session made of a fresh access token and the given refresh token. */
function sessionWith(
  deps: AppDeps,
  karyawan: Karyawan,
  familyId: string,
  refresh: { token: string; expiresAt: Date },
): Session {
  const access = signAccessToken(deps.config, {
    sub: String(karyawan.userId),
    sid: familyId,
    karyawanId: karyawan.id,
    nik: karyawan.nomorIndukKaryawan,
    role: karyawan.roleAccess,
    departmentId: karyawan.departmentId,
  });
  return {
    accessToken: access.token,
    expiresIn: access.expiresIn,
    refreshToken: refresh.token,
    refreshExpiresAt: refresh.expiresAt,
    user: karyawan,
  };
}

async function issueSession(
  deps: AppDeps,
  manager: EntityManager,
  account: UserAccount,
  karyawan: Karyawan,
  familyId: string,
): Promise<{ session: Session; tokenId: string }> {
  const record = newRefreshToken(deps.config, account.id, familyId);
  const token = signRefreshToken(deps.config, record);
  await manager.insert(RefreshToken, {
    id: record.id,
    userId: record.userId,
    tokenHash: hashToken(token),
    familyId,
    expiresAt: record.expiresAt,
    createdAt: record.issuedAt,
  });
  return {
    session: sessionWith(deps, karyawan, familyId, { token, expiresAt: record.expiresAt }),
    tokenId: record.id,
  };
}

/**
 * The successor of a token rotated less than REFRESH_REUSE_GRACE_SECONDS ago, while it is still the family's
 * current token: two tabs refreshing at once both get it. Null otherwise (then the reuse is taken for theft).
 */
async function graceSuccessor(
  deps: AppDeps,
  manager: EntityManager,
  rotated: RefreshToken,
): Promise<{ token: string; expiresAt: Date } | null> {
  const rows: {
    id: string;
    user_id: number;
    family_id: string;
    token_hash: string;
    created_at: Date;
    expires_at: Date;
  }[] = await manager.query(
    `SELECT s.id, s.user_id, s.family_id, s.token_hash, s.created_at, s.expires_at
         FROM refresh_token p JOIN refresh_token s ON s.id = p.replaced_by_id
        WHERE p.id = $1 AND p.revoked_at > now() - make_interval(secs => $2)
          AND s.revoked_at IS NULL AND s.expires_at > now()`,
    [rotated.id, deps.config.refreshReuseGraceSeconds],
  );
  const successor = rows[0];
  if (!successor) return null;
  const token = signRefreshToken(deps.config, {
    id: successor.id,
    userId: successor.user_id,
    familyId: successor.family_id,
    issuedAt: successor.created_at,
    expiresAt: successor.expires_at,
  });
  // A successor issued before tokens were reproducible cannot be given out again.
  return hashToken(token) === successor.token_hash ? { token, expiresAt: successor.expires_at } : null;
}

/** The account and employee record of a refresh token's user, when still active. */
async function activeAccount(manager: EntityManager, userId: number) {
  const account = await manager.findOneBy(UserAccount, { id: userId });
  const karyawan = account ? await manager.findOneBy(Karyawan, { userId: account.id }) : null;
  return account && karyawan?.isActive ? { account, karyawan } : null;
}

async function accountByNik(manager: EntityManager, nik: string) {
  const karyawan = await manager.findOneBy(Karyawan, { nomorIndukKaryawan: nik });
  // A karyawan without a login (userId null, kept from the original system) cannot sign in.
  const account =
    karyawan?.userId != null ? await manager.findOneBy(UserAccount, { id: karyawan.userId }) : null;
  return karyawan && account ? { karyawan, account } : null;
}

export async function login(deps: AppDeps, nik: string, password: string): Promise<Session> {
  const outcome = await inTransaction(deps.dataSource, async (manager): Promise<Outcome<Session>> => {
    // Serialise attempts per NIK so that concurrent guesses cannot all slip under the limit.
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`login:${nik}`]);
    const [window] = await manager.query(
      `SELECT count(*)::int AS failures,
              ceil(extract(epoch FROM min(attempted_at) + make_interval(mins => $3) - now()))::int AS retry_after
         FROM login_attempt WHERE nik = $1 AND attempted_at > now() - make_interval(mins => $2)`,
      [nik, LOGIN_WINDOW_MINUTES, LOGIN_WINDOW_MINUTES],
    );
    const found = await accountByNik(manager, nik);
    const actor = found?.karyawan.id ?? null;
    if (window.failures >= LOGIN_MAX_FAILURES) {
      await writeAudit(manager, {
        userId: actor,
        aksi: AuditAction.LOGIN_FAILURE,
        detail: `Login refused for NIK ${nik}: too many failed attempts`,
        metadata: { nik, reason: 'throttled' },
      });
      const retryAfter = Math.max(1, window.retry_after ?? 1);
      return {
        ok: false,
        error: new TooManyRequestsError(
          `Too many failed logins; try again in ${Math.ceil(retryAfter / 60)} minute(s)`,
          retryAfter,
        ),
      };
    }
    const passwordMatches = await verifyPassword(password, found?.account.passwordHash ?? null);
    const reason = !found
      ? 'unknown NIK'
      : !passwordMatches
        ? 'wrong password'
        : !found.karyawan.isActive
          ? 'account deactivated'
          : null;
    if (reason || !found) {
      await manager.insert(LoginAttempt, { nik });
      await writeAudit(manager, {
        userId: actor,
        aksi: AuditAction.LOGIN_FAILURE,
        detail: `Login failed for NIK ${nik}: ${reason}`,
        metadata: { nik, reason },
      });
      const message = reason === 'account deactivated' ? 'This account is deactivated' : INVALID_CREDENTIALS;
      return { ok: false, error: new UnauthenticatedError(message) };
    }
    await manager.delete(LoginAttempt, { nik });
    const { session } = await issueSession(deps, manager, found.account, found.karyawan, crypto.randomUUID());
    await writeAudit(manager, {
      userId: found.karyawan.id,
      aksi: AuditAction.LOGIN_SUCCESS,
      detail: `User ${nik} logged in`,
      metadata: { nik },
    });
    return { ok: true, value: session };
  });
  return unwrap(outcome);
}

export async function refreshSession(deps: AppDeps, token: string | null): Promise<Session> {
  if (!token) throw new UnauthenticatedError('No refresh token presented');
  let claims;
  try {
    claims = verifyRefreshToken(deps.config, token);
  } catch (error) {
    throw new UnauthenticatedError(
      error instanceof TokenError && error.reason === 'expired'
        ? 'Refresh token expired'
        : 'Invalid refresh token',
    );
  }
  const outcome = await inTransaction(deps.dataSource, async (manager): Promise<Outcome<Session>> => {
    const stored = await manager
      .createQueryBuilder(RefreshToken, 'token')
      .setLock('pessimistic_write')
      .where('token.tokenHash = :hash', { hash: hashToken(token) })
      .getOne();
    if (!stored || stored.familyId !== claims.fam)
      return { ok: false, error: new UnauthenticatedError('Invalid refresh token') };
    if (stored.revokedAt) {
      const successor = await graceSuccessor(deps, manager, stored);
      const active = successor ? await activeAccount(manager, stored.userId) : null;
      if (successor && active)
        return { ok: true, value: sessionWith(deps, active.karyawan, stored.familyId, successor) };
      // A rotated token came back: someone holds a copy. End every session of this family.
      await revokeFamily(manager, stored.familyId);
      return {
        ok: false,
        error: new UnauthenticatedError('Refresh token was already used; please sign in again'),
      };
    }
    if (stored.expiresAt.getTime() <= Date.now())
      return { ok: false, error: new UnauthenticatedError('Refresh token expired') };
    const active = await activeAccount(manager, stored.userId);
    if (!active) {
      await revokeFamily(manager, stored.familyId);
      return { ok: false, error: new UnauthenticatedError('This account is deactivated') };
    }
    const { session, tokenId } = await issueSession(
      deps,
      manager,
      active.account,
      active.karyawan,
      stored.familyId,
    );
    await manager.query('UPDATE refresh_token SET revoked_at = now(), replaced_by_id = $2 WHERE id = $1', [
      stored.id,
      tokenId,
    ]);
    return { ok: true, value: session };
  });
  return unwrap(outcome);
}

async function revokeFamily(manager: EntityManager, familyId: string): Promise<void> {
  await manager.query(
    'UPDATE refresh_token SET revoked_at = now() WHERE family_id = $1 AND revoked_at IS NULL',
    [familyId],
  );
}

/**
 * Ends the session of the presented refresh token: revokes its whole family, so that the session's access tokens
 * stop working at their next request too. Idempotent: nothing presented, unknown or already revoked, it does nothing.
 */
export async function logout(deps: AppDeps, token: string | null): Promise<void> {
  if (!token) return;
  await deps.dataSource.query(
    `UPDATE refresh_token SET revoked_at = now()
      WHERE revoked_at IS NULL AND family_id = (SELECT family_id FROM refresh_token WHERE token_hash = $1)`,
    [hashToken(token)],
  );
}

export async function changePassword(
  deps: AppDeps,
  karyawanId: number,
  currentPassword: string,
  newPassword: string,
): Promise<void> {
  if (currentPassword === newPassword)
    throw new BadUserInputError('newPassword', 'newPassword must differ from the current one');
  await inTransaction(deps.dataSource, async (manager) => {
    const karyawan = await manager.findOneByOrFail(Karyawan, { id: karyawanId });
    const account = await manager
      .createQueryBuilder(UserAccount, 'account')
      .setLock('pessimistic_write')
      .where('account.id = :id', { id: karyawan.userId })
      .getOneOrFail();
    if (!(await verifyPassword(currentPassword, account.passwordHash))) {
      throw new BadUserInputError('currentPassword', 'currentPassword is not correct');
    }
    await manager.update(
      UserAccount,
      { id: account.id },
      { passwordHash: await hashPassword(newPassword, deps.config.bcryptRounds), mustChangePassword: false },
    );
    await writeAudit(manager, {
      userId: karyawan.id,
      aksi: AuditAction.PASSWORD_CHANGED,
      detail: `User ${karyawan.nomorIndukKaryawan} changed their password`,
    });
  });
}
