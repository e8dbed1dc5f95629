import { SERVICE_CONFIG, type ServiceConfig } from '@lib/config';
import {
  Inject,
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
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
    store: TypeOrmOutboxStore,
    kafka: KafkaClient,
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
  ) {
    this.relay = new OutboxRelay(
      store,
      kafka,
      (topic) => kafka.topicName(topic),
      config.OUTBOX_BATCH_SIZE,
    );
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
