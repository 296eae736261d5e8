// Taking over the original (Prisma) system's database: recognising it, and bringing it to the shape this project's
// InitialSchema creates, inside the migrations' one transaction. Facts: DOMAIN.md, "The original's database".
import { QueryRunner } from 'typeorm';
import { ORIGINAL_TABLE_INDEXES, PROJECT_TABLES } from './initial-schema.sql';

/**
 * Start-up refuses the database: it is not one this server can run on, or adopting it failed (and, the adoption
 * being one transaction, changed nothing). The process entry prints only the message.
 */
export class DatabaseRefusedError extends Error {
  override name = 'DatabaseRefusedError';
}

/** The original system's tables (InitialSchema creates the same ones on an empty database). */
export const ORIGINAL_TABLES = [
  'users',
  'master_department',
  'master_jabatan',
  'master_shift',
  'master_lokasi',
  'master_karyawan',
  'transaction_pesanan',
  'log_audit_trail',
];
const ORIGINAL_ENUM_TYPES = ['RoleAccess', 'StatusPesanan', 'ApprovalStatus'];
/**
 * Whether the current schema holds the original system's database: its Prisma bookkeeping table, its tables and
 * its enum types (database-contents.ts decides what else a database may be).
 */
export async function isOriginalDatabase(runner: QueryRunner): Promise<boolean> {
  const rows: { relname: string }[] = await runner.query(
    `SELECT relname FROM pg_class WHERE relnamespace = current_schema()::regnamespace AND relkind IN ('r', 'p')`,
  );
  const tables = rows.map((row) => row.relname);
  if (!tables.includes('_prisma_migrations')) return false;
  if (!ORIGINAL_TABLES.every((table) => tables.includes(table))) return false;
  const [row] = await runner.query(
    `SELECT count(*)::int AS found FROM pg_type
      WHERE typnamespace = current_schema()::regnamespace AND typtype = 'e' AND typname = ANY($1)`,
    [ORIGINAL_ENUM_TYPES],
  );
  return row.found === ORIGINAL_ENUM_TYPES.length;
}

/** Whether this database was adopted from the original (its Prisma bookkeeping table is kept). */
export async function isAdoptedDatabase(runner: QueryRunner): Promise<boolean> {
  const [row] = await runner.query(`SELECT to_regclass('_prisma_migrations') IS NOT NULL AS adopted`);
  return row.adopted === true;
}

/**
 * Brings an original database to the shape of InitialSchema (plus what later migrations change to the original's
 * own widths: nama_lengkap varchar(150), a nullable master_karyawan.user_id, created_at/updated_at on every
 * original table), so that every later migration runs on it exactly as on a database this project created:
 * - nothing of the original is dropped or renamed: its enum types ("RoleAccess", shared by both role columns;
 *   "StatusPesanan" also types status_sebelum_persetujuan), its Prisma-named unique indexes, foreign keys and
 *   extra indexes stay; only what is missing is added, InitialSchema's indexes under InitialSchema's names.
 *   A foreign key whose ON DELETE differs from this project's (Prisma's SET NULL on optional references) is
 *   re-created under its own name with this project's action, so that deleting referenced master data is a
 *   CONFLICT here as on a fresh database. Hence later migrations may refer to InitialSchema's index names and
 *   columns, never to its enum type or constraint names: look a column's type up (`columnType`) and add enum
 *   values with ADD VALUE IF NOT EXISTS (one type may serve two columns);
 * - columns: the project's ones added, timestamps made timestamptz (a Prisma `timestamp` holds UTC), kode_pesanan
 *   widened to 50, defaults as in InitialSchema (updated_at gets DEFAULT now(): the original's server wrote it,
 *   this one relies on the default on insert and on TypeORM's update-date columns on update);
 * - data: every row kept; order-code counters continue after the highest code of each date; requests without a
 *   type get one (quantity unchanged → REJECT, else EDIT) and pending ones the previous status MENUNGGU; audit
 *   rows naming an order code get it in kode_pesanan (orderHistory reads that column); free-text aksi kept.
 * Rows this project's constraints forbid are not changed but refused with PostgreSQL's message (e.g. two jabatan
 * of one name without a department, allowed by the original's plain unique index; a quantity outside 1..1000):
 * a failure rolls the whole transaction back and is reported as a DatabaseRefusedError saying why.
 */
