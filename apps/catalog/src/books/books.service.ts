import {
  CopyReservedV1,
  CopyUnavailableV1,
  createEvent,
  type EventPayload,
  type RentalRequestedV1,
} from '@lib/contracts';
import { Outbox } from '@lib/messaging';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import type { BookView } from './dto/book.view';
import type { CreateBookDto } from './dto/create-book.dto';
import { BookCopy } from './entities/book-copy.entity';
import { Book } from './entities/book.entity';

@Injectable()
export class BooksService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
  ) {}

  async list(): Promise<BookView[]> {
    return this.dataSource.query(`${BOOK_VIEW_SQL} GROUP BY b.id ORDER BY b.title`);
  }

  async findOne(id: string): Promise<BookView | undefined> {
    const rows: BookView[] = await this.dataSource.query(
      `${BOOK_VIEW_SQL} WHERE b.id = $1 GROUP BY b.id`,
      [id],
    );
    return rows[0];
  }

  async create(dto: CreateBookDto): Promise<BookView> {
    const id = randomUUID();
    await this.dataSource.transaction(async (transaction) => {
      await transaction.insert(Book, { id, title: dto.title, author: dto.author });
      const copies = Array.from({ length: dto.copies }, () => ({
        id: randomUUID(),
        bookId: id,
        status: 'available' as const,
        rentalId: null,
      }));
      if (copies.length > 0) await transaction.insert(BookCopy, copies);
    });
    return (await this.findOne(id))!;
  }

  /**
   * Reserves one free copy for a rental, or says none is free. Locking the book row makes
   * concurrent reservations of the same book take turns, so a copy is never handed out twice.
   */
  async reserveCopy(
    request: EventPayload<typeof RentalRequestedV1>,
    transaction: EntityManager,
  ): Promise<void> {
    const { rentalId, bookId } = request;
    const book = await transaction.findOne(Book, {
      where: { id: bookId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!book) {
      await this.outbox.add(
        transaction,
        createEvent(CopyUnavailableV1, rentalId, { rentalId, bookId, reason: 'unknown-book' }),
      );
      return;
    }
    const copy = await transaction.findOne(BookCopy, {
      where: { bookId, status: 'available' },
      order: { id: 'ASC' },
    });
    if (!copy) {
      await this.outbox.add(
        transaction,
        createEvent(CopyUnavailableV1, rentalId, { rentalId, bookId, reason: 'no-free-copy' }),
      );
      return;
    }
    await transaction.update(BookCopy, { id: copy.id }, { status: 'reserved', rentalId });
    await this.outbox.add(
      transaction,
      createEvent(CopyReservedV1, rentalId, { rentalId, bookId, copyId: copy.id }),
    );
  }

  /**
   * The rental ended (returned, cancelled or expired): its copy, if it held one, can be lent
   * again. A rental cancelled before any copy was reserved releases nothing.
   */
  async releaseCopy(rentalId: string, transaction: EntityManager): Promise<void> {
    await transaction.update(BookCopy, { rentalId }, { status: 'available', rentalId: null });
  }
}

const BOOK_VIEW_SQL = `
  SELECT b.id, b.title, b.author,
         count(c.id)::int AS copies,
         (count(c.id) FILTER (WHERE c.status = 'available'))::int AS "availableCopies"
    FROM books b LEFT JOIN book_copies c ON c.book_id = b.id`;
