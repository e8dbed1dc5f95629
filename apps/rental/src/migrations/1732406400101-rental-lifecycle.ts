import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The pickup deadline, and the index the expiry sweep reads. */
export class RentalLifecycle1732406400101 implements MigrationInterface {
  name = 'RentalLifecycle1732406400101';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE rentals ADD COLUMN pickup_expires_at timestamptz`);
    await queryRunner.query(
      `CREATE INDEX rentals_awaiting_pickup ON rentals (pickup_expires_at) WHERE status = 'ready_for_pickup'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX rentals_awaiting_pickup`);
    await queryRunner.query(`ALTER TABLE rentals DROP COLUMN pickup_expires_at`);
  }
}
