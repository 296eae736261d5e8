// Runs a unit of work in one database transaction and translates constraint violations into the API's errors,
// so that every mutation is all-or-nothing and no driver error reaches a client.
import { DatabaseError } from 'pg';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import { ConflictError } from '../common/errors';

/** Constraint name → the input field it guards, for CONFLICT errors that name the field. */
const UNIQUE_FIELDS: Record<string, string> = {
  uq_users_username: 'nomorIndukKaryawan',
  uq_master_karyawan_nik: 'nomorIndukKaryawan',
  uq_master_department_nama_divisi: 'namaDivisi',
  uq_master_jabatan_nama_department: 'namaJabatan',
  uq_master_shift_nama_shift: 'namaShift',
  uq_master_lokasi_nama_lokasi: 'namaLokasi',
};

interface PgError {
  code?: string;
  constraint?: string;
}

function pgError(error: unknown): PgError | null {
  if (error instanceof QueryFailedError) return error.driverError as PgError;
  // Statements run by runStatement (src/db/statements.ts) fail with the driver's own error.
  if (error instanceof DatabaseError) return error;
  return null;
}

export function translateDatabaseError(error: unknown): unknown {
  const driver = pgError(error);
  if (!driver) return error;
  if (driver.code === '23505') {
    const field = driver.constraint ? UNIQUE_FIELDS[driver.constraint] : undefined;
    return new ConflictError(
      field ? `${field} is already in use` : 'A record with these values already exists',
      field,
    );
  }
  if (driver.code === '23503') {
    return new ConflictError('The record is still referenced by other records');
  }
  return error;
}

export async function inTransaction<T>(
  dataSource: DataSource,
  work: (manager: EntityManager) => Promise<T>,
): Promise<T> {
  try {
    return await dataSource.transaction(work);
  } catch (error) {
    throw translateDatabaseError(error);
  }
}
