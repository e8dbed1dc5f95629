import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateRentals1732406400100 implements MigrationInterface {
  name = 'CreateRentals1732406400100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE rentals (
        id          uuid PRIMARY KEY,
        reader_id   text NOT NULL,
        book_id     uuid NOT NULL,
        station_id  uuid NOT NULL,
        status      text NOT NULL,
        copy_id     uuid,
        slot_number int,
        pickup_code text,
        version     int NOT NULL,
        created_at  timestamptz NOT NULL DEFAULT now(),
        updated_at  timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX rentals_reader ON rentals (reader_id)`);
    await queryRunner.query(`
      CREATE TABLE rental_history (
        id        bigserial PRIMARY KEY,
        rental_id uuid NOT NULL REFERENCES rentals (id),
        status    text NOT NULL,
        detail    text,
        at        timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX rental_history_rental ON rental_history (rental_id, id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE rental_history`);
    await queryRunner.query(`DROP TABLE rentals`);
  }
}
