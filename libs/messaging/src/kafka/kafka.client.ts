import { SERVICE_CONFIG, type ServiceConfig } from '@lib/config';
import { allTopics, deadLetterTopicOf } from '@lib/contracts';
import { Inject, Injectable, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { Kafka, logLevel, Partitioners, type Consumer, type Producer } from 'kafkajs';
import type { MessagePublisher, OutboundMessage } from '../outbox/outbox-relay';
import { kafkaLogCreator } from './kafka-logger';

/**
 * The service's one connection to Kafka: topic names, the idempotent producer shared by the
 * outbox relay and the dead-letter path, and consumers.
 */
@Injectable()
export class KafkaClient implements MessagePublisher, OnModuleInit, OnApplicationShutdown {
  private readonly kafka: Kafka;
  private readonly producer: Producer;

  constructor(@Inject(SERVICE_CONFIG) private readonly config: ServiceConfig) {
    this.kafka = new Kafka({
      clientId: config.SERVICE_NAME,
      brokers: config.KAFKA_BROKERS,
      logLevel: logLevel.WARN,
      logCreator: kafkaLogCreator,
      retry: { initialRetryTime: 300, retries: 8 },
    });
    // Idempotent: the broker drops the duplicates a producer retry would otherwise write.
    // Retries stay bounded (kafkajs warns about that) so that a relay pass fails and releases
    // its outbox rows while the broker is away; the idempotent consumers absorb any repeat.
    this.producer = this.kafka.producer({
      idempotent: true,
      maxInFlightRequests: 1,
      createPartitioner: Partitioners.DefaultPartitioner,
    });
  }

  /** The physical name of a logical topic from the contracts lib. */
  topicName(logicalTopic: string): string {
    return `${this.config.KAFKA_TOPIC_PREFIX}${logicalTopic}`;
  }

  async onModuleInit(): Promise<void> {
    await this.ensureTopics();
    await this.producer.connect();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.producer.disconnect();
  }

  async publish(messages: OutboundMessage[]): Promise<void> {
    const byTopic = new Map<string, OutboundMessage[]>();
    for (const message of messages)
      byTopic.set(message.topic, [...(byTopic.get(message.topic) ?? []), message]);
    await this.producer.sendBatch({
      acks: -1,
      topicMessages: [...byTopic].map(([topic, group]) => ({
        topic,
        messages: group.map(({ key, value, headers }) => ({ key, value, headers })),
      })),
    });
  }

  createConsumer(groupId: string): Consumer {
    return this.kafka.consumer({ groupId, allowAutoTopicCreation: false });
  }

  /** Creates every contract topic and its dead-letter topic; existing ones are left alone. */
  private async ensureTopics(): Promise<void> {
    const admin = this.kafka.admin();
    await admin.connect();
    try {
      const existing = new Set(await admin.listTopics());
      const missing = allTopics
        .flatMap((topic) => [topic, deadLetterTopicOf(topic)])
        .map((topic) => this.topicName(topic))
        .filter((topic) => !existing.has(topic));
      if (missing.length === 0) return;
      await admin.createTopics({
        waitForLeaders: true,
        topics: missing.map((topic) => ({
          topic,
          numPartitions: this.config.KAFKA_TOPIC_PARTITIONS,
        })),
      });
    } catch (error) {
      // Two services starting together may race to create the same topic; that is fine.
      if (!isTopicAlreadyExists(error)) throw error;
    } finally {
      await admin.disconnect();
    }
  }
}

function isTopicAlreadyExists(error: unknown): boolean {
  const errors = (error as { errors?: { type?: string }[] }).errors ?? [error];
  return errors.every((item) => (item as { type?: string }).type === 'TOPIC_ALREADY_EXISTS');
}
