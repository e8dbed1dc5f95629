import { createEvent, RentalReadyForPickupV1, RentalRequestedV1 } from '@lib/contracts';
import { noticeFor } from './notice';

const rentalId = '6f1c1f8e-6a1b-4c53-9e55-0f5f8a3f4e01';
const stationId = '8d7c6b5a-4e3f-4a1b-8c9d-0e1f2a3b4c5d';

describe('notices', () => {
  it('tells the reader the slot and pickup code when the book is ready', () => {
    const event = createEvent(RentalReadyForPickupV1, rentalId, {
      rentalId,
      readerId: 'ada',
      stationId,
      slotNumber: 2,
      pickupCode: '042917',
      pickupExpiresAt: '2026-11-27T10:00:00.000Z',
    });

    expect(noticeFor(event)).toEqual({
      readerId: 'ada',
      text: expect.stringMatching(/slot 2\. Pickup code 042917/),
    });
  });

  it('says nothing about events a reader does not hear of', () => {
    const event = createEvent(RentalRequestedV1, rentalId, {
      rentalId,
      readerId: 'ada',
      bookId: rentalId,
      stationId,
    });

    expect(noticeFor(event)).toBeUndefined();
  });
});
