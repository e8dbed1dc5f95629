import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Marks an event as applied by a consumer group; written in the same transaction as the effect. */
@Entity({ name: 'processed_messages' })
export class ProcessedMessage {
  @PrimaryColumn('text', { name: 'consumer_group' })
  consumerGroup!: string;

  @PrimaryColumn('uuid', { name: 'event_id' })
  eventId!: string;

  @Column('timestamptz', { name: 'processed_at', default: () => 'now()' })
  processedAt!: Date;
}
