import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateBooks1732406400200 implements MigrationInterface {
  name = 'CreateBooks1732406400200';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE books (
        id         uuid PRIMARY KEY,
        title      text NOT NULL,
        author     text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      CREATE TABLE book_copies (
        id        uuid PRIMARY KEY,
        book_id   uuid NOT NULL REFERENCES books (id),
        status    text NOT NULL CHECK (status IN ('available', 'reserved')),
        rental_id uuid UNIQUE,
        CHECK ((status = 'reserved') = (rental_id IS NOT NULL))
      )`);
    await queryRunner.query(
      `CREATE INDEX book_copies_free ON book_copies (book_id) WHERE status = 'available'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE book_copies`);
    await queryRunner.query(`DROP TABLE books`);
  }
}
