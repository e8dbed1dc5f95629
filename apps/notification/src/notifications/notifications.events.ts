import { EventConsumer, KafkaClient } from '@lib/messaging';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { noticeEvents } from './notice';
import { Notifier, RETRY_TOPIC } from './notifier';

@Injectable()
export class NotificationsEvents implements OnModuleInit {
  constructor(
    private readonly consumer: EventConsumer,
    private readonly kafka: KafkaClient,
    private readonly notifier: Notifier,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.kafka.ensureOwnTopic(RETRY_TOPIC, 1);
    this.consumer.subscribe(RETRY_TOPIC);
    for (const definition of noticeEvents)
      this.consumer.onEffect(definition, (event, message) => this.notifier.notify(event, message));
  }
}
