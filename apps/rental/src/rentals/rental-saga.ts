import {
  createEvent,
  RentalReadyForPickupV1,
  RentalRejectedV1,
  RentalWaitlistedNoticeV1,
  SlotRequestedV1,
  type CopyReservedV1,
  type CopyUnavailableV1,
  type EventPayload,
  type RentalWaitlistedV1,
  type SlotAssignedV1,
} from '@lib/contracts';
import { Outbox, UnprocessableEventError } from '@lib/messaging';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { SERVICE_CONFIG } from '@lib/config';
import type { EntityManager } from 'typeorm';
import type { RentalConfig } from '../rental.config';
import type { Rental } from './entities/rental.entity';
import { newPickupCode } from './pickup-code';
import { RentalStatus } from './rental-status';
import { RentalTransitions } from './rental-transitions';

/**
 * The saga's reactions to catalog and locker. Each runs in the consumer's transaction: the
 * rental's new state, its history and the next event commit together with the processed mark.
 *
 * A reply for a cancelled rental is stale, not wrong: catalog and locker see the cancellation
 * after the request (same key, same partition) and give back what they handed out.
 */
@Injectable()
export class RentalSaga {
  private readonly logger = new Logger(RentalSaga.name);

  constructor(
    private readonly outbox: Outbox,
    private readonly transitions: RentalTransitions,
    @Inject(SERVICE_CONFIG) private readonly config: RentalConfig,
  ) {}

  async onCopyReserved(
    event: EventPayload<typeof CopyReservedV1>,
    transaction: EntityManager,
  ): Promise<void> {
    const rental = await this.activeRental(transaction, event.rentalId);
    if (!rental) return;
    rental.copyId = event.copyId;
    await this.transitions.move(
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
    const rental = await this.activeRental(transaction, event.rentalId);
    if (!rental) return;
    await this.transitions.move(transaction, rental, RentalStatus.Rejected, event.reason);
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
    const rental = await this.activeRental(transaction, event.rentalId);
    if (!rental) return;
    rental.slotNumber = event.slotNumber;
    rental.pickupCode = newPickupCode();
    rental.pickupExpiresAt = new Date(Date.now() + this.config.PICKUP_WINDOW_MS);
    await this.transitions.move(
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
        pickupExpiresAt: rental.pickupExpiresAt.toISOString(),
      }),
    );
  }

  async onWaitlisted(
    event: EventPayload<typeof RentalWaitlistedV1>,
    transaction: EntityManager,
  ): Promise<void> {
    const rental = await this.activeRental(transaction, event.rentalId);
    if (!rental) return;
    await this.transitions.move(
      transaction,
      rental,
      RentalStatus.Waitlisted,
      `position ${event.position} at the station`,
    );
    await this.outbox.add(
      transaction,
      createEvent(RentalWaitlistedNoticeV1, rental.id, {
        rentalId: rental.id,
        readerId: rental.readerId,
        stationId: rental.stationId,
        position: event.position,
      }),
    );
  }

  /** The locked rental, or undefined when it was cancelled and the reply is stale. */
  private async activeRental(transaction: EntityManager, id: string): Promise<Rental | undefined> {
    const rental = await this.transitions.lock(transaction, id);
    if (!rental) throw new UnprocessableEventError(`rental ${id} does not exist`);
    if (rental.status !== RentalStatus.Cancelled) return rental;
    this.logger.log(`Rental ${id} was cancelled; its late reply changes nothing`);
    return undefined;
  }
}
