import { SERVICE_CONFIG, type ServiceConfig } from '@lib/config';
import {
  deadLetterTopicOf,
  eventKey,
  type EventDefinition,
  type EventEnvelope,
  type EventPayload,
} from '@lib/contracts';
import {
  Inject,
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { metrics } from '@opentelemetry/api';
import type { Consumer, EachMessagePayload, IHeaders } from 'kafkajs';
import { DataSource, type EntityManager } from 'typeorm';
import { KafkaClient } from '../kafka/kafka.client';
import type { OutboundMessage } from '../outbox/outbox-relay';
import { withoutTraceHeaders, withProcessSpan } from '../tracing/message-tracing';
import { ConsumerMetrics, type ConsumeOutcome } from './consumer.metrics';
import { decodeEventMessage } from './decode-event-message';
import { UnprocessableEventError } from './unprocessable-event.error';

export type EventHandler<P> = (
  event: EventEnvelope<P>,
  transaction: EntityManager,
) => Promise<void>;

/** A message as it was consumed: where it came from, and its raw key, value and headers. */
export interface ConsumedMessage {
  topic: string;
  partition: number;
  offset: string;
  key: string | undefined;
  value: Buffer | null;
  headers: Record<string, string>;
}

/**
 * A handler whose effect lies outside the service's database (an e-mail, a payment), so no
 * transaction can make it happen once: it must be idempotent itself, by an idempotency key.
 */
export type EffectHandler<P> = (event: EventEnvelope<P>, message: ConsumedMessage) => Promise<void>;

type Registered =
  | { definition: EventDefinition; kind: 'transactional'; handle: EventHandler<unknown> }
  | { definition: EventDefinition; kind: 'effect'; handle: EffectHandler<unknown> };

/**
 * The service's consumer group. Features register a handler per event; each event is applied
 * at most once per group: the handler's writes and the processed mark commit in one
 * transaction, so a redelivered event finds the mark and is skipped.
 */
@Injectable()
export class EventConsumer implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(EventConsumer.name);
  private readonly metrics = new ConsumerMetrics();
  private readonly handlers = new Map<string, Registered>();
  private readonly extraTopics = new Set<string>();
  private consumer?: Consumer;
  private joined = false;

  constructor(
    private readonly kafka: KafkaClient,
    private readonly dataSource: DataSource,
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
  ) {}

  get groupId(): string {
    return this.kafka.topicName(this.config.SERVICE_NAME);
  }

  on<D extends EventDefinition>(definition: D, handle: EventHandler<EventPayload<D>>): void {
    this.handlers.set(eventKey(definition.type, definition.version), {
      definition,
      kind: 'transactional',
      handle: handle as EventHandler<unknown>,
    });
  }

  /** Registers a handler with an effect outside the database; see {@link EffectHandler}. */
  onEffect<D extends EventDefinition>(definition: D, handle: EffectHandler<EventPayload<D>>): void {
    this.handlers.set(eventKey(definition.type, definition.version), {
      definition,
      kind: 'effect',
      handle: handle as EffectHandler<unknown>,
    });
  }

  /** Also consumes a topic of the service's own (a retry topic, say), by its logical name. */
  subscribe(logicalTopic: string): void {
    this.extraTopics.add(logicalTopic);
  }

  /** Ready when it has nothing to consume or has joined its group. */
  isReady(): boolean {
    return this.handlers.size === 0 || this.joined;
  }

  async onApplicationBootstrap(): Promise<void> {
    if (this.handlers.size === 0) return;
    const consumer = this.kafka.createConsumer(this.groupId);
    consumer.on(consumer.events.GROUP_JOIN, () => (this.joined = true));
    consumer.on(consumer.events.CRASH, () => (this.joined = false));
    await consumer.connect();
    // A new group starts at the beginning so that no event written before it joined is missed.
    await consumer.subscribe({ topics: this.subscribedTopics(), fromBeginning: true });
    await consumer.run({
      partitionsConsumedConcurrently: this.config.KAFKA_PARTITIONS_CONSUMED_CONCURRENTLY,
      eachMessage: (payload) => this.onMessage(payload),
    });
    this.consumer = consumer;
    this.observeLag();
  }

  /** Stops fetching; the batch in hand finishes and its offsets are committed. */
  async beforeApplicationShutdown(): Promise<void> {
    this.joined = false;
    await this.consumer?.disconnect();
  }

  private subscribedTopics(): string[] {
    const logical = new Set<string>([
      ...[...this.handlers.values()].map(({ definition }) => definition.topic),
      ...this.extraTopics,
    ]);
    return [...logical].map((topic) => this.kafka.topicName(topic));
  }

  private onMessage({ topic, partition, message }: EachMessagePayload): Promise<void> {
    const headers = stringHeaders(message.headers);
    const key = message.key?.toString();
    const info = { topic, partition, offset: message.offset, key, groupId: this.groupId, headers };
    return withProcessSpan(info, async () => {
      const startedAt = performance.now();
      try {
        const consumed = {
          topic,
          partition,
          offset: message.offset,
          key,
          value: message.value,
          headers,
        };
        const outcome = await this.handle(consumed);
        this.metrics.record(topic, this.groupId, outcome, startedAt);
      } catch (error) {
        this.metrics.record(topic, this.groupId, 'failed', startedAt);
        this.logger.error(
          { err: error },
          `Failed ${topic}[${partition}]@${message.offset}; it will be redelivered after a backoff`,
        );
        throw error;
      }
    });
  }

  private async handle(message: ConsumedMessage): Promise<ConsumeOutcome> {
    const decoded = decodeEventMessage(message.value, (key) => this.handlers.has(key));
    if (decoded.kind === 'ignored') return 'ignored';
    if (decoded.kind === 'invalid') {
      await this.deadLetter(message, decoded.reason);
      return 'dead_lettered';
    }
    const handler = this.handlers.get(eventKey(decoded.event.type, decoded.event.version))!;
    try {
      if (handler.kind === 'effect') {
        await handler.handle(decoded.event, message);
        return 'processed';
      }
      return (await this.applyOnce(decoded.event, handler.handle)) ? 'processed' : 'duplicate';
    } catch (error) {
      if (!(error instanceof UnprocessableEventError)) throw error;
      await this.deadLetter(message, error.message);
      return 'dead_lettered';
    }
  }

  /** Returns false when this group had already applied the event. */
  private async applyOnce(event: EventEnvelope, handle: EventHandler<unknown>): Promise<boolean> {
    const applied = await this.dataSource.transaction(async (transaction) => {
      const marked: unknown[] = await transaction.query(
        `INSERT INTO processed_messages (consumer_group, event_id) VALUES ($1, $2)
         ON CONFLICT DO NOTHING RETURNING event_id`,
        [this.groupId, event.id],
      );
      if (marked.length === 0) return false;
      await handle(event, transaction);
      return true;
    });
    this.logger.log(
      `${applied ? 'Applied' : 'Skipped duplicate'} ${event.type} ${event.id} for ${event.aggregateId}`,
    );
    return applied;
  }

  private async deadLetter(message: ConsumedMessage, reason: string): Promise<void> {
    this.logger.warn(
      `Dead-lettering ${message.topic}[${message.partition}]@${message.offset}: ${reason}`,
    );
    await this.kafka.publish([toDeadLetter(message, reason, this.groupId)]);
  }

  /** Messages on the broker this group has not committed yet, per topic and partition. */
  private observeLag(): void {
    const gauge = metrics
      .getMeter('@lib/messaging')
      .createObservableGauge('messaging.kafka.consumer.lag', {
        description: 'Messages not yet committed by the consumer group',
        unit: '{message}',
      });
    gauge.addCallback(async (result) => {
      const lag = await this.kafka
        .consumerLag(this.groupId, this.subscribedTopics())
        .catch(() => []);
      for (const { topic, partition, messages } of lag) {
        result.observe(messages, {
          'messaging.destination.name': topic,
          'messaging.destination.partition.id': String(partition),
          'messaging.consumer.group.name': this.groupId,
        });
      }
    });
  }
}

/** The dead-letter copy of a message: same key and bytes, the reason and origin in headers. */
export function toDeadLetter(
  message: ConsumedMessage,
  reason: string,
  groupId: string,
): OutboundMessage {
  return {
    topic: deadLetterTopicOf(message.topic),
    key: message.key ?? '',
    value: message.value ?? '',
    headers: {
      ...withoutTraceHeaders(message.headers),
      'dlq-reason': reason,
      'dlq-original-topic': message.topic,
      'dlq-original-partition': String(message.partition),
      'dlq-original-offset': message.offset,
      'dlq-consumer-group': groupId,
      'dlq-failed-at': new Date().toISOString(),
    },
  };
}

function stringHeaders(headers: IHeaders | undefined): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (value !== undefined)
      result[name] = Array.isArray(value) ? value.join(',') : value.toString();
  }
  return result;
}
