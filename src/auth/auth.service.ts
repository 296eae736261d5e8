// Sign-in, refresh-token rotation with reuse detection, logout and password change.
import crypto from 'node:crypto';
import { EntityManager } from 'typeorm';
import { Karyawan, LoginAttempt, RefreshToken, UserAccount } from '../entities';
import { AuditAction } from '../entities/enums';
import {
  AppError,
  BadUserInputError,
  ConflictError,
  TooManyRequestsError,
  UnauthenticatedError,
} from '../common/errors';
import { publishControl } from '../events/publish';
import { writeAudit } from '../services/audit.service';
import { inTransaction } from '../services/transaction';
import { AppDeps } from '../context/request-context';
import { hashQueue } from './hash-queue';
import { hashPassword, verifyPassword } from '../common/passwords';
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
  /** The account's must_change_password, the flag behind PASSWORD_CHANGE_REQUIRED (context.ts). */
  mustChangePassword: boolean;
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
  { account, karyawan }: { account: UserAccount; karyawan: Karyawan },
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
    mustChangePassword: account.mustChangePassword,
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
    session: sessionWith(deps, { account, karyawan }, familyId, { token, expiresAt: record.expiresAt }),
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

type Found = Awaited<ReturnType<typeof accountByNik>>;

/**
 * What LOGIN_FAILURE records about the NIK: the NIK only when it names a user; anything else typed there (often a
 * password in the wrong field) stays out of the audit trail.
 */
function failureAudit(found: Found, nik: string, reason: string) {
  return found
    ? {
        userId: found.karyawan.id,
        detail: `Login failed for NIK ${nik}: ${reason}`,
        metadata: { nik, reason },
      }
    : {
        userId: null,
        detail: `Login failed for an unknown NIK: ${reason}`,
        metadata: { nikKnown: false, reason },
      };
}

type Reservation = { attemptId: string } | { retryAfter: number };

/**
 * Records an attempt under `key` up front, or says how long to wait when the key already has LOGIN_MAX_FAILURES
 * within the window. A pending attempt counts as a failure until it succeeds, so concurrent guesses cannot all
 * slip under the limit (across processes too: the lock is PostgreSQL's).
 */
async function reserveAttempt(manager: EntityManager, key: string): Promise<Reservation> {
  await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`login:${key}`]);
  const [window] = await manager.query(
    `SELECT count(*)::int AS failures,
            ceil(extract(epoch FROM min(attempted_at) + make_interval(mins => $3) - now()))::int AS retry_after
       FROM login_attempt WHERE nik = $1 AND attempted_at > now() - make_interval(mins => $2)`,
    [key, LOGIN_WINDOW_MINUTES, LOGIN_WINDOW_MINUTES],
  );
  if (window.failures >= LOGIN_MAX_FAILURES) return { retryAfter: Math.max(1, window.retry_after ?? 1) };
  const [attempt]: { id: string }[] = await manager.query(
    'INSERT INTO login_attempt (nik) VALUES ($1) RETURNING id',
    [key],
  );
  return { attemptId: attempt.id };
}

function throttled(retryAfter: number): TooManyRequestsError {
  return new TooManyRequestsError(
    `Too many failed attempts; try again in ${Math.ceil(retryAfter / 60)} minute(s)`,
    retryAfter,
  );
}

/**
 * Runs `step` of an attempt; when it fails (the hashing queue refuses, or the outcome's transaction cannot commit,
 * e.g. its audit row), the attempt did not happen and its reserved row is forgotten: the throttle's rows exist
 * exactly when their outcome, audit included, was recorded.
 */
async function attemptStep<T>(deps: AppDeps, attemptId: string, step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (error) {
    await deps.dataSource.query('DELETE FROM login_attempt WHERE id = $1', [attemptId]);
    throw error;
  }
}

/** Runs a sign-in's transaction through the queue's few database slots (hash-queue.ts says why). */
function signInTransaction<T>(deps: AppDeps, work: (manager: EntityManager) => Promise<T>): Promise<T> {
  return hashQueue(deps.config).transaction(() => inTransaction(deps.dataSource, work));
}

/** Runs `hash` through the bounded queue, as a step of the attempt. */
function hashForAttempt<T>(deps: AppDeps, attemptId: string, hash: () => Promise<T>): Promise<T> {
  return attemptStep(deps, attemptId, () => hashQueue(deps.config).run(hash));
}

/**
 * The throttle key of a login: the NIK itself. Real NIKs never contain ':' (users.service allows letters, digits,
 * dot, dash, underscore); typed text that does is keyed by its hash, so that no login can count against another
 * key such as a password change's.
 */
function loginKey(nik: string): string {
  return nik.includes(':')
    ? `unknown:${crypto.createHash('sha256').update(nik).digest('hex').slice(0, 40)}`
    : nik;
}

/** First step of a login, in a short transaction: the throttle (audited when it refuses) and the account. */
async function beginAttempt(
  deps: AppDeps,
  nik: string,
): Promise<Outcome<{ found: Found; attemptId: string }>> {
  return signInTransaction(deps, async (manager) => {
    const reserved = await reserveAttempt(manager, loginKey(nik));
    const found = await accountByNik(manager, nik);
    if ('retryAfter' in reserved) {
      await writeAudit(manager, {
        aksi: AuditAction.LOGIN_FAILURE,
        ...failureAudit(found, nik, 'throttled'),
        detail: found
          ? `Login refused for NIK ${nik}: too many failed attempts`
          : 'Login refused for an unknown NIK: too many failed attempts',
      });
      return { ok: false, error: throttled(reserved.retryAfter) };
    }
    return { ok: true, value: { found, attemptId: reserved.attemptId } };
  });
}

