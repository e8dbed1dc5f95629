import { createEvent, RentalRequestedV1, SlotAssignedV1 } from '@lib/contracts';
import { decodeEventMessage } from './decode-event-message';

const rentalId = '6f1c1f8e-6a1b-4c53-9e55-0f5f8a3f4e01';
const requested = createEvent(RentalRequestedV1, rentalId, {
  rentalId,
  readerId: 'reader-1',
  bookId: '0b6a3c1e-2f4d-4d8e-9a7b-1c2d3e4f5a6b',
  stationId: '8d7c6b5a-4e3f-4a1b-8c9d-0e1f2a3b4c5d',
});
const handlesRequested = (key: string) => key === 'rental.requested@v1';
const bytes = (value: unknown) =>
  Buffer.from(typeof value === 'string' ? value : JSON.stringify(value));

describe('decodeEventMessage', () => {
  it('returns a valid handled event with its definition', () => {
    const decoded = decodeEventMessage(bytes(requested), handlesRequested);

    expect(decoded).toEqual({ kind: 'event', event: requested, definition: RentalRequestedV1 });
  });

  it('ignores a valid event of a type this consumer does not handle', () => {
    const assigned = createEvent(SlotAssignedV1, rentalId, {
      rentalId,
      stationId: rentalId,
      slotNumber: 1,
    });

    expect(decodeEventMessage(bytes(assigned), handlesRequested).kind).toBe('ignored');
  });

  it.each([
    ['an empty message', null, /empty message/],
    ['bytes that are not JSON', bytes('{oops'), /not JSON/],
    ['JSON without an envelope', bytes({ hello: 'world' }), /bad envelope: id: /],
    [
      'an unknown event type',
      bytes({ ...requested, type: 'rental.teleported' }),
      /unknown event type rental.teleported@v1/,
    ],
    [
      'an unknown version',
      bytes({ ...requested, version: 7 }),
      /unknown event type rental.requested@v7/,
    ],
    [
      'a payload that breaks the contract',
      bytes({ ...requested, payload: { ...requested.payload, bookId: 42 } }),
      /bad payload for rental.requested@v1: bookId: /,
    ],
  ])('marks %s invalid with a reason', (_case, value, reason) => {
    const decoded = decodeEventMessage(value, handlesRequested);

    expect(decoded.kind).toBe('invalid');
    expect(decoded.kind === 'invalid' && decoded.reason).toMatch(reason);
  });
});
