// User administration: accounts (users) and their employee records (master_karyawan) change together.
import { EntityManager } from 'typeorm';
import { AppDeps } from '../context/request-context';
import { hashPassword, temporaryPassword } from '../common/passwords';
import { Department, Jabatan, Karyawan, UserAccount } from '../entities';
import { AuditAction, Role } from '../entities/enums';
import { BadUserInputError, ConflictError, NotFoundError } from '../common/errors';
import { publishControl } from '../events/publish';
import { writeAudit } from './audit.service';
import { likePattern, pageRequest, PageResult, pageResult } from './pagination';
import { inTransaction } from './transaction';

export interface UserListFilter {
  role?: Role | null;
  isActive?: boolean | null;
  departmentId?: number | null;
  search?: string | null;
}

export async function listUsers(
  deps: AppDeps,
  filter: UserListFilter,
  page: number,
  limit: number,
): Promise<PageResult<Karyawan>> {
  const request = pageRequest(page, limit);
  const query = deps.dataSource.getRepository(Karyawan).createQueryBuilder('k');
  if (filter.role) query.andWhere('k.roleAccess = :role', { role: filter.role });
  if (filter.isActive != null) query.andWhere('k.isActive = :isActive', { isActive: filter.isActive });
  if (filter.departmentId != null)
    query.andWhere('k.departmentId = :departmentId', { departmentId: filter.departmentId });
  if (filter.search?.trim()) {
    query.andWhere('(k.nomorIndukKaryawan ILIKE :search OR k.namaLengkap ILIKE :search)', {
      search: likePattern(filter.search.trim()),
    });
  }
  const [items, total] = await query
    .orderBy('k.id', 'ASC')
    .skip(request.offset)
    .take(request.limit)
    .getManyAndCount();
  return pageResult(items, total, request);
}

/** Checks that referenced department and jabatan exist and agree with each other. */
async function checkPlacement(
  manager: EntityManager,
  departmentId: number | null,
  jabatanId: number | null,
): Promise<void> {
  if (departmentId != null && !(await manager.existsBy(Department, { id: departmentId }))) {
    throw new NotFoundError(`Department ${departmentId} does not exist`, 'departmentId');
  }
  if (jabatanId != null) {
    const jabatan = await manager.findOneBy(Jabatan, { id: jabatanId });
    if (!jabatan) throw new NotFoundError(`Jabatan ${jabatanId} does not exist`, 'jabatanId');
    if (jabatan.departmentId != null && jabatan.departmentId !== departmentId) {
      throw new BadUserInputError('jabatanId', `Jabatan ${jabatanId} belongs to another department`);
    }
  }
}

/**
 * Closes the user's open WebSocket sessions on every process once the transaction commits, and optionally revokes
 * every refresh token so that no new session can start either.
 */
async function endSessions(
  manager: EntityManager,
  karyawan: Karyawan,
  options: { revokeRefreshTokens: boolean },
): Promise<void> {
  if (options.revokeRefreshTokens && karyawan.userId != null) {
    await manager.query(
      'UPDATE refresh_token SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL',
      [karyawan.userId],
    );
  }
  await publishControl(manager, { type: 'endSessions', karyawanId: karyawan.id });
}

async function lockedKaryawan(manager: EntityManager, id: number): Promise<Karyawan> {
  const karyawan = await manager
    .createQueryBuilder(Karyawan, 'k')
    .setLock('pessimistic_write')
    .where('k.id = :id', { id })
    .getOne();
  if (!karyawan) throw new NotFoundError(`User ${id} does not exist`, 'id');
  return karyawan;
}

export interface NewUser {
  nomorIndukKaryawan: string;
  namaLengkap: string;
  password: string;
  role: Role;
  departmentId?: number | null;
  jabatanId?: number | null;
  keterangan?: string | null;
  /** The user must change the password at first sign-in (create-admin). Default false. */
  mustChangePassword?: boolean;
}

/** What creating a user needs: the pool and the bcrypt cost (the create-admin command has nothing more). */
export type UserCreationDeps = Pick<AppDeps, 'dataSource'> & {
  config: Pick<AppDeps['config'], 'bcryptRounds'>;
};

