import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Station } from './station.entity';

/** One locker slot; `rentalId` is set while a rental occupies it. */
@Entity({ name: 'slots' })
export class Slot {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id!: string;

  @Column('uuid', { name: 'station_id' })
  stationId!: string;

  @ManyToOne(() => Station, (station) => station.slots)
  @JoinColumn({ name: 'station_id' })
  station?: Station;

  @Column('int', { name: 'slot_number' })
  slotNumber!: number;

  @Column('uuid', { name: 'rental_id', nullable: true })
  rentalId!: string | null;
}