export async function adoptOriginalDatabase(runner: QueryRunner): Promise<void> {
  try {
    await convertTimestamps(runner);
    await completeEnumTypes(runner);
    await addProjectColumns(runner);
    await addMissingConstraints(runner);
    await runner.query(ORIGINAL_TABLE_INDEXES);
    await runner.query(PROJECT_TABLES);
    await completeData(runner);
  } catch (error) {
    throw new DatabaseRefusedError(
      `Adopting the original system's database failed, so nothing in it was changed: ${describe(error)}`,
    );
  }
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const detail = 'detail' in error && typeof error.detail === 'string' ? ` (${error.detail})` : '';
  return `${error.message}${detail}`;
}

/** The original's timestamp columns as timestamptz with microseconds, like every instant of this project. */
async function convertTimestamps(runner: QueryRunner): Promise<void> {
  const columns: { table: string; column: string; withZone: boolean }[] = await runner.query(
    `SELECT table_name AS "table", column_name AS "column", data_type = 'timestamp with time zone' AS "withZone"
       FROM information_schema.columns
      WHERE table_schema = current_schema() AND table_name = ANY($1)
        AND data_type IN ('timestamp with time zone', 'timestamp without time zone')
        AND (data_type = 'timestamp without time zone' OR datetime_precision <> 6)
      ORDER BY table_name, ordinal_position`,
    [ORIGINAL_TABLES],
  );
  for (const { table, column, withZone } of columns) {
    const name = runner.connection.driver.escape(column);
    const using = withZone ? name : `${name} AT TIME ZONE 'UTC'`;
    await runner.query(`ALTER TABLE ${table} ALTER COLUMN ${name} TYPE timestamptz USING ${using}`);
  }
}

/** The SQL name of a column's type ("StatusPesanan" on the original, whatever it is elsewhere). */
export async function columnType(runner: QueryRunner, table: string, column: string): Promise<string> {
  const [row] = await runner.query(
    `SELECT format_type(atttypid, atttypmod) AS type FROM pg_attribute WHERE attrelid = $1::regclass AND attname = $2`,
    [table, column],
  );
  if (!row) throw new Error(`Column ${table}.${column} does not exist`);
  return row.type;
}

const ENUM_VALUES: [table: string, column: string, values: string[]][] = [
  ['users', 'role_access', ['administrator', 'employee', 'dapur', 'delivery']],
  ['master_karyawan', 'role_access', ['administrator', 'employee', 'dapur', 'delivery']],
  [
    'transaction_pesanan',
    'status_pesanan',
    ['MENUNGGU', 'IN_PROGRESS', 'READY', 'ON_DELIVERY', 'COMPLETE', 'DITOLAK', 'MENUNGGU_PERSETUJUAN'],
  ],
  ['transaction_pesanan', 'approval_status', ['PENDING', 'APPROVED', 'REJECTED']],
];

/** An older original may lack a value; the original's types are kept and only completed. */
async function completeEnumTypes(runner: QueryRunner): Promise<void> {
  for (const [table, column, values] of ENUM_VALUES) {
    const type = await columnType(runner, table, column);
    for (const value of values) await runner.query(`ALTER TYPE ${type} ADD VALUE IF NOT EXISTS '${value}'`);
  }
}

