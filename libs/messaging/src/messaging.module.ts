import { Global, Module } from '@nestjs/common';
import { EventConsumer } from './consumer/event-consumer';
import { KafkaClient } from './kafka/kafka.client';
import { Outbox } from './outbox/outbox.service';
import { OutboxRelayRunner } from './outbox/outbox-relay.runner';
import { TypeOrmOutboxStore } from './outbox/typeorm-outbox.store';

@Global()
@Module({
  providers: [KafkaClient, Outbox, TypeOrmOutboxStore, OutboxRelayRunner, EventConsumer],
  exports: [KafkaClient, Outbox, EventConsumer, TypeOrmOutboxStore],
})
export class MessagingModule {}
