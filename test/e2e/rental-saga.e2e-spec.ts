import { http, LocalSystem } from '@lib/testing';
import {
  createBook,
  requestRental,
  seededBookId,
  seededStationId,
  waitForSettled,
} from '../support/rentals';

/** The rental saga across three services, each its own OS process, over Kafka. */
describe('rental saga (rental, catalog, locker as processes)', () => {
  let system: LocalSystem;

  beforeAll(async () => {
    system = await LocalSystem.create();
    await system.start();
  });

  afterAll(() => system?.stop());

  it('takes a rental from requested to ready for pickup', async () => {
    const booksBefore = await http('GET', `${system.url('catalog')}/books/${seededBookId}`);

    const id = await requestRental(system, {
      readerId: 'reader-1',
      bookId: seededBookId,
      stationId: seededStationId,
    });
    const rental = await waitForSettled(system, id);

    expect(rental.status).toBe('ready_for_pickup');
    expect(rental.history.map((step) => step.status)).toEqual([
      'requested',
      'copy_reserved',
      'ready_for_pickup',
    ]);
    expect(rental.slotNumber).toBe(1);
    expect(rental.pickupCode).toMatch(/^\d{6}$/);

    const book = await http('GET', `${system.url('catalog')}/books/${seededBookId}`);
    expect(book.body.availableCopies).toBe(booksBefore.body.availableCopies - 1);
    const station = await http('GET', `${system.url('locker')}/stations/${seededStationId}`);
    expect(station.body).toMatchObject({ occupied: 1, waitlisted: 0 });
  });

  it('rejects a rental when no copy of the book is free', async () => {
    const bookWithoutCopies = await createBook(system, 0);

    const id = await requestRental(system, {
      readerId: 'reader-2',
      bookId: bookWithoutCopies,
      stationId: seededStationId,
    });
    const rental = await waitForSettled(system, id);

    expect(rental.status).toBe('rejected');
    expect(rental.history.at(-1)?.detail).toBe('no-free-copy');
  });

  it('answers invalid input with problem details naming the fields', async () => {
    const response = await http('POST', `${system.url('rental')}/rentals`, {
      readerId: 'r',
      bookId: 'nope',
      admin: true,
    });

    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(response.body.errors).toEqual(
      expect.arrayContaining([
        'property admin should not exist',
        'bookId must be a UUID',
        'stationId must be a UUID',
      ]),
    );
  });
});
