// Development and test seed data (DOMAIN.md, Authentication): loaded when the database has no users.
import { DataSource } from 'typeorm';
import { hashPassword } from '../common/passwords';
import { Department, Jabatan, Karyawan, Shift, UserAccount } from '../entities';
import { Role } from '../entities/enums';

const DEPARTMENTS = ['IT Department', 'Human Resources', 'Operations'];
const JABATAN = [
  { namaJabatan: 'Manager', department: 'IT Department' },
  { namaJabatan: 'Staff', department: 'Human Resources' },
  { namaJabatan: 'Supervisor', department: 'Operations' },
];
const SHIFTS = [
  { namaShift: 'Shift 1', jamMulai: '07:00', jamSelesai: '15:00' },
  { namaShift: 'Shift 2', jamMulai: '15:00', jamSelesai: '23:00' },
  { namaShift: 'Shift 3', jamMulai: '23:00', jamSelesai: '07:00' },
];
export const SEED_USERS = [
  {
    nik: 'ADM001',
    password: 'admin123',
    nama: 'Administrator',
    role: Role.ADMINISTRATOR,
    department: 'IT Department',
    jabatan: 'Manager',
  },
  {
    nik: 'EMP001',
    password: 'emp123',
    nama: 'Employee One',
    role: Role.EMPLOYEE,
    department: 'Human Resources',
    jabatan: 'Staff',
  },
  {
    nik: 'EMP002',
    password: 'emp123',
    nama: 'Employee Two',
    role: Role.EMPLOYEE,
    department: 'Human Resources',
    jabatan: 'Staff',
  },
  {
    nik: 'KIT001',
    password: 'kitchen123',
    nama: 'Kitchen Staff',
    role: Role.DAPUR,
    department: 'Operations',
    jabatan: 'Supervisor',
  },
  {
    nik: 'DEL001',
    password: 'delivery123',
    nama: 'Delivery Staff',
    role: Role.DELIVERY,
    department: 'Operations',
    jabatan: 'Supervisor',
  },
];

/** Loads the seed when there are no users; returns whether it did. Safe to run again (idempotent). */
export async function seed(dataSource: DataSource, bcryptRounds = 10): Promise<boolean> {
  // Hashing costs ~70 ms a password: skip it on every start of a database that has users already.
  if ((await dataSource.getRepository(UserAccount).count()) > 0) return false;
  const hashes = await Promise.all(SEED_USERS.map((user) => hashPassword(user.password, bcryptRounds)));
  return dataSource.transaction(async (manager) => {
    await manager.query('LOCK TABLE users IN EXCLUSIVE MODE');
    if ((await manager.count(UserAccount)) > 0) return false;
    const departments = new Map<string, Department>();
    for (const namaDivisi of DEPARTMENTS) {
      const existing = await manager.findOneBy(Department, { namaDivisi });
      departments.set(
        namaDivisi,
        existing ?? (await manager.save(manager.create(Department, { namaDivisi }))),
      );
    }
    const jabatan = new Map<string, Jabatan>();
    for (const entry of JABATAN) {
      const departmentId = departments.get(entry.department)?.id ?? null;
      const existing = await manager.findOneBy(Jabatan, {
        namaJabatan: entry.namaJabatan,
        departmentId: departmentId ?? undefined,
      });
      jabatan.set(
        entry.namaJabatan,
        existing ??
          (await manager.save(manager.create(Jabatan, { namaJabatan: entry.namaJabatan, departmentId }))),
      );
    }
    for (const shift of SHIFTS) {
      if (!(await manager.existsBy(Shift, { namaShift: shift.namaShift })))
        await manager.save(manager.create(Shift, shift));
    }
    for (const [index, user] of SEED_USERS.entries()) {
      const account = await manager.save(
        manager.create(UserAccount, {
          username: user.nik,
          passwordHash: hashes[index],
          roleAccess: user.role,
        }),
      );
      await manager.save(
        manager.create(Karyawan, {
          userId: account.id,
          nomorIndukKaryawan: user.nik,
          namaLengkap: user.nama,
          roleAccess: user.role,
          departmentId: departments.get(user.department)?.id ?? null,
          jabatanId: jabatan.get(user.jabatan)?.id ?? null,
          isActive: true,
        }),
      );
    }
    return true;
  });
}
