import { MigrationInterface, QueryRunner } from 'typeorm';
import { ENUM_TYPES, ORIGINAL_TABLE_INDEXES, ORIGINAL_TABLES, PROJECT_TABLES } from './initial-schema.sql';
import { classifyDatabase } from './database-contents';
import { adoptOriginalDatabase, isAdoptedDatabase } from './original-database';

/**
 * The original system's tables with their original names (so this server can run on a database the original
 * created), plus what this project adds: approval request columns, row version, audit kode_pesanan/metadata,
 * refresh tokens, the per-date order code counter and failed-login attempts.
 *
 * On an empty database it creates them. On a database of the original (Prisma) system it adopts that database
 * instead (./original-database.ts): the original's tables are kept and brought to the shape created here, in the
 * same transaction as every other migration. Anything else is refused before a statement changes it (migrate()
 * classifies the database before any migration runs; this check repeats it for the TypeORM CLI).
 */
export class InitialSchema1764115200000 implements MigrationInterface {
  name = 'InitialSchema1764115200000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const known = queryRunner.connection.migrations.map((migration) => migration.name ?? '');
    const kind = await classifyDatabase(queryRunner, known);
    if (kind === 'original') {
      await adoptOriginalDatabase(queryRunner);
      return;
    }
    if (kind !== 'empty') throw new Error(`InitialSchema is pending on a database classified as ${kind}`);
    await queryRunner.query(ENUM_TYPES);
    await queryRunner.query(ORIGINAL_TABLES);
    await queryRunner.query(ORIGINAL_TABLE_INDEXES);
    await queryRunner.query(PROJECT_TABLES);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    if (await isAdoptedDatabase(queryRunner)) {
      throw new Error('InitialSchema cannot be reverted on a database adopted from the original system');
    }
    await queryRunner.query(`
      DROP TABLE login_attempt, order_code_counter, refresh_token, log_audit_trail, transaction_pesanan,
        master_karyawan, master_lokasi, master_shift, master_jabatan, master_department, users;
      DROP TYPE transaction_pesanan_approval_request_type_enum, transaction_pesanan_approval_status_enum,
        transaction_pesanan_status_pesanan_enum, master_karyawan_role_access_enum, users_role_access_enum;
    `);
  }
}
