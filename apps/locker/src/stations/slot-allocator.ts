import {
  createEvent,
  RentalWaitlistedV1,
  SlotAssignedV1,
  type EventPayload,
  type SlotRequestedV1,
} from '@lib/contracts';
import { Outbox, UnprocessableEventError } from '@lib/messaging';
import { Injectable } from '@nestjs/common';
import { IsNull, type EntityManager } from 'typeorm';
import { Slot } from './entities/slot.entity';
import { Station } from './entities/station.entity';
import { WaitlistEntry } from './entities/waitlist-entry.entity';

/**
 * Who holds which slot. Every change locks the station row first, so changes to one station
 * take turns, and a slot row holds one rental: a station never holds more rentals than slots.
 */
@Injectable()
export class SlotAllocator {
  constructor(private readonly outbox: Outbox) {}

  /** Gives the rental a free slot, or a place at the end of the station's waitlist. */
  async assignSlot(
    request: EventPayload<typeof SlotRequestedV1>,
    transaction: EntityManager,
  ): Promise<void> {
    const { rentalId, stationId } = request;
    await this.lockStation(transaction, stationId);
    const slot = await this.freeSlot(transaction, stationId);
    if (slot) return this.give(transaction, slot, rentalId);

    await transaction.insert(WaitlistEntry, { stationId, rentalId });
    const position = await transaction.count(WaitlistEntry, { where: { stationId } });
    await this.outbox.add(
      transaction,
      createEvent(RentalWaitlistedV1, rentalId, { rentalId, stationId, position }),
    );
  }

  /**
   * The rental no longer needs its slot (picked up, cancelled, expired) or its place in line.
   * A freed slot goes to the oldest waiting rental at once.
   */
  async release(rentalId: string, stationId: string, transaction: EntityManager): Promise<void> {
    await this.lockStation(transaction, stationId);
    await transaction.delete(WaitlistEntry, { rentalId });
    const freed = await transaction.update(Slot, { rentalId }, { rentalId: null });
    if (freed.affected) await this.serveWaitlist(transaction, stationId);
  }

  /** Hands free slots to waiting rentals, oldest first. The caller holds the station lock. */
  async serveWaitlist(transaction: EntityManager, stationId: string): Promise<void> {
    for (;;) {
      const next = await transaction.findOne(WaitlistEntry, {
        where: { stationId },
        order: { id: 'ASC' },
      });
      const slot = next && (await this.freeSlot(transaction, stationId));
      if (!next || !slot) return;
      await transaction.delete(WaitlistEntry, { id: next.id });
      await this.give(transaction, slot, next.rentalId);
    }
  }

  async lockStation(transaction: EntityManager, stationId: string): Promise<Station> {
    const station = await transaction.findOne(Station, {
      where: { id: stationId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!station) throw new UnprocessableEventError(`station ${stationId} does not exist`);
    return station;
  }

  private freeSlot(transaction: EntityManager, stationId: string): Promise<Slot | null> {
    return transaction.findOne(Slot, {
      where: { stationId, rentalId: IsNull() },
      order: { slotNumber: 'ASC' },
    });
  }

  private async give(transaction: EntityManager, slot: Slot, rentalId: string): Promise<void> {
    await transaction.update(Slot, { id: slot.id }, { rentalId });
    await this.outbox.add(
      transaction,
      createEvent(SlotAssignedV1, rentalId, {
        rentalId,
        stationId: slot.stationId,
        slotNumber: slot.slotNumber,
      }),
    );
  }
}
