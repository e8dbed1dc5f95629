import { Column, CreateDateColumn, Entity, OneToMany, PrimaryColumn } from 'typeorm';
import { Slot } from './slot.entity';

/** A locker station. Its capacity is the number of its slot rows. */
@Entity({ name: 'stations' })
export class Station {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('text')
  name!: string;

  @OneToMany(() => Slot, (slot) => slot.station)
  slots?: Slot[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
