import { CopyReservedV1, CopyUnavailableV1 } from './catalog.events';
import type { EventDefinition } from './event-envelope';
import {
  CapacityAlertClearedV1,
  CapacityAlertRaisedV1,
  RentalWaitlistedV1,
  SlotAssignedV1,
} from './locker.events';
import {
  RentalCancelledV1,
  RentalExpiredV1,
  RentalPickedUpV1,
  RentalPickupExpiringV1,
  RentalReadyForPickupV1,
  RentalRejectedV1,
  RentalRequestedV1,
  RentalReturnedV1,
  RentalWaitlistedNoticeV1,
  SlotRequestedV1,
} from './rental.events';

/** Every event type and version that may appear on a topic. */
export const allEvents: readonly EventDefinition[] = [
  RentalRequestedV1,
  SlotRequestedV1,
  RentalReadyForPickupV1,
  RentalRejectedV1,
  RentalWaitlistedNoticeV1,
  RentalPickedUpV1,
  RentalReturnedV1,
  RentalCancelledV1,
  RentalPickupExpiringV1,
  RentalExpiredV1,
  CopyReservedV1,
  CopyUnavailableV1,
  SlotAssignedV1,
  RentalWaitlistedV1,
  CapacityAlertRaisedV1,
  CapacityAlertClearedV1,
];

export function eventKey(type: string, version: number): string {
  return `${type}@v${version}`;
}

const byKey = new Map(
  allEvents.map((definition) => [eventKey(definition.type, definition.version), definition]),
);

export function findEventDefinition(type: string, version: number): EventDefinition | undefined {
  return byKey.get(eventKey(type, version));
}
