import {
  createEvent,
  RentalReadyForPickupV1,
  RentalRejectedV1,
  RentalRequestedV1,
  SlotRequestedV1,
  type CopyReservedV1,
  type CopyUnavailableV1,
  type EventPayload,
  type RentalWaitlistedV1,
  type SlotAssignedV1,
} from '@lib/contracts';
import { Outbox, UnprocessableEventError } from '@lib/messaging';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import type { CreateRentalDto } from './dto/create-rental.dto';
import { RentalHistoryEntry } from './entities/rental-history-entry.entity';
import { Rental } from './entities/rental.entity';
import { newPickupCode } from './pickup-code';
import { canMove, RentalStatus } from './rental-status';

/**
 * The rental saga. Each step changes the rental, appends to its history and writes the next
 * event to the outbox, all in the transaction it is given.
 */
@Injectable()
export class RentalsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
  ) {}

  request(dto: CreateRentalDto): Promise<Rental> {
    return this.dataSource.transaction(async (transaction) => {
      const rental = transaction.create(Rental, {
        id: randomUUID(),
        ...dto,
        status: RentalStatus.Requested,
        copyId: null,
        slotNumber: null,
        pickupCode: null,
      });
      await transaction.save(rental);
      await this.recordHistory(transaction, rental, null);
      await this.outbox.add(
        transaction,
        createEvent(RentalRequestedV1, rental.id, { ...dto, rentalId: rental.id }),
      );
      return rental;
    });
  }

  findWithHistory(id: string): Promise<Rental | null> {
    return this.dataSource.getRepository(Rental).findOne({
      where: { id },
      relations: { history: true },
      order: { history: { id: 'ASC' } },
    });
  }

  async onCopyReserved(
    event: EventPayload<typeof CopyReservedV1>,
    transaction: EntityManager,
  ): Promise<void> {
    const rental = await this.lockRental(transaction, event.rentalId);
    rental.copyId = event.copyId;
    await this.advance(
      transaction,
      rental,
      RentalStatus.CopyReserved,
      `copy ${event.copyId} reserved`,
    );
    await this.outbox.add(
      transaction,
      createEvent(SlotRequestedV1, rental.id, { rentalId: rental.id, stationId: rental.stationId }),
    );
  }

  async onCopyUnavailable(
    event: EventPayload<typeof CopyUnavailableV1>,
    transaction: EntityManager,
  ): Promise<void> {
    const rental = await this.lockRental(transaction, event.rentalId);
    await this.advance(transaction, rental, RentalStatus.Rejected, event.reason);
    await this.outbox.add(
      transaction,
      createEvent(RentalRejectedV1, rental.id, {
        rentalId: rental.id,
        readerId: rental.readerId,
        reason: event.reason,
      }),
    );
  }

  async onSlotAssigned(
    event: EventPayload<typeof SlotAssignedV1>,
    transaction: EntityManager,
  ): Promise<void> {
    const rental = await this.lockRental(transaction, event.rentalId);
    rental.slotNumber = event.slotNumber;
    rental.pickupCode = newPickupCode();
    await this.advance(
      transaction,
      rental,
      RentalStatus.ReadyForPickup,
      `slot ${event.slotNumber}`,
    );
    await this.outbox.add(
      transaction,
      createEvent(RentalReadyForPickupV1, rental.id, {
        rentalId: rental.id,
        readerId: rental.readerId,
        stationId: rental.stationId,
        slotNumber: event.slotNumber,
        pickupCode: rental.pickupCode,
      }),
    );
  }

  async onWaitlisted(
    event: EventPayload<typeof RentalWaitlistedV1>,
    transaction: EntityManager,
  ): Promise<void> {
    const rental = await this.lockRental(transaction, event.rentalId);
    await this.advance(
      transaction,
      rental,
      RentalStatus.Waitlisted,
      `position ${event.position} at the station`,
    );
  }

  private async lockRental(transaction: EntityManager, id: string): Promise<Rental> {
    const rental = await transaction.findOne(Rental, {
      where: { id },
      lock: { mode: 'pessimistic_write' },
    });
    if (!rental) throw new UnprocessableEventError(`rental ${id} does not exist`);
    return rental;
  }

  private async advance(
    transaction: EntityManager,
    rental: Rental,
    next: RentalStatus,
    detail: string,
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

  private async recordHistory(
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