async function addProjectColumns(runner: QueryRunner): Promise<void> {
  for (const table of ORIGINAL_TABLES) {
    for (const column of ['created_at', 'updated_at']) {
      const [found] = await runner.query(
        `SELECT 1 FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = $1 AND column_name = $2`,
        [table, column],
      );
      if (found) await runner.query(`ALTER TABLE ${table} ALTER COLUMN ${column} SET DEFAULT now()`);
    }
  }
  const statusType = await columnType(runner, 'transaction_pesanan', 'status_pesanan');
  await runner.query(`
    ALTER TABLE users ADD COLUMN IF NOT EXISTS must_change_password boolean NOT NULL DEFAULT false;
    ALTER TABLE master_department ADD COLUMN IF NOT EXISTS keterangan text;
    ALTER TABLE master_jabatan ADD COLUMN IF NOT EXISTS keterangan text;
    ALTER TABLE master_shift ADD COLUMN IF NOT EXISTS keterangan text;
    ALTER TABLE master_lokasi ADD COLUMN IF NOT EXISTS keterangan text,
      ADD COLUMN IF NOT EXISTS is_active boolean NOT NULL DEFAULT true;
    ALTER TABLE master_karyawan ADD COLUMN IF NOT EXISTS keterangan text,
      ALTER COLUMN role_access DROP DEFAULT;
    CREATE TYPE transaction_pesanan_approval_request_type_enum AS ENUM ('REJECT', 'EDIT');
    ALTER TABLE transaction_pesanan
      ALTER COLUMN kode_pesanan TYPE varchar(50),
      ALTER COLUMN tanggal_pesanan DROP DEFAULT,
      ALTER COLUMN status_pesanan SET DEFAULT 'MENUNGGU',
      ALTER COLUMN requires_approval SET DEFAULT false,
      ALTER COLUMN waktu_dibuat SET DEFAULT now(),
      ADD COLUMN approval_request_type transaction_pesanan_approval_request_type_enum,
      ADD COLUMN status_sebelum_persetujuan ${statusType},
      ADD COLUMN requested_by_id integer,
      ADD COLUMN version integer NOT NULL DEFAULT 1;
    ALTER TABLE log_audit_trail
      ALTER COLUMN "timestamp" SET DEFAULT now(),
      ADD COLUMN kode_pesanan varchar(50),
      ADD COLUMN metadata jsonb;
  `);
}

type OnDelete = 'NO ACTION' | 'CASCADE' | 'SET NULL';
/** pg_constraint.confdeltype of each action; RESTRICT ('r') refuses a delete like NO ACTION does. */
const DELETE_TYPES: Record<OnDelete, string[]> = {
  'NO ACTION': ['a', 'r'],
  CASCADE: ['c'],
  'SET NULL': ['n'],
};

/** InitialSchema's foreign keys: [table, column, referenced table, constraint name, ON DELETE action]. */
const FOREIGN_KEYS: [string, string, string, string, OnDelete][] = [
  ['master_jabatan', 'department_id', 'master_department', 'fk_master_jabatan_department', 'NO ACTION'],
  ['master_karyawan', 'user_id', 'users', 'fk_master_karyawan_user', 'CASCADE'],
  ['master_karyawan', 'department_id', 'master_department', 'fk_master_karyawan_department', 'NO ACTION'],
  ['master_karyawan', 'jabatan_id', 'master_jabatan', 'fk_master_karyawan_jabatan', 'NO ACTION'],
  ['transaction_pesanan', 'karyawan_pemesan_id', 'master_karyawan', 'fk_pesanan_pemesan', 'NO ACTION'],
  ['transaction_pesanan', 'department_pemesan_id', 'master_department', 'fk_pesanan_department', 'NO ACTION'],
  ['transaction_pesanan', 'shift_id', 'master_shift', 'fk_pesanan_shift', 'NO ACTION'],
  ['transaction_pesanan', 'requested_by_id', 'master_karyawan', 'fk_pesanan_requested_by', 'NO ACTION'],
  ['transaction_pesanan', 'approved_by_id', 'master_karyawan', 'fk_pesanan_approved_by', 'NO ACTION'],
  ['log_audit_trail', 'user_id', 'master_karyawan', 'fk_audit_user', 'SET NULL'],
];

/** InitialSchema's unique constraints: [table, column, constraint name]. */
const UNIQUE_COLUMNS: [string, string, string][] = [
  ['users', 'username', 'uq_users_username'],
  ['master_department', 'nama_divisi', 'uq_master_department_nama_divisi'],
  ['master_shift', 'nama_shift', 'uq_master_shift_nama_shift'],
  ['master_lokasi', 'nama_lokasi', 'uq_master_lokasi_nama_lokasi'],
  ['master_karyawan', 'user_id', 'uq_master_karyawan_user'],
  ['master_karyawan', 'nomor_induk_karyawan', 'uq_master_karyawan_nik'],
  ['transaction_pesanan', 'kode_pesanan', 'uq_transaction_pesanan_kode'],
];

