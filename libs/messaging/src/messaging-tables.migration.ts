import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The outbox and the processed-message marks; every service that uses messaging runs it. */
export class MessagingTables1732406400000 implements MigrationInterface {
  name = 'MessagingTables1732406400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE outbox_messages (
        position      bigserial PRIMARY KEY,
        event_id      uuid NOT NULL UNIQUE,
        topic         text NOT NULL,
        message_key   text NOT NULL,
        event_type    text NOT NULL,
        event_version int NOT NULL,
        envelope      jsonb NOT NULL,
        headers       jsonb NOT NULL DEFAULT '{}',
        created_at    timestamptz NOT NULL DEFAULT now(),
        sent_at       timestamptz
      )`);
    await queryRunner.query(
      `CREATE INDEX outbox_messages_unsent ON outbox_messages (position) WHERE sent_at IS NULL`,
    );
    await queryRunner.query(`
      CREATE TABLE processed_messages (
        consumer_group text NOT NULL,
        event_id       uuid NOT NULL,
        processed_at   timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (consumer_group, event_id)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE processed_messages`);
    await queryRunner.query(`DROP TABLE outbox_messages`);
  }
}
