import type { MigrationInterface, QueryRunner } from 'typeorm';

/** What the capacity monitor remembers per station between two checks. */
export class CapacityAlerts1732406400302 implements MigrationInterface {
  name = 'CapacityAlerts1732406400302';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE stations
        ADD COLUMN saturated_since timestamptz,
        ADD COLUMN capacity_alert_raised_at timestamptz`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE stations DROP COLUMN saturated_since, DROP COLUMN capacity_alert_raised_at`);
  }
}
