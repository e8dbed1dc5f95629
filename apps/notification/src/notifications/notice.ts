import {
  RentalExpiredV1,
  RentalPickupExpiringV1,
  RentalReadyForPickupV1,
  RentalReturnedV1,
  RentalWaitlistedNoticeV1,
  type EventEnvelope,
  type EventPayload,
} from '@lib/contracts';

/** What the reader is told; their address comes from the contact directory. */
export interface Notice {
  readerId: string;
  text: string;
}

/** The rental events a reader hears about. */
export const noticeEvents = [
  RentalReadyForPickupV1,
  RentalWaitlistedNoticeV1,
  RentalPickupExpiringV1,
  RentalReturnedV1,
  RentalExpiredV1,
] as const;

const templates = {
  [RentalReadyForPickupV1.type]: (p: EventPayload<typeof RentalReadyForPickupV1>) =>
    `Your book is in slot ${p.slotNumber}. Pickup code ${p.pickupCode}, until ${p.pickupExpiresAt}.`,
  [RentalWaitlistedNoticeV1.type]: (p: EventPayload<typeof RentalWaitlistedNoticeV1>) =>
    `Every slot at your station is taken. You are number ${p.position} in line; we will tell you when your book is in.`,
  [RentalPickupExpiringV1.type]: (p: EventPayload<typeof RentalPickupExpiringV1>) =>
    `Your book is still waiting in slot ${p.slotNumber}: pick it up before ${p.pickupExpiresAt}.`,
  [RentalReturnedV1.type]: () => 'Thank you: your book is back.',
  [RentalExpiredV1.type]: () => 'Your book was not picked up in time; the rental has expired.',
} as Record<string, (payload: never) => string>;

export function noticeFor(event: EventEnvelope<{ readerId: string }>): Notice | undefined {
  const template = templates[event.type];
  return template && { readerId: event.payload.readerId, text: template(event.payload as never) };
}
