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

const stationLoad = {
  stationId: z.uuid(),
  stationName: z.string().min(1),
  capacity: z.number().int().nonnegative(),
  occupied: z.number().int().nonnegative(),
  waitlisted: z.number().int().nonnegative(),
};

/**
 * "This station needs more lockers": its slots stayed full (at or above the utilisation
 * threshold) for longer than allowed, or its waitlist grew past the limit. Keyed by station.
 */
export const CapacityAlertRaisedV1 = defineEvent({
  type: 'locker.capacity-alert-raised',
  version: 1,
  topic: Topics.lockerEvents,
  payload: z.object({
    ...stationLoad,
    reason: z.enum(['sustained-utilisation', 'waitlist-too-long']),
  }),
});

/** The station is back under its thresholds (slots freed or added). */
export const CapacityAlertClearedV1 = defineEvent({
  type: 'locker.capacity-alert-cleared',
  version: 1,
  topic: Topics.lockerEvents,
  payload: z.object(stationLoad),
});
