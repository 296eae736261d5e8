import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes for the reports, exports and the audit trail viewer, chosen with EXPLAIN on 1,000,000 orders
 * and 5,000,000 audit rows (bench/report-plans.ts; results in docs/REPORTS.md):
 * - consumption and department reports read one covering index (index-only scans) instead of the table;
 * - the performance report reads a partial covering index of COMPLETE orders only;
 * - the rejection report and pending approvals page and stream newest first from partial indexes of orders
 *   with a request, ending in id so that keyset batches need no sort;
 * - audit filters by action or user end in (timestamp, id) for the same reason;
 * - the audit search (ILIKE '%text%' on aksi or detail) uses trigram GIN indexes (pg_trgm, a trusted extension).
 */
export class ReportIndexes1764288000000 implements MigrationInterface {
  name = 'ReportIndexes1764288000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE EXTENSION IF NOT EXISTS pg_trgm;

      DROP INDEX ix_pesanan_tanggal;
      CREATE INDEX ix_pesanan_tanggal_report ON transaction_pesanan (tanggal_pesanan)
        INCLUDE (status_pesanan, jumlah_pesanan, department_pemesan_id, shift_id);
      CREATE INDEX ix_pesanan_complete_tanggal ON transaction_pesanan (tanggal_pesanan)
        INCLUDE (department_pemesan_id, shift_id, waktu_dibuat, waktu_diproses, waktu_siap, waktu_diantar, waktu_selesai)
        WHERE status_pesanan = 'COMPLETE';

      DROP INDEX ix_pesanan_approval;
      CREATE INDEX ix_pesanan_approval ON transaction_pesanan (approval_status, waktu_dibuat DESC, id DESC)
        WHERE approval_status IS NOT NULL;
      CREATE INDEX ix_pesanan_requests_created ON transaction_pesanan (waktu_dibuat DESC, id DESC)
        WHERE approval_status IS NOT NULL;

      DROP INDEX ix_audit_aksi_timestamp;
      CREATE INDEX ix_audit_aksi_timestamp ON log_audit_trail (aksi, "timestamp" DESC, id DESC);
      DROP INDEX ix_audit_user_timestamp;
      CREATE INDEX ix_audit_user_timestamp ON log_audit_trail (user_id, "timestamp" DESC, id DESC);
      CREATE INDEX ix_audit_detail_trgm ON log_audit_trail USING gin (detail gin_trgm_ops);
      CREATE INDEX ix_audit_aksi_trgm ON log_audit_trail USING gin (aksi gin_trgm_ops);
    `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP INDEX ix_audit_aksi_trgm, ix_audit_detail_trgm, ix_audit_user_timestamp, ix_audit_aksi_timestamp,
        ix_pesanan_requests_created, ix_pesanan_approval, ix_pesanan_complete_tanggal, ix_pesanan_tanggal_report;
      CREATE INDEX ix_audit_user_timestamp ON log_audit_trail (user_id, "timestamp" DESC);
      CREATE INDEX ix_audit_aksi_timestamp ON log_audit_trail (aksi, "timestamp" DESC);
      CREATE INDEX ix_pesanan_approval ON transaction_pesanan (approval_status, waktu_dibuat DESC)
        WHERE approval_status IS NOT NULL;
      CREATE INDEX ix_pesanan_tanggal ON transaction_pesanan (tanggal_pesanan);
    `);
  }
}
