import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Canteen rules: a per-shift ordering cut-off (`master_shift.batas_pesan_menit`, null = none), the cancelled
 * status DIBATALKAN and the cancellation's time and reason on orders.
 *
 * The status enum type is looked up from the column, because a database adopted from the original system names
 * it "StatusPesanan". The new value is only added here, never used: all migrations run in one transaction, and
 * PostgreSQL refuses a value added by ALTER TYPE ... ADD VALUE until that transaction has committed.
 */
export class CanteenRules1764500000000 implements MigrationInterface {
  name = 'CanteenRules1764500000000';

  private async statusType(queryRunner: QueryRunner): Promise<string> {
    const [row]: { type: string }[] = await queryRunner.query(
      `SELECT atttypid::regtype::text AS type FROM pg_attribute
        WHERE attrelid = 'transaction_pesanan'::regclass AND attname = 'status_pesanan'`,
    );
    return row.type;
  }

  public async up(queryRunner: QueryRunner): Promise<void> {
    // regtype::text is already quoted where the name needs it ("StatusPesanan").
    await queryRunner.query(
      `ALTER TYPE ${await this.statusType(queryRunner)} ADD VALUE IF NOT EXISTS 'DIBATALKAN'`,
    );
    await queryRunner.query(`
      ALTER TABLE master_shift ADD COLUMN IF NOT EXISTS batas_pesan_menit integer
        CONSTRAINT ck_master_shift_batas_pesan_menit CHECK (batas_pesan_menit BETWEEN 0 AND 1440);
      ALTER TABLE transaction_pesanan
        ADD COLUMN IF NOT EXISTS waktu_dibatalkan timestamptz,
        ADD COLUMN IF NOT EXISTS alasan_pembatalan text;
    `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    // PostgreSQL cannot drop an enum value; DIBATALKAN stays in the type, unused once the columns are gone.
    await queryRunner.query(`
      ALTER TABLE transaction_pesanan DROP COLUMN alasan_pembatalan, DROP COLUMN waktu_dibatalkan;
      ALTER TABLE master_shift DROP COLUMN batas_pesan_menit;
    `);
  }
}
