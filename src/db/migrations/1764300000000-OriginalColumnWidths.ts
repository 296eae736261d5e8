import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the original system's database allows, on a database this project created too, so that both have one
 * shape (test/adoption.test.ts compares them) and every later migration runs the same on both:
 * - master_karyawan.nama_lengkap varchar(150) (the original's width; validation accepts 150 characters);
 * - master_karyawan.user_id nullable: a karyawan without a login (orders may reference them; they cannot sign in);
 * - created_at/updated_at on orders and audit rows, which the original has on every table.
 * On an adopted database every statement finds its change made already.
 */
export class OriginalColumnWidths1764300000000 implements MigrationInterface {
  name = 'OriginalColumnWidths1764300000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE master_karyawan ALTER COLUMN nama_lengkap TYPE varchar(150), ALTER COLUMN user_id DROP NOT NULL;
      ALTER TABLE transaction_pesanan
        ADD COLUMN IF NOT EXISTS created_at timestamptz NOT NULL DEFAULT now(),
        ADD COLUMN IF NOT EXISTS updated_at timestamptz NOT NULL DEFAULT now();
      ALTER TABLE log_audit_trail
        ADD COLUMN IF NOT EXISTS created_at timestamptz NOT NULL DEFAULT now(),
        ADD COLUMN IF NOT EXISTS updated_at timestamptz NOT NULL DEFAULT now();
    `);
  }

  public async down(): Promise<void> {
    // Narrowing nama_lengkap or requiring a login could fail on kept rows: not reverted.
  }
}
