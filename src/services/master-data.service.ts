// Master data (departments, jabatan, shifts, lokasi): one create/update/delete path for all four, each change
// audited as MASTER_DATA_CHANGED in its transaction; unique names and references become CONFLICT.
import { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { AppDeps } from '../context/request-context';
import { Department, Jabatan, Lokasi, Shift } from '../entities';
import { AuditAction } from '../entities/enums';
import { NotFoundError } from '../common/errors';
import { writeAudit } from './audit.service';
import { inTransaction } from './transaction';

interface MasterKind<T extends ObjectLiteral> {
  entity: EntityTarget<T>;
  /** Human name used in messages and audit details. */
  label: string;
  /** The row's display name for audit details. */
  name(row: T): string;
  /** Extra checks before a write (references that must exist). */
  check?(manager: EntityManager, values: Partial<T>): Promise<void>;
}

async function departmentMustExist(manager: EntityManager, values: Partial<Jabatan>): Promise<void> {
  if (values.departmentId != null && !(await manager.existsBy(Department, { id: values.departmentId }))) {
    throw new NotFoundError(`Department ${values.departmentId} does not exist`, 'departmentId');
  }
}

export const masterKinds = {
  department: {
    entity: Department,
    label: 'Department',
    name: (row: Department) => row.namaDivisi,
  } as MasterKind<Department>,
  jabatan: {
    entity: Jabatan,
    label: 'Jabatan',
    name: (row: Jabatan) => row.namaJabatan,
    check: departmentMustExist,
  } as MasterKind<Jabatan>,
  shift: { entity: Shift, label: 'Shift', name: (row: Shift) => row.namaShift } as MasterKind<Shift>,
  lokasi: { entity: Lokasi, label: 'Lokasi', name: (row: Lokasi) => row.namaLokasi } as MasterKind<Lokasi>,
};

/** Trims every string value; names are compared and stored without surrounding spaces. */
function trimmed<T extends object>(values: T): T {
  return Object.fromEntries(
    Object.entries(values).map(([key, value]) => [key, typeof value === 'string' ? value.trim() : value]),
  ) as T;
}

export function createMasterData<T extends ObjectLiteral & { id: number }>(
  deps: AppDeps,
  actorId: number,
  kind: MasterKind<T>,
  input: Partial<T>,
): Promise<T> {
  return inTransaction(deps.dataSource, async (manager) => {
    const values = trimmed(input);
    await kind.check?.(manager, values);
    const row = await manager.save(kind.entity, manager.create(kind.entity, values as T));
    await writeAudit(manager, {
      userId: actorId,
      aksi: AuditAction.MASTER_DATA_CHANGED,
      detail: `${kind.label} created: ${kind.name(row)}`,
      metadata: { kind: kind.label, id: row.id, operation: 'create' },
    });
    return row;
  });
}

export function updateMasterData<T extends ObjectLiteral & { id: number }>(
  deps: AppDeps,
  actorId: number,
  kind: MasterKind<T>,
  id: number,
  input: Partial<T>,
): Promise<T> {
  return inTransaction(deps.dataSource, async (manager) => {
    const existing = await manager
      .createQueryBuilder(kind.entity, 'row')
      .setLock('pessimistic_write')
      .where('row.id = :id', { id })
      .getOne();
    if (!existing) throw new NotFoundError(`${kind.label} ${id} does not exist`, 'id');
    const values = trimmed(input);
    await kind.check?.(manager, values);
    const row = await manager.save(kind.entity, manager.merge(kind.entity, existing, values as T));
    await writeAudit(manager, {
      userId: actorId,
      aksi: AuditAction.MASTER_DATA_CHANGED,
      detail: `${kind.label} updated: ${kind.name(row)}`,
      metadata: { kind: kind.label, id, operation: 'update' },
    });
    return row;
  });
}

/** Deletes a row; one still referenced (by users, orders, jabatan) is a CONFLICT and stays. */
export function deleteMasterData<T extends ObjectLiteral & { id: number }>(
  deps: AppDeps,
  actorId: number,
  kind: MasterKind<T>,
  id: number,
): Promise<boolean> {
  return inTransaction(deps.dataSource, async (manager) => {
    const existing = await manager.findOneBy(kind.entity, { id } as never);
    if (!existing) throw new NotFoundError(`${kind.label} ${id} does not exist`, 'id');
    await manager.delete(kind.entity, { id });
    await writeAudit(manager, {
      userId: actorId,
      aksi: AuditAction.MASTER_DATA_CHANGED,
      detail: `${kind.label} deleted: ${kind.name(existing)}`,
      metadata: { kind: kind.label, id, operation: 'delete' },
    });
    return true;
  });
}
