import { SERVICE_CONFIG, type ServiceConfig } from '@lib/config';
import {
  Inject,
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { metrics } from '@opentelemetry/api';
import { setTimeout as sleep } from 'node:timers/promises';
import { KafkaClient } from '../kafka/kafka.client';
import { OutboxRelay } from './outbox-relay';
import { TypeOrmOutboxStore } from './typeorm-outbox.store';

/** Polls the outbox for the life of the service and flushes what it can on shutdown. */
@Injectable()
export class OutboxRelayRunner implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(OutboxRelayRunner.name);
  private readonly relay: OutboxRelay;
  private readonly stopping = new AbortController();
  private loop?: Promise<void>;

  constructor(
    private readonly store: TypeOrmOutboxStore,
    kafka: KafkaClient,
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
  ) {
    this.relay = new OutboxRelay(
      store,
      kafka,
      (topic) => kafka.topicName(topic),
      config.OUTBOX_BATCH_SIZE,
    );
    this.observeBacklog();
  }

  onApplicationBootstrap(): void {
    this.loop = this.run();
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopping.abort();
    await this.loop;
    await this.flush();
  }

  private async run(): Promise<void> {
    while (!this.stopping.signal.aborted) {
      const sent = await this.relayOnceSafely();
      if (sent < this.config.OUTBOX_BATCH_SIZE) await this.pause();
    }
  }

  private observeBacklog(): void {
    const meter = metrics.getMeter('@lib/messaging');
    const size = meter.createObservableGauge('outbox.backlog.messages', {
      description: 'Outbox rows not yet sent to Kafka',
      unit: '{message}',
    });
    const age = meter.createObservableGauge('outbox.oldest.unsent.age', {
      description: 'How long the oldest unsent outbox row has waited',
      unit: 's',
    });
    meter.addBatchObservableCallback(
      async (result) => {
        const backlog = await this.store.backlog().catch(() => undefined);
        if (!backlog) return;
        result.observe(size, backlog.messages);
        result.observe(age, backlog.oldestAgeSeconds);
      },
      [size, age],
    );
  }

  private async relayOnceSafely(): Promise<number> {
    try {
      return await this.relay.relayOnce();
    } catch (error) {
      this.logger.warn(
        `Outbox relay pass failed; the rows stay unsent and are retried: ${describe(error)}`,
      );
      return 0;
    }
  }

  private async pause(): Promise<void> {
    await sleep(this.config.OUTBOX_POLL_INTERVAL_MS, undefined, {
      signal: this.stopping.signal,
    }).catch(() => undefined);
  }

  private async flush(): Promise<void> {
    let sent: number;
    do sent = await this.relayOnceSafely();
    while (sent > 0);
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