/**
 * Sign-in in three steps so that no database connection is held while bcrypt runs (tens of milliseconds; holding a
 * pooled connection meanwhile let a login storm starve every other request): the throttle and the account, then
 * the hash through the bounded queue, then the outcome's rows. An unknown NIK still costs one hash, so timing does
 * not tell which NIKs exist.
 */
export async function login(deps: AppDeps, nik: string, password: string): Promise<Session> {
  const { found, attemptId } = unwrap(await beginAttempt(deps, nik));
  const passwordMatches = await hashForAttempt(deps, attemptId, () =>
    verifyPassword(password, found?.account.passwordHash ?? null),
  );
  const reason = !found
    ? 'unknown NIK'
    : !passwordMatches
      ? 'wrong password'
      : !found.karyawan.isActive
        ? 'account deactivated'
        : null;
  if (reason || !found) {
    // The attempt row written up front stays: it is this failure (unless its audit row cannot be written).
    await attemptStep(deps, attemptId, () =>
      signInTransaction(deps, (manager) =>
        writeAudit(manager, { aksi: AuditAction.LOGIN_FAILURE, ...failureAudit(found, nik, reason ?? '') }),
      ),
    );
    throw new UnauthenticatedError(
      reason === 'account deactivated' ? 'This account is deactivated' : INVALID_CREDENTIALS,
    );
  }
  return attemptStep(deps, attemptId, () =>
    signInTransaction(deps, async (manager) => {
      await manager.delete(LoginAttempt, { nik: loginKey(nik) });
      const { session } = await issueSession(
        deps,
        manager,
        found.account,
        found.karyawan,
        crypto.randomUUID(),
      );
      await writeAudit(manager, {
        userId: found.karyawan.id,
        aksi: AuditAction.LOGIN_SUCCESS,
        detail: `User ${nik} logged in`,
        metadata: { nik },
      });
      return session;
    }),
  );
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
        return { ok: true, value: sessionWith(deps, active, stored.familyId, successor) };
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

/** Ends a session: its refresh tokens are revoked and, once the transaction commits, its open sockets close. */
async function revokeFamily(manager: EntityManager, familyId: string): Promise<void> {
  await manager.query(
    'UPDATE refresh_token SET revoked_at = now() WHERE family_id = $1 AND revoked_at IS NULL',
    [familyId],
  );
  await publishControl(manager, { type: 'endSession', sessionId: familyId });
}

/**
 * Ends the session of the presented refresh token: revokes its whole family, so that the session's access tokens
 * stop working at their next request too. Idempotent: nothing presented, unknown or already revoked, it does nothing.
 */
export async function logout(deps: AppDeps, token: string | null): Promise<void> {
  if (!token) return;
  await inTransaction(deps.dataSource, async (manager) => {
    const [session]: { family_id: string }[] = await manager.query(
      `SELECT family_id FROM refresh_token t
        WHERE token_hash = $1 AND EXISTS (SELECT 1 FROM refresh_token o WHERE o.family_id = t.family_id AND o.revoked_at IS NULL)`,
      [hashToken(token)],
    );
    if (session) await revokeFamily(manager, session.family_id);
  });
}

/** Failed password changes of one user share the login throttle's rule under their own key. */
function passwordChangeKey(karyawanId: number): string {
  return `password-change:${karyawanId}`;
}

/** Like login: throttled per user, hashing through the queue with no connection held, then one transaction. */
export async function changePassword(
  deps: AppDeps,
  karyawanId: number,
  currentPassword: string,
  newPassword: string,
): Promise<void> {
  if (currentPassword === newPassword)
    throw new BadUserInputError('newPassword', 'newPassword must differ from the current one');
  const key = passwordChangeKey(karyawanId);
  const reserved = await inTransaction(deps.dataSource, (manager) => reserveAttempt(manager, key));
  if ('retryAfter' in reserved) throw throttled(reserved.retryAfter);
  const karyawan = await deps.dataSource.manager.findOneByOrFail(Karyawan, { id: karyawanId });
  // A karyawan without a login (kept from the original system) has no password to change.
  if (karyawan.userId === null) throw new UnauthenticatedError('This karyawan has no login');
  const account = await deps.dataSource.manager.findOneByOrFail(UserAccount, { id: karyawan.userId });
  const matches = await hashForAttempt(deps, reserved.attemptId, () =>
    verifyPassword(currentPassword, account.passwordHash),
  );
  // A wrong current password leaves its attempt row: it counts toward the throttle.
  if (!matches) throw new BadUserInputError('currentPassword', 'currentPassword is not correct');
  const passwordHash = await hashForAttempt(deps, reserved.attemptId, () =>
    hashPassword(newPassword, deps.config.bcryptRounds),
  );
  await inTransaction(deps.dataSource, async (manager) => {
    const locked = await manager
      .createQueryBuilder(UserAccount, 'account')
      .setLock('pessimistic_write')
      .where('account.id = :id', { id: account.id })
      .getOneOrFail();
    if (locked.passwordHash !== account.passwordHash)
      throw new ConflictError('The password was changed meanwhile; sign in again');
    await manager.update(UserAccount, { id: account.id }, { passwordHash, mustChangePassword: false });
    await manager.delete(LoginAttempt, { nik: key });
    await writeAudit(manager, {
      userId: karyawan.id,
      aksi: AuditAction.PASSWORD_CHANGED,
      detail: `User ${karyawan.nomorIndukKaryawan} changed their password`,
    });
  });
}
