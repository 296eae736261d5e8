import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The order event log (events/event-log.ts): one row per event, written in the mutation's own transaction, and
 * the one-row stream head whose update numbers events in commit order. Statuses are plain text so the migration
 * does not depend on the enum type's name (ours or the original's); the event data is JSON in a text column,
 * which holds any note the order columns hold.
 */
export class OrderEventLog1764400000000 implements MigrationInterface {
  name = 'OrderEventLog1764400000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE order_event_stream (
        id smallint PRIMARY KEY CHECK (id = 1),
        head bigint NOT NULL DEFAULT 0,
        pruned_through bigint NOT NULL DEFAULT 0
      );
      INSERT INTO order_event_stream (id) VALUES (1);
      CREATE TABLE order_event (
        seq bigint PRIMARY KEY,
        topic varchar(40) NOT NULL,
        order_id int NOT NULL,
        department_id int NOT NULL,
        owner_id int NOT NULL,
        status_before varchar(40),
        status_after varchar(40) NOT NULL,
        data text NOT NULL,
        created_at timestamptz NOT NULL
      );
      CREATE INDEX ix_order_event_created_at ON order_event (created_at);
    `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE order_event; DROP TABLE order_event_stream;');
  }
}
