import { UnprocessableEventError } from '@lib/messaging';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { RentalHistoryEntry } from './entities/rental-history-entry.entity';
import { Rental } from './entities/rental.entity';
import { canMove, type RentalStatus } from './rental-status';

/** The one way a rental changes state: under a row lock, checked, and written to its history. */
@Injectable()
export class RentalTransitions {
  /** Locks the rental row until the transaction ends, so concurrent steps take turns. */
  lock(transaction: EntityManager, id: string): Promise<Rental | null> {
    return transaction.findOne(Rental, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  async move(
    transaction: EntityManager,
    rental: Rental,
    next: RentalStatus,
    detail: string | null,
  ): Promise<void> {
    if (!canMove(rental.status, next)) {
      throw new UnprocessableEventError(
        `rental ${rental.id} cannot move from ${rental.status} to ${next}`,
      );
    }
    rental.status = next;
    await transaction.save(rental);
    await this.recordHistory(transaction, rental, detail);
  }

  async recordHistory(
    transaction: EntityManager,
    rental: Rental,
    detail: string | null,
  ): Promise<void> {
    await transaction.insert(RentalHistoryEntry, {
      rentalId: rental.id,
      status: rental.status,
      detail,
    });
  }
}