/** `actorId` null: created from the command line (create-admin), by nobody signed in. */
export async function createUser(
  deps: UserCreationDeps,
  actorId: number | null,
  input: NewUser,
): Promise<Karyawan> {
  const passwordHash = await hashPassword(input.password, deps.config.bcryptRounds);
  return inTransaction(deps.dataSource, async (manager) => {
    const departmentId = input.departmentId ?? null;
    const jabatanId = input.jabatanId ?? null;
    await checkPlacement(manager, departmentId, jabatanId);
    const nik = input.nomorIndukKaryawan.trim();
    const account = await manager.save(
      manager.create(UserAccount, {
        username: nik,
        passwordHash,
        roleAccess: input.role,
        mustChangePassword: input.mustChangePassword ?? false,
      }),
    );
    const karyawan = await manager.save(
      manager.create(Karyawan, {
        userId: account.id,
        nomorIndukKaryawan: nik,
        namaLengkap: input.namaLengkap.trim(),
        departmentId,
        jabatanId,
        roleAccess: input.role,
        isActive: true,
        keterangan: input.keterangan ?? null,
      }),
    );
    await writeAudit(manager, {
      userId: actorId,
      aksi: AuditAction.USER_CREATED,
      detail: `User ${nik} (${karyawan.namaLengkap}) created with role ${input.role}`,
      metadata: { karyawanId: karyawan.id, role: input.role },
    });
    return karyawan;
  });
}

export async function updateUserStatus(
  deps: AppDeps,
  actorId: number,
  id: number,
  isActive: boolean,
): Promise<Karyawan> {
  if (id === actorId && !isActive)
    throw new BadUserInputError('isActive', 'You cannot deactivate your own account');
  return inTransaction(deps.dataSource, async (manager) => {
    const karyawan = await lockedKaryawan(manager, id);
    if (karyawan.isActive === isActive) return karyawan;
    karyawan.isActive = isActive;
    await manager.save(karyawan);
    if (!isActive) await endSessions(manager, karyawan, { revokeRefreshTokens: true });
    await writeAudit(manager, {
      userId: actorId,
      aksi: AuditAction.USER_STATUS_CHANGED,
      detail: `User ${karyawan.nomorIndukKaryawan} ${isActive ? 'activated' : 'deactivated'}`,
      metadata: { karyawanId: id, isActive },
    });
    return karyawan;
  });
}

export async function updateUserRole(
  deps: AppDeps,
  actorId: number,
  id: number,
  role: Role,
): Promise<Karyawan> {
  if (id === actorId) throw new BadUserInputError('role', 'You cannot change your own role');
  return inTransaction(deps.dataSource, async (manager) => {
    const karyawan = await lockedKaryawan(manager, id);
    const previous = karyawan.roleAccess;
    if (previous === role) return karyawan;
    karyawan.roleAccess = role;
    await manager.save(karyawan);
    if (karyawan.userId != null)
      await manager.update(UserAccount, { id: karyawan.userId }, { roleAccess: role });
    // Open sockets reconnect and come back with the new role.
    await endSessions(manager, karyawan, { revokeRefreshTokens: false });
    await writeAudit(manager, {
      userId: actorId,
      aksi: AuditAction.USER_ROLE_CHANGED,
      detail: `User ${karyawan.nomorIndukKaryawan} role changed: ${previous} -> ${role}`,
      metadata: { karyawanId: id, from: previous, to: role },
    });
    return karyawan;
  });
}

export interface ProfileChanges {
  namaLengkap?: string | null;
  departmentId?: number | null;
  jabatanId?: number | null;
  keterangan?: string | null;
}

