import type { EventEnvelope } from '@lib/contracts';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** An event waiting to be published, written in the same transaction as the state change. */
@Entity({ name: 'outbox_messages' })
export class OutboxMessage {
  /** Insertion order; the relay publishes in this order. */
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  position!: string;

  @Column('uuid', { name: 'event_id', unique: true })
  eventId!: string;

  /** Logical topic from the contracts lib; the relay adds the prefix. */
  @Column('text')
  topic!: string;

  @Column('text', { name: 'message_key' })
  messageKey!: string;

  @Column('text', { name: 'event_type' })
  eventType!: string;

  @Column('int', { name: 'event_version' })
  eventVersion!: number;

  /** The whole event envelope. */
  @Column('jsonb')
  envelope!: EventEnvelope;

  @Column('jsonb', { default: {} })
  headers!: Record<string, string>;

  @Column('timestamptz', { name: 'created_at', default: () => 'now()' })
  createdAt!: Date;

  @Column('timestamptz', { name: 'sent_at', nullable: true })
  sentAt!: Date | null;
}
