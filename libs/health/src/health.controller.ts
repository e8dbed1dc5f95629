import { SERVICE_CONFIG, type ServiceConfig } from '@lib/config';
import { EventConsumer, KafkaClient, TypeOrmOutboxStore } from '@lib/messaging';
import { Controller, Get, Inject, Optional } from '@nestjs/common';
import { metrics } from '@opentelemetry/api';
import {
  HealthCheck,
  HealthCheckService,
  HealthIndicatorService,
  TypeOrmHealthIndicator,
  type HealthCheckResult,
  type HealthIndicatorFunction,
  type HealthIndicatorResult,
} from '@nestjs/terminus';
import { DataSource } from 'typeorm';
import { ShutdownState } from './shutdown-state';

/** The outcome of the last readiness check, so Prometheus can alert on a service not ready. */
const readiness = metrics.getMeter('@lib/health').createGauge('health_ready', {
  description: '1 when the last readiness check passed, 0 when it failed',
});

/**
 * Liveness and readiness. Readiness checks what the service has: a data service its database,
 * Kafka, consumer group and outbox; a service without them (the gateway) only its own state,
 * since a dependency that is down is its breakers' business, not a reason to stop traffic.
 */
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly indicators: HealthIndicatorService,
    private readonly shutdown: ShutdownState,
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
    @Optional() private readonly dataSource?: DataSource,
    @Optional() private readonly consumer?: EventConsumer,
    @Optional() private readonly kafka?: KafkaClient,
    @Optional() private readonly outbox?: TypeOrmOutboxStore,
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
  async ready(): Promise<HealthCheckResult> {
    const checks: HealthIndicatorFunction[] = [() => this.notShuttingDown()];
    if (this.dataSource) checks.push(() => this.database.pingCheck('database', { timeout: 1_500 }));
    if (this.kafka) checks.push(() => this.kafkaAnswers(this.kafka!));
    if (this.consumer) checks.push(() => this.consumerJoined(this.consumer!));
    if (this.outbox) checks.push(() => this.outboxDraining(this.outbox!));
    try {
      const result = await this.health.check(checks);
      readiness.record(1);
      return result;
    } catch (notReady) {
      readiness.record(0);
      throw notReady;
    }
  }

  private async kafkaAnswers(kafka: KafkaClient): Promise<HealthIndicatorResult> {
    const check = this.indicators.check('kafka');
    try {
      await kafka.ping();
      return check.up();
    } catch (error) {
      return check.down({ reason: (error as Error).message });
    }
  }

  private async outboxDraining(outbox: TypeOrmOutboxStore): Promise<HealthIndicatorResult> {
    const check = this.indicators.check('outbox');
    const limit = this.config.OUTBOX_BACKLOG_READY_LIMIT;
    const { messages } = await outbox.backlog();
    return messages < limit
      ? check.up({ backlog: messages })
      : check.down({ backlog: messages, limit });
  }

  private notShuttingDown(): HealthIndicatorResult {
    const check = this.indicators.check('lifecycle');
    return this.shutdown.isShuttingDown() ? check.down({ reason: 'shutting down' }) : check.up();
  }

  private consumerJoined(consumer: EventConsumer): HealthIndicatorResult {
    const check = this.indicators.check('kafka-consumer');
    return consumer.isReady()
      ? check.up({ group: consumer.groupId })
      : check.down({ group: consumer.groupId, reason: 'not joined to its consumer group' });
  }
}
