import type { ServiceDatabase } from '@lib/database';
import { messagingEntities, MessagingTables1732406400000 } from '@lib/messaging';
import { BookCopy } from './books/entities/book-copy.entity';
import { Book } from './books/entities/book.entity';
import { CreateBooks1732406400200 } from './migrations/1732406400200-create-books';
import { SeedBooks1732406400201 } from './migrations/1732406400201-seed-books';

export const catalogDatabase: ServiceDatabase = {
  entities: [Book, BookCopy, ...messagingEntities],
  migrations: [MessagingTables1732406400000, CreateBooks1732406400200, SeedBooks1732406400201],
};