/**
 * Adds InitialSchema's foreign keys and unique constraints where the original has no equivalent one (same
 * column and referenced table, or a plain unique index on the column), and the quantity check.
 */
async function addMissingConstraints(runner: QueryRunner): Promise<void> {
  for (const [table, column, referenced, name, onDelete] of FOREIGN_KEYS) {
    const [found]: { name: string; deleteType: string; onUpdate: string }[] = await runner.query(
      `SELECT conname AS name, confdeltype AS "deleteType",
              CASE confupdtype WHEN 'c' THEN 'CASCADE' WHEN 'n' THEN 'SET NULL' WHEN 'd' THEN 'SET DEFAULT'
                               WHEN 'r' THEN 'RESTRICT' ELSE 'NO ACTION' END AS "onUpdate"
         FROM pg_constraint
        WHERE contype = 'f' AND conrelid = $1::regclass AND confrelid = $2::regclass
          AND conkey = ARRAY[(SELECT attnum FROM pg_attribute WHERE attrelid = $1::regclass AND attname = $3)]`,
      [table, referenced, column],
    );
    if (found && DELETE_TYPES[onDelete].includes(found.deleteType)) continue;
    // The original's ON DELETE SET NULL would let deleting a referenced department or jabatan succeed where this
    // server answers CONFLICT: re-created under its own name with this project's action (ON UPDATE kept).
    const [constraintName, onUpdate] = found
      ? [runner.connection.driver.escape(found.name), `ON UPDATE ${found.onUpdate}`]
      : [name, ''];
    if (found) await runner.query(`ALTER TABLE ${table} DROP CONSTRAINT ${constraintName}`);
    await runner.query(
      `ALTER TABLE ${table} ADD CONSTRAINT ${constraintName} FOREIGN KEY (${column}) REFERENCES ${referenced} (id)
         ON DELETE ${onDelete} ${onUpdate}`,
    );
  }
  for (const [table, column, name] of UNIQUE_COLUMNS) {
    const [found] = await runner.query(
      `SELECT 1 FROM pg_index
        WHERE indrelid = $1::regclass AND indisunique AND indpred IS NULL AND indexprs IS NULL AND indnatts = 1
          AND indkey[0] = (SELECT attnum FROM pg_attribute WHERE attrelid = $1::regclass AND attname = $2)`,
      [table, column],
    );
    if (!found) await runner.query(`ALTER TABLE ${table} ADD CONSTRAINT ${name} UNIQUE (${column})`);
  }
  await runner.query(
    'ALTER TABLE transaction_pesanan ADD CONSTRAINT ck_pesanan_jumlah CHECK (jumlah_pesanan BETWEEN 1 AND 1000)',
  );
}

const ORDER_CODE = 'PM-[0-9]{8}-[0-9]+';

async function completeData(runner: QueryRunner): Promise<void> {
  // Literals only: no enum type named, whichever type the columns have.
  await runner.query(`
    UPDATE transaction_pesanan SET status_sebelum_persetujuan = 'MENUNGGU'
     WHERE approval_status = 'PENDING' AND approval_request_type IS NULL;
    UPDATE transaction_pesanan SET approval_request_type = 'REJECT'
     WHERE approval_status IS NOT NULL AND approval_request_type IS NULL
       AND (jumlah_pesanan_awal IS NULL OR jumlah_pesanan_awal = jumlah_pesanan);
    UPDATE transaction_pesanan SET approval_request_type = 'EDIT'
     WHERE approval_status IS NOT NULL AND approval_request_type IS NULL;
  `);
  await runner.query(
    `INSERT INTO order_code_counter (tanggal, last_value)
     SELECT to_date(substring(kode_pesanan FROM 4 FOR 8), 'YYYYMMDD'), max(substring(kode_pesanan FROM 13)::int)
       FROM transaction_pesanan WHERE kode_pesanan ~ '^PM-[0-9]{8}-[0-9]{1,9}$'
      GROUP BY 1`,
  );
  await runner.query(
    `UPDATE log_audit_trail SET kode_pesanan = substring(detail FROM $1)
      WHERE kode_pesanan IS NULL AND detail ~ $1`,
    [ORDER_CODE],
  );
}
