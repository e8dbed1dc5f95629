import { Column, CreateDateColumn, Entity, OneToMany, PrimaryColumn } from 'typeorm';
import { BookCopy } from './book-copy.entity';

@Entity({ name: 'books' })
export class Book {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('text')
  title!: string;

  @Column('text')
  author!: string;

  @OneToMany(() => BookCopy, (copy) => copy.book)
  copies?: BookCopy[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
