export { decodeEventMessage, type DecodedMessage } from './consumer/decode-event-message';
export {
  EventConsumer,
  toDeadLetter,
  type ConsumedMessage,
  type EffectHandler,
  type EventHandler,
} from './consumer/event-consumer';
export { ProcessedMessage } from './consumer/processed-message.entity';
export { UnprocessableEventError } from './consumer/unprocessable-event.error';
export { KafkaClient } from './kafka/kafka.client';
export { MessagingModule } from './messaging.module';
export { MessagingTables1732406400000 } from './messaging-tables.migration';
export { OutboxMessage } from './outbox/outbox-message.entity';
export {
  OutboxRelay,
  toOutboundMessage,
  type MessagePublisher,
  type OutboundMessage,
} from './outbox/outbox-relay';
export { Outbox } from './outbox/outbox.service';
export { TypeOrmOutboxStore, type OutboxBacklog } from './outbox/typeorm-outbox.store';
export type { OutboxBatch, OutboxStore, PendingMessage } from './outbox/outbox.store';

/** The messaging tables every service's database needs. */
export { messagingEntities } from './messaging.entities';
