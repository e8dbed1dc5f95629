import { z } from 'zod';
import { defineEvent } from './event-envelope';
import { Topics } from './topics';

export const RentalRequestedV1 = defineEvent({
  type: 'rental.requested',
  version: 1,
  topic: Topics.rentalEvents,
  payload: z.object({
    rentalId: z.uuid(),
    readerId: z.string().min(1),
    bookId: z.uuid(),
    stationId: z.uuid(),
  }),
});

/** The rental saga asks the locker for a slot once a copy is reserved. */
export const SlotRequestedV1 = defineEvent({
  type: 'rental.slot-requested',
  version: 1,
  topic: Topics.rentalEvents,
  payload: z.object({
    rentalId: z.uuid(),
    stationId: z.uuid(),
  }),
});

export const RentalReadyForPickupV1 = defineEvent({
  type: 'rental.ready-for-pickup',
  version: 1,
  topic: Topics.rentalEvents,
  payload: z.object({
    rentalId: z.uuid(),
    readerId: z.string().min(1),
    stationId: z.uuid(),
    slotNumber: z.number().int().positive(),
    pickupCode: z.string().min(4),
  }),
});

export const RentalRejectedV1 = defineEvent({
  type: 'rental.rejected',
  version: 1,
  topic: Topics.rentalEvents,
  payload: z.object({
    rentalId: z.uuid(),
    readerId: z.string().min(1),
    reason: z.string().min(1),
  }),
});
