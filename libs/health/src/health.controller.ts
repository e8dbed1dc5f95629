import { SERVICE_CONFIG, type ServiceConfig } from '@lib/config';
import { EventConsumer, KafkaClient, TypeOrmOutboxStore } from '@lib/messaging';
import { Controller, Get, Inject } from '@nestjs/common';
import {
  HealthCheck,
  HealthCheckService,
  HealthIndicatorService,
  TypeOrmHealthIndicator,
  type HealthCheckResult,
  type HealthIndicatorResult,
} from '@nestjs/terminus';
import { ShutdownState } from './shutdown-state';

@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly indicators: HealthIndicatorService,
    private readonly consumer: EventConsumer,
    private readonly kafka: KafkaClient,
    private readonly outbox: TypeOrmOutboxStore,
    private readonly shutdown: ShutdownState,
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
  ) {}

  /** The process answers: restart it only when this fails. */
  @Get('live')
  @HealthCheck()
  live(): Promise<HealthCheckResult> {
    return this.health.check([]);
  }

  /** It can do useful work: route traffic to it only while this passes. */
  @Get('ready')
  @HealthCheck()
  ready(): Promise<HealthCheckResult> {
    return this.health.check([
      () => this.notShuttingDown(),
      () => this.database.pingCheck('database', { timeout: 1_500 }),
      () => this.kafkaAnswers(),
      () => this.consumerJoined(),
      () => this.outboxDraining(),
    ]);
  }

  private async kafkaAnswers(): Promise<HealthIndicatorResult> {
    const check = this.indicators.check('kafka');
    try {
      await this.kafka.ping();
      return check.up();
    } catch (error) {
      return check.down({ reason: (error as Error).message });
    }
  }

  private async outboxDraining(): Promise<HealthIndicatorResult> {
    const check = this.indicators.check('outbox');
    const limit = this.config.OUTBOX_BACKLOG_READY_LIMIT;
    const { messages } = await this.outbox.backlog();
    return messages < limit
      ? check.up({ backlog: messages })
      : check.down({ backlog: messages, limit });
  }

  private notShuttingDown(): HealthIndicatorResult {
    const check = this.indicators.check('lifecycle');
    return this.shutdown.isShuttingDown() ? check.down({ reason: 'shutting down' }) : check.up();
  }

  private consumerJoined(): HealthIndicatorResult {
    const check = this.indicators.check('kafka-consumer');
    return this.consumer.isReady()
      ? check.up({ group: this.consumer.groupId })
      : check.down({ group: this.consumer.groupId, reason: 'not joined to its consumer group' });
  }
}
