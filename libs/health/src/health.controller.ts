import { EventConsumer } from '@lib/messaging';
import { Controller, Get } from '@nestjs/common';
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
    private readonly shutdown: ShutdownState,
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
      () => this.consumerJoined(),
    ]);
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
