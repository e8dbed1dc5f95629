import { z } from 'zod';
import { defineEvent } from './event-envelope';
import { Topics } from './topics';

export const SlotAssignedV1 = defineEvent({
  type: 'locker.slot-assigned',
  version: 1,
  topic: Topics.lockerEvents,
  payload: z.object({
    rentalId: z.uuid(),
    stationId: z.uuid(),
    slotNumber: z.number().int().positive(),
  }),
});

/** Every slot of the station is taken: the rental waits, first come first served. */
export const RentalWaitlistedV1 = defineEvent({
  type: 'locker.rental-waitlisted',
  version: 1,
  topic: Topics.lockerEvents,
  payload: z.object({
    rentalId: z.uuid(),
    stationId: z.uuid(),
    position: z.number().int().positive(),
  }),
});
