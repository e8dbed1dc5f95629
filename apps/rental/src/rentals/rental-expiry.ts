import { createEvent, RentalExpiredV1, RentalPickupExpiringV1 } from '@lib/contracts';
import { SERVICE_CONFIG } from '@lib/config';
import { Outbox } from '@lib/messaging';
import { PeriodicTask } from '@lib/service-defaults';
import {
  Inject,
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { Between, DataSource, IsNull, LessThanOrEqual } from 'typeorm';
import type { RentalConfig } from '../rental.config';
import { Rental } from './entities/rental.entity';
import { RentalStatus } from './rental-status';
import { RentalTransitions } from './rental-transitions';

/**
 * Reminds readers once when their pickup deadline is near, and expires rentals not picked up in
 * time; catalog and locker react to the expiry by taking the copy and the slot back. Several
 * rental processes may sweep at once: SKIP LOCKED gives each rental to one of them.
 */
@Injectable()
export class RentalExpiry implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(RentalExpiry.name);
  private readonly task: PeriodicTask;

  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly transitions: RentalTransitions,
    @Inject(SERVICE_CONFIG) private readonly config: RentalConfig,
  ) {
    this.task = new PeriodicTask(RentalExpiry.name, config.EXPIRY_CHECK_INTERVAL_MS, async () => {
      await this.remindDueSoon();
      await this.expireOverdue();
    });
  }

  onApplicationBootstrap(): void {
    this.task.start();
  }

  beforeApplicationShutdown(): Promise<void> {
    return this.task.stop();
  }

  async remindDueSoon(batchSize = 100): Promise<number> {
    const horizon = new Date(Date.now() + this.config.PICKUP_REMINDER_BEFORE_MS);
    return this.dataSource.transaction(async (transaction) => {
      const dueSoon = await transaction.find(Rental, {
        where: {
          status: RentalStatus.ReadyForPickup,
          pickupExpiresAt: Between(new Date(), horizon),
          pickupRemindedAt: IsNull(),
        },
        take: batchSize,
        lock: { mode: 'pessimistic_write', onLocked: 'skip_locked' },
      });
      for (const rental of dueSoon) {
        await transaction.update(Rental, { id: rental.id }, { pickupRemindedAt: new Date() });
        await this.outbox.add(
          transaction,
          createEvent(RentalPickupExpiringV1, rental.id, {
            rentalId: rental.id,
            readerId: rental.readerId,
            stationId: rental.stationId,
            slotNumber: rental.slotNumber!,
            pickupExpiresAt: rental.pickupExpiresAt!.toISOString(),
          }),
        );
      }
      return dueSoon.length;
    });
  }

  async expireOverdue(batchSize = 100): Promise<number> {
    const expired = await this.dataSource.transaction(async (transaction) => {
      const overdue = await transaction.find(Rental, {
        where: {
          status: RentalStatus.ReadyForPickup,
          pickupExpiresAt: LessThanOrEqual(new Date()),
        },
        order: { pickupExpiresAt: 'ASC' },
        take: batchSize,
        lock: { mode: 'pessimistic_write', onLocked: 'skip_locked' },
      });
      for (const rental of overdue) {
        rental.pickupCode = null;
        await this.transitions.move(
          transaction,
          rental,
          RentalStatus.Expired,
          'not picked up in time',
        );
        await this.outbox.add(
          transaction,
          createEvent(RentalExpiredV1, rental.id, {
            rentalId: rental.id,
            readerId: rental.readerId,
            bookId: rental.bookId,
            stationId: rental.stationId,
          }),
        );
      }
      return overdue.length;
    });
    if (expired > 0) this.logger.log(`Expired ${expired} rental(s) not picked up in time`);
    return expired;
  }
}
