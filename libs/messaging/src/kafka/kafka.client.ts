import { SERVICE_CONFIG, type ServiceConfig } from '@lib/config';
import { allTopics, deadLetterTopicOf } from '@lib/contracts';
import { Inject, Injectable, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { Kafka, logLevel, Partitioners, type Admin, type Consumer, type Producer } from 'kafkajs';
import { setTimeout as sleep } from 'node:timers/promises';
import type { MessagePublisher, OutboundMessage } from '../outbox/outbox-relay';
import { endSpans, startSendSpan } from '../tracing/message-tracing';
import { kafkaLogCreator } from './kafka-logger';

/**
 * The service's one connection to Kafka: topic names, the idempotent producer shared by the
 * outbox relay and the dead-letter path, and consumers.
 */
@Injectable()
export class KafkaClient implements MessagePublisher, OnModuleInit, OnApplicationShutdown {
  private readonly kafka: Kafka;
  private readonly producer: Producer;
  private probe?: Promise<Admin>;
  private readonly ownTopics = new Map<string, number>();

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
    await this.probe?.then((admin) => admin.disconnect()).catch(() => undefined);
  }

  /** Resolves when the cluster answers within the timeout: the readiness check. */
  async ping(timeoutMs = 2_000): Promise<void> {
    try {
      await withTimeout(
        this.admin().then((admin) => admin.describeCluster()),
        timeoutMs,
        'Kafka did not answer',
      );
    } catch (error) {
      await this.dropProbe();
      throw error;
    }
  }

  /** How far a consumer group is behind the end of each partition of its topics. */
  async consumerLag(
    groupId: string,
    topics: string[],
  ): Promise<{ topic: string; partition: number; messages: number }[]> {
    const admin = await this.admin();
    const lag: { topic: string; partition: number; messages: number }[] = [];
    const committed = await admin.fetchOffsets({ groupId, topics });
    for (const { topic, partitions } of committed) {
      const ends = await admin.fetchTopicOffsets(topic);
      for (const end of ends) {
        const mark = Number(partitions.find((p) => p.partition === end.partition)?.offset ?? -1);
        const from = mark >= 0 ? mark : Number(end.low);
        lag.push({
          topic,
          partition: end.partition,
          messages: Math.max(0, Number(end.high) - from),
        });
      }
    }
    return lag;
  }

  /** A long-lived admin client for probes; dropped after a failure so the next call reconnects. */
  private admin(): Promise<Admin> {
    this.probe ??= (async () => {
      const admin = this.kafka.admin({ retry: { retries: 0 } });
      await admin.connect();
      return admin;
    })();
    return this.probe.catch(async (error: unknown) => {
      await this.dropProbe();
      throw error;
    });
  }

  private async dropProbe(): Promise<void> {
    const probe = this.probe;
    this.probe = undefined;
    await probe?.then((admin) => admin.disconnect()).catch(() => undefined);
  }

  /** Sends the messages, one producer span each, and resolves once the broker acknowledged all. */
  async publish(messages: OutboundMessage[]): Promise<void> {
    const traced = messages.map((message) => ({
      message,
      ...startSendSpan(message.topic, message.key, message.headers),
    }));
    const byTopic = new Map<string, typeof traced>();
    for (const item of traced) {
      byTopic.set(item.message.topic, [...(byTopic.get(item.message.topic) ?? []), item]);
    }
    try {
      await this.producer.sendBatch({
        acks: -1,
        topicMessages: [...byTopic].map(([topic, group]) => ({
          topic,
          messages: group.map(({ message, headers }) => ({
            key: message.key,
            value: message.value,
            headers,
          })),
        })),
      });
      endSpans(traced.map((item) => item.span));
    } catch (error) {
      endSpans(
        traced.map((item) => item.span),
        error,
      );
      throw error;
    }
  }

  createConsumer(groupId: string): Consumer {
    return this.kafka.consumer({ groupId, allowAutoTopicCreation: false });
  }

  /**
   * A topic of the service's own (a retry topic, say), created with its dead-letter topic at
   * start-up together with the contract topics. Call it from a constructor.
   */
  registerOwnTopic(logicalTopic: string, partitions: number): void {
    this.ownTopics.set(logicalTopic, partitions);
  }

  /**
   * Creates every contract topic, every own topic, and their dead-letter topics, then waits until
   * the broker knows a leader for each: another service may have created some of them a moment
   * ago, and a consumer that subscribes before that fails.
   */
  private async ensureTopics(): Promise<void> {
    const wanted = new Map<string, number>();
    for (const topic of [...allTopics, ...this.ownTopics.keys()])
      for (const name of [topic, deadLetterTopicOf(topic)])
        wanted.set(
          this.topicName(name),
          this.ownTopics.get(topic) ?? this.config.KAFKA_TOPIC_PARTITIONS,
        );
    const admin = this.kafka.admin();
    await admin.connect();
    try {
      await createMissing(admin, wanted);
      await untilServed(admin, [...wanted.keys()]);
    } finally {
      await admin.disconnect();
    }
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>(
    (_, reject) => (timer = setTimeout(() => reject(new Error(message)), ms)),
  );
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function createMissing(admin: Admin, partitionsByTopic: Map<string, number>): Promise<void> {
  const existing = new Set(await admin.listTopics());
  const missing = [...partitionsByTopic]
    .filter(([topic]) => !existing.has(topic))
    .map(([topic, numPartitions]) => ({ topic, numPartitions }));
  if (missing.length === 0) return;
  try {
    // kafkajs would wait for leaders too, but gives up on a retriable error; untilServed does not.
    await admin.createTopics({ topics: missing, waitForLeaders: false });
  } catch (error) {
    // Two services starting together may race to create the same topic; that is fine.
    if (!isTopicAlreadyExists(error)) throw error;
  }
}

/**
 * Waits until every topic is served: metadata names a leader for each partition, and the leader
 * answers for it (metadata can name a leader a moment before it serves the partition).
 */
async function untilServed(admin: Admin, topics: string[], attempts = 40): Promise<void> {
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      const { topics: metadata } = await admin.fetchTopicMetadata({ topics });
      if (metadata.every((topic) => topic.partitions.every((p) => p.leader >= 0))) {
        await Promise.all(topics.map((topic) => admin.fetchTopicOffsets(topic)));
        return;
      }
    } catch (error) {
      if (!(error as { retriable?: boolean }).retriable) throw error;
    }
    await sleep(250);
  }
  throw new Error(`Kafka does not serve some of these topics yet: ${topics.join(', ')}`);
}

function isTopicAlreadyExists(error: unknown): boolean {
  const errors = (error as { errors?: { type?: string }[] }).errors ?? [error];
  return errors.every((item) => (item as { type?: string }).type === 'TOPIC_ALREADY_EXISTS');
}
