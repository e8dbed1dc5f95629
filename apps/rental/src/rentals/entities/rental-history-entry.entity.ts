import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import type { RentalStatus } from '../rental-status';
import { Rental } from './rental.entity';

/** One step of a rental's saga, as GET /rentals/:id shows it. */
@Entity({ name: 'rental_history' })
export class RentalHistoryEntry {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id!: string;

  @Column('uuid', { name: 'rental_id' })
  rentalId!: string;

  @ManyToOne(() => Rental, (rental) => rental.history)
  @JoinColumn({ name: 'rental_id' })
  rental?: Rental;

  @Column('text')
  status!: RentalStatus;

  @Column('text', { nullable: true })
  detail!: string | null;

  @CreateDateColumn({ name: 'at', type: 'timestamptz' })
  at!: Date;
}
