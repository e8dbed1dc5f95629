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

  /** Since when the station has been at or above the utilisation threshold. */
  @Column('timestamptz', { name: 'saturated_since', nullable: true })
  saturatedSince!: Date | null;

  /** Set while a capacity alert is raised for the station. */
  @Column('timestamptz', { name: 'capacity_alert_raised_at', nullable: true })
  capacityAlertRaisedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
