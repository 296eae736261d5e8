import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Export links are usable once: a download records the link's id here first, and a second download of the same
 * link (from any server process) finds it and is refused. Rows are kept until the link has expired.
 */
export class ExportLinkUses1764700000000 implements MigrationInterface {
  name = 'ExportLinkUses1764700000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE export_link_use (
        link_id varchar(64) PRIMARY KEY,
        used_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL
      );
      CREATE INDEX ix_export_link_use_expires ON export_link_use (expires_at);
    `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE export_link_use');
  }
}
