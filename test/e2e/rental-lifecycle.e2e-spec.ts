import { Topics } from '@lib/contracts';
import { KafkaProbe, LocalSystem, waitFor } from '@lib/testing';
import {
  availableCopies,
  createBook,
  createStation,
  getStation,
  rentalCommand,
  requestRental,
  waitForSettled,
  waitForStatus,
  waitUntilHandled,
} from '../support/rentals';

/** A rental from request to return, the reader's other choices, and the last copy raced for. */
describe('rental lifecycle', () => {
  let system: LocalSystem;
  let probe: KafkaProbe;

  beforeAll(async () => {
    system = await LocalSystem.create();
    await system.start();
    probe = new KafkaProbe(system.brokers);
  });

  afterAll(async () => {
    await probe?.close();
    await system?.stop();
  });

  it('rents, picks up with the code, returns; the slot and the copy come back', async () => {
    const bookId = await createBook(system, 1);
    const stationId = await createStation(system, 1);
    const id = await requestRental(system, { readerId: 'ada', bookId, stationId });
    const ready = await waitForSettled(system, id);
    expect(ready.status).toBe('ready_for_pickup');
    expect(await availableCopies(system, bookId)).toBe(0);

    const wrong = await rentalCommand(system, id, 'pickup', {
      pickupCode: ready.pickupCode === '000000' ? '000001' : '000000',
    });
    expect(wrong.status).toBe(403);
    expect(wrong.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect((await rentalCommand(system, id, 'return')).status).toBe(409);

    const pickedUp = await rentalCommand(system, id, 'pickup', { pickupCode: ready.pickupCode });
    expect(pickedUp.status).toBe(200);
    expect(pickedUp.body).toMatchObject({ status: 'picked_up', pickupCode: null });
    await waitFor('the slot to be free', async () => {
      return (await getStation(system, stationId)).occupied === 0;
    });

    const returned = await rentalCommand(system, id, 'return');
    expect(returned.body.status).toBe('returned');
    await waitFor('the copy to be lendable', async () => {
      return (await availableCopies(system, bookId)) === 1;
    });
    expect(returned.body.history.map((step) => step.status)).toEqual([
      'requested',
      'copy_reserved',
      'ready_for_pickup',
      'picked_up',
      'returned',
    ]);
  });

  it('cancels a ready rental and a waitlisted one; each gives back what it held', async () => {
    const bookId = await createBook(system, 2);
    const stationId = await createStation(system, 1);
    const first = await requestRental(system, { readerId: 'grace', bookId, stationId });
    expect((await waitForSettled(system, first)).status).toBe('ready_for_pickup');
    const second = await requestRental(system, { readerId: 'linus', bookId, stationId });
    expect((await waitForSettled(system, second)).status).toBe('waitlisted');

    expect((await rentalCommand(system, second, 'cancel')).body.status).toBe('cancelled');
    await waitFor('the waitlist to be empty', async () => {
      return (await getStation(system, stationId)).waitlisted === 0;
    });
    expect((await rentalCommand(system, first, 'cancel')).body.status).toBe('cancelled');
    await waitFor('the slot and both copies to come back', async () => {
      const station = await getStation(system, stationId);
      return station.occupied === 0 && (await availableCopies(system, bookId)) === 2;
    });
    expect((await rentalCommand(system, first, 'cancel')).status).toBe(409);
  });

  it('a rental cancelled before the saga replied ends cancelled and holds nothing', async () => {
    const bookId = await createBook(system, 1);
    const stationId = await createStation(system, 1);
    const id = await requestRental(system, { readerId: 'barbara', bookId, stationId });
    expect((await rentalCommand(system, id, 'cancel')).body.status).toBe('cancelled');

    // Catalog and locker have seen the cancellation, and rental every late reply to it.
    const cancelled = await waitUntilHandled(
      system,
      probe,
      Topics.rentalEvents,
      id,
      ['catalog', 'locker'],
      'rental.cancelled',
    );
    expect(cancelled).toBe(1);
    await waitUntilHandled(system, probe, Topics.catalogEvents, id, ['rental']);
    await waitUntilHandled(system, probe, Topics.lockerEvents, id, ['rental']);

    expect(await availableCopies(system, bookId)).toBe(1);
    expect((await getStation(system, stationId)).occupied).toBe(0);
    const later = await waitForStatus(system, id, 'cancelled');
    expect(later.history.at(-1)?.status).toBe('cancelled');
  });

  it('never lends one copy twice: two readers race for the last one', async () => {
    const bookId = await createBook(system, 1);
    const stationId = await createStation(system, 4);
    const ids = await Promise.all(
      ['alan', 'edsger'].map((readerId) => requestRental(system, { readerId, bookId, stationId })),
    );

    const outcomes = await Promise.all(ids.map((id) => waitForSettled(system, id)));
    expect(outcomes.map((rental) => rental.status).sort()).toEqual([
      'ready_for_pickup',
      'rejected',
    ]);
    expect(await availableCopies(system, bookId)).toBe(0);
  });
});
