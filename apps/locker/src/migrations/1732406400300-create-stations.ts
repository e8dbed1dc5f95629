import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateStations1732406400300 implements MigrationInterface {
  name = 'CreateStations1732406400300';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE stations (
        id         uuid PRIMARY KEY,
        name       text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      CREATE TABLE slots (
        id          bigserial PRIMARY KEY,
        station_id  uuid NOT NULL REFERENCES stations (id),
        slot_number int NOT NULL CHECK (slot_number > 0),
        rental_id   uuid UNIQUE,
        UNIQUE (station_id, slot_number)
      )`);
    await queryRunner.query(
      `CREATE INDEX slots_free ON slots (station_id, slot_number) WHERE rental_id IS NULL`,
    );
    await queryRunner.query(`
      CREATE TABLE waitlist_entries (
        id         bigserial PRIMARY KEY,
        station_id uuid NOT NULL REFERENCES stations (id),
        rental_id  uuid NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      `CREATE INDEX waitlist_by_station ON waitlist_entries (station_id, id)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE waitlist_entries`);
    await queryRunner.query(`DROP TABLE slots`);
    await queryRunner.query(`DROP TABLE stations`);
  }
}
