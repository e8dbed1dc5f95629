import {
  Column,
  CreateDateColumn,
  Entity,
  OneToMany,
  PrimaryColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import type { RentalStatus } from '../rental-status';
import { RentalHistoryEntry } from './rental-history-entry.entity';

@Entity({ name: 'rentals' })
export class Rental {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('text', { name: 'reader_id' })
  readerId!: string;

  @Column('uuid', { name: 'book_id' })
  bookId!: string;

  @Column('uuid', { name: 'station_id' })
  stationId!: string;

  @Column('text')
  status!: RentalStatus;

  @Column('uuid', { name: 'copy_id', nullable: true })
  copyId!: string | null;

  @Column('int', { name: 'slot_number', nullable: true })
  slotNumber!: number | null;

  /** Set while the book waits in its slot; cleared once the code is used or void. */
  @Column('text', { name: 'pickup_code', nullable: true })
  pickupCode!: string | null;

  /** When an uncollected rental expires and gives its slot and copy back. */
  @Column('timestamptz', { name: 'pickup_expires_at', nullable: true })
  pickupExpiresAt!: Date | null;

  /** When the reader was reminded that the deadline is near; a reminder goes once. */
  @Column('timestamptz', { name: 'pickup_reminded_at', nullable: true })
  pickupRemindedAt!: Date | null;

  @OneToMany(() => RentalHistoryEntry, (entry) => entry.rental)
  history?: RentalHistoryEntry[];

  @VersionColumn()
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