/** Changes only the fields present; an explicit null clears departmentId, jabatanId or keterangan. */
export async function updateUserProfile(
  deps: AppDeps,
  actorId: number,
  id: number,
  changes: ProfileChanges,
): Promise<Karyawan> {
  if (changes.namaLengkap === null) throw new BadUserInputError('namaLengkap', 'namaLengkap cannot be null');
  return inTransaction(deps.dataSource, async (manager) => {
    const karyawan = await lockedKaryawan(manager, id);
    const changed: string[] = [];
    const namaLengkap = changes.namaLengkap?.trim();
    if (namaLengkap !== undefined && namaLengkap !== karyawan.namaLengkap) {
      karyawan.namaLengkap = namaLengkap;
      changed.push('namaLengkap');
    }
    for (const field of ['departmentId', 'jabatanId', 'keterangan'] as const) {
      if (changes[field] !== undefined && changes[field] !== karyawan[field]) {
        Object.assign(karyawan, { [field]: changes[field] });
        changed.push(field);
      }
    }
    if (changed.length === 0) return karyawan;
    await checkPlacement(manager, karyawan.departmentId, karyawan.jabatanId);
    await manager.save(karyawan);
    await writeAudit(manager, {
      userId: actorId,
      aksi: AuditAction.USER_PROFILE_UPDATED,
      detail: `User ${karyawan.nomorIndukKaryawan} profile updated: ${changed.join(', ')}`,
      metadata: { karyawanId: id, fields: changed },
    });
    return karyawan;
  });
}

/**
 * `create-admin` run again for the NIK of an administrator it created (USER_CREATED without an actor) who has not
 * signed in yet (no session ever issued, the first password still to be changed): sets the password again, to be
 * changed at the first sign-in, audited as PASSWORD_RESET without an actor. Any other account with that NIK: CONFLICT.
 */
export async function resetFirstAdministrator(
  deps: UserCreationDeps,
  nik: string,
  password: string,
): Promise<Karyawan> {
  const passwordHash = await hashPassword(password, deps.config.bcryptRounds);
  return inTransaction(deps.dataSource, async (manager) => {
    const karyawan = await manager.findOne(Karyawan, {
      where: { nomorIndukKaryawan: nik.trim() },
      lock: { mode: 'pessimistic_write' },
    });
    const [unused] = karyawan?.userId
      ? ((await manager.query(
          `SELECT 1 FROM users u
            WHERE u.id = $1 AND u.role_access = $3 AND u.must_change_password
              AND NOT EXISTS (SELECT 1 FROM refresh_token t WHERE t.user_id = u.id)
              AND EXISTS (SELECT 1 FROM log_audit_trail a WHERE a.aksi = 'USER_CREATED' AND a.user_id IS NULL
                                 AND a.metadata->>'karyawanId' = $2::text)`,
          [karyawan.userId, karyawan.id, Role.ADMINISTRATOR],
        )) as unknown[])
      : [];
    if (!karyawan || !unused) {
      throw new ConflictError(
        'nomorIndukKaryawan is already in use (create-admin sets a password again only for an administrator it created who has not signed in yet)',
        'nomorIndukKaryawan',
      );
    }
    await manager.update(UserAccount, { id: karyawan.userId }, { passwordHash, mustChangePassword: true });
    await writeAudit(manager, {
      userId: null,
      aksi: AuditAction.PASSWORD_RESET,
      detail: `Password of administrator ${karyawan.nomorIndukKaryawan} set again by create-admin before the first sign-in`,
      metadata: { karyawanId: karyawan.id },
    });
    return karyawan;
  });
}

export async function resetUserPassword(
  deps: AppDeps,
  actorId: number,
  id: number,
): Promise<{ user: Karyawan; temporaryPassword: string }> {
  const password = temporaryPassword();
  const passwordHash = await hashPassword(password, deps.config.bcryptRounds);
  return inTransaction(deps.dataSource, async (manager) => {
    const karyawan = await lockedKaryawan(manager, id);
    if (karyawan.userId == null) {
      throw new ConflictError(`User ${id} has no login account (kept from the original system)`);
    }
    await manager.update(UserAccount, { id: karyawan.userId }, { passwordHash, mustChangePassword: true });
    await endSessions(manager, karyawan, { revokeRefreshTokens: true });
    await writeAudit(manager, {
      userId: actorId,
      aksi: AuditAction.PASSWORD_RESET,
      detail: `Password of user ${karyawan.nomorIndukKaryawan} reset by an administrator`,
      metadata: { karyawanId: id },
    });
    return { user: karyawan, temporaryPassword: password };
  });
}
