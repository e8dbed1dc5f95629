import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Demo titles with fixed ids, so the demo and the docs can name them. */
export const seedBooks = [
  {
    id: '11111111-1111-4111-8111-111111111101',
    title: 'Release It!',
    author: 'Michael T. Nygard',
    copies: 3,
  },
  {
    id: '11111111-1111-4111-8111-111111111102',
    title: 'Production-Ready Microservices',
    author: 'Susan J. Fowler',
    copies: 2,
  },
  {
    id: '11111111-1111-4111-8111-111111111103',
    title: 'Designing Data-Intensive Applications',
    author: 'Martin Kleppmann',
    copies: 1,
  },
];

export class SeedBooks1732406400201 implements MigrationInterface {
  name = 'SeedBooks1732406400201';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const book of seedBooks) {
      await queryRunner.query(`INSERT INTO books (id, title, author) VALUES ($1, $2, $3)`, [
        book.id,
        book.title,
        book.author,
      ]);
      await queryRunner.query(
        `INSERT INTO book_copies (id, book_id, status)
         SELECT gen_random_uuid(), $1, 'available' FROM generate_series(1, $2)`,
        [book.id, book.copies],
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const ids = seedBooks.map((book) => book.id);
    await queryRunner.query(`DELETE FROM book_copies WHERE book_id = ANY($1)`, [ids]);
    await queryRunner.query(`DELETE FROM books WHERE id = ANY($1)`, [ids]);
  }
}
