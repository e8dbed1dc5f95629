import { z } from 'zod';
import { defineEvent } from './event-envelope';
import { Topics } from './topics';

/** Who rents what, and where: the payload of the events that start and end a rental. */
const rentalOfReader = z.object({
  rentalId: z.uuid(),
  readerId: z.string().min(1),
  bookId: z.uuid(),
  stationId: z.uuid(),
});

export const RentalRequestedV1 = defineEvent({
  type: 'rental.requested',
  version: 1,
  topic: Topics.rentalEvents,
  payload: rentalOfReader,
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
    pickupExpiresAt: z.iso.datetime(),
  }),
});

/** Every slot of the station is taken: the reader waits in line (told by the notification service). */
export const RentalWaitlistedNoticeV1 = defineEvent({
  type: 'rental.waitlisted',
  version: 1,
  topic: Topics.rentalEvents,
  payload: z.object({
    rentalId: z.uuid(),
    readerId: z.string().min(1),
    stationId: z.uuid(),
    position: z.number().int().positive(),
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

/** The reader took the book out of the locker: the slot is free again. */
export const RentalPickedUpV1 = defineEvent({
  type: 'rental.picked-up',
  version: 1,
  topic: Topics.rentalEvents,
  payload: z.object({
    rentalId: z.uuid(),
    readerId: z.string().min(1),
    stationId: z.uuid(),
    slotNumber: z.number().int().positive(),
  }),
});

/** The book is back: its copy can be lent again. */
export const RentalReturnedV1 = defineEvent({
  type: 'rental.returned',
  version: 1,
  topic: Topics.rentalEvents,
  payload: z.object({
    rentalId: z.uuid(),
    readerId: z.string().min(1),
    bookId: z.uuid(),
  }),
});

/** The reader gave up before pickup: whatever the rental holds (copy, slot, place in line) goes back. */
export const RentalCancelledV1 = defineEvent({
  type: 'rental.cancelled',
  version: 1,
  topic: Topics.rentalEvents,
  payload: rentalOfReader,
});

/** The pickup deadline is near and the book is still in its slot: a reminder, sent once. */
export const RentalPickupExpiringV1 = defineEvent({
  type: 'rental.pickup-expiring',
  version: 1,
  topic: Topics.rentalEvents,
  payload: z.object({
    rentalId: z.uuid(),
    readerId: z.string().min(1),
    stationId: z.uuid(),
    slotNumber: z.number().int().positive(),
    pickupExpiresAt: z.iso.datetime(),
  }),
});

/** Not picked up in time: the compensation frees the slot and the copy. */
export const RentalExpiredV1 = defineEvent({
  type: 'rental.expired',
  version: 1,
  topic: Topics.rentalEvents,
  payload: rentalOfReader,
});
