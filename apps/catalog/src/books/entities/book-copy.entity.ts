import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Book } from './book.entity';

export type CopyStatus = 'available' | 'reserved';

/** A physical copy. `rentalId` is set while a rental holds it: one rental, one copy. */
@Entity({ name: 'book_copies' })
export class BookCopy {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'book_id' })
  bookId!: string;

  @ManyToOne(() => Book, (book) => book.copies)
  @JoinColumn({ name: 'book_id' })
  book?: Book;

  @Column('text')
  status!: CopyStatus;

  @Column('uuid', { name: 'rental_id', nullable: true })
  rentalId!: string | null;
}
