import { EventConsumer, KafkaClient } from '@lib/messaging';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { noticeEvents } from './notice';
import { Notifier, RETRY_TOPIC } from './notifier';

@Injectable()
export class NotificationsEvents implements OnModuleInit {
  constructor(
    private readonly consumer: EventConsumer,
    private readonly notifier: Notifier,
    kafka: KafkaClient,
  ) {
    kafka.registerOwnTopic(RETRY_TOPIC, 1);
  }

  onModuleInit(): void {
    this.consumer.subscribe(RETRY_TOPIC);
    for (const definition of noticeEvents)
      this.consumer.onEffect(definition, (event, message) => this.notifier.notify(event, message));
  }
}
