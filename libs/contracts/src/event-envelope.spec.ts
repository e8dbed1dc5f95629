import { createEvent, eventEnvelopeSchema } from './event-envelope';
import { findEventDefinition } from './event-registry';
import { RentalRequestedV1 } from './rental.events';

const payload = {
  rentalId: '6f1c1f8e-6a1b-4c53-9e55-0f5f8a3f4e01',
  readerId: 'reader-1',
  bookId: '0b6a3c1e-2f4d-4d8e-9a7b-1c2d3e4f5a6b',
  stationId: '8d7c6b5a-4e3f-4a1b-8c9d-0e1f2a3b4c5d',
};

describe('event contracts', () => {
  it('creates an envelope that validates against the envelope schema', () => {
    const event = createEvent(RentalRequestedV1, payload.rentalId, payload);

    expect(eventEnvelopeSchema.parse(event)).toEqual(event);
    expect(event).toMatchObject({ type: 'rental.requested', version: 1, payload });
  });

  it('refuses to create an event whose payload breaks the contract', () => {
    expect(() =>
      createEvent(RentalRequestedV1, payload.rentalId, { ...payload, bookId: 'nope' }),
    ).toThrow(/bookId/);
  });

  it('finds a definition by type and version, and nothing for an unknown version', () => {
    expect(findEventDefinition('rental.requested', 1)).toBe(RentalRequestedV1);
    expect(findEventDefinition('rental.requested', 99)).toBeUndefined();
  });
});
