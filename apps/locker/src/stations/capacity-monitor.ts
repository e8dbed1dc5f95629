import { SERVICE_CONFIG } from '@lib/config';
import { CapacityAlertClearedV1, CapacityAlertRaisedV1, createEvent } from '@lib/contracts';
import { Outbox } from '@lib/messaging';
import { PeriodicTask } from '@lib/service-defaults';
import {
  Inject,
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { LockerConfig } from '../locker.config';
import { evaluateCapacity, type CapacityPolicy } from './capacity-alert.policy';
import type { StationView } from './dto/station.view';
import { Station } from './entities/station.entity';
import { stationLoadQuery } from './station-load.query';

interface StationRow extends StationView {
  saturatedSince: Date | null;
  alertRaisedAt: Date | null;
}

/**
 * Checks every station against the capacity policy and emits the capacity alert (raised or
 * cleared) through the outbox. Stations another locker process is checking are skipped.
 */
@Injectable()
export class CapacityMonitor implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(CapacityMonitor.name);
  private readonly policy: CapacityPolicy;
  private readonly task: PeriodicTask;

  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    @Inject(SERVICE_CONFIG) config: LockerConfig,
  ) {
    this.policy = {
      utilisation: config.CAPACITY_ALERT_UTILISATION,
      afterMs: config.CAPACITY_ALERT_AFTER_MS,
      waitlistLimit: config.CAPACITY_ALERT_WAITLIST,
    };
    this.task = new PeriodicTask(CapacityMonitor.name, config.CAPACITY_CHECK_INTERVAL_MS, () =>
      this.checkStations(),
    );
  }

  onApplicationBootstrap(): void {
    this.task.start();
  }

  beforeApplicationShutdown(): Promise<void> {
    return this.task.stop();
  }

  checkStations(): Promise<void> {
    return this.dataSource.transaction(async (transaction) => {
      const rows: StationRow[] = await transaction.query(STATIONS_TO_CHECK_SQL);
      for (const row of rows) await this.check(transaction, row, new Date());
    });
  }

  private async check(transaction: EntityManager, row: StationRow, now: Date): Promise<void> {
    const { state, decision } = evaluateCapacity(row, row, this.policy, now);
    await transaction.update(
      Station,
      { id: row.id },
      { saturatedSince: state.saturatedSince, capacityAlertRaisedAt: state.alertRaisedAt },
    );
    if (decision.action === 'none') return;
    const load = {
      stationId: row.id,
      stationName: row.name,
      capacity: row.capacity,
      occupied: row.occupied,
      waitlisted: row.waitlisted,
    };
    const event =
      decision.action === 'raise'
        ? createEvent(CapacityAlertRaisedV1, row.id, { ...load, reason: decision.reason })
        : createEvent(CapacityAlertClearedV1, row.id, load);
    await this.outbox.add(transaction, event);
    this.logger.warn(
      `Capacity alert ${decision.action === 'raise' ? `raised (${decision.reason})` : 'cleared'} for ${row.name}: ${row.occupied}/${row.capacity} slots used, ${row.waitlisted} waiting`,
    );
  }
}

const STATIONS_TO_CHECK_SQL = `${stationLoadQuery(`,
         s.saturated_since AS "saturatedSince",
         s.capacity_alert_raised_at AS "alertRaisedAt"`)}
     FOR UPDATE OF s SKIP LOCKED`;
