import type { MigrationInterface, QueryRunner } from 'typeorm';

export class PickupReminder1732406400102 implements MigrationInterface {
  name = 'PickupReminder1732406400102';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE rentals ADD COLUMN pickup_reminded_at timestamptz`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE rentals DROP COLUMN pickup_reminded_at`);
  }
}
