import { http, LocalSystem, waitFor } from '@lib/testing';
import {
  availableCopies,
  createBook,
  createStation,
  getStation,
  requestRental,
  waitForSettled,
  waitForStatus,
} from '../support/rentals';

const pickupWindowMs = 3_000;

/**
 * A rental not picked up in time expires, after one reminder; the compensation gives back its
 * slot and its copy, and the next waiting rental takes the slot.
 */
describe('pickup expiry', () => {
  let system: LocalSystem;

  beforeAll(async () => {
    system = await LocalSystem.create({
      notifications: true,
      env: {
        PICKUP_WINDOW_MS: String(pickupWindowMs),
        PICKUP_REMINDER_BEFORE_MS: '2000',
        EXPIRY_CHECK_INTERVAL_MS: '250',
      },
    });
    await system.start();
  });

  afterAll(async () => {
    await system?.stop();
  });

  it('expires an uncollected rental and gives its slot to the next in line', async () => {
    const bookId = await createBook(system, 2);
    const stationId = await createStation(system, 1);
    const late = await requestRental(system, { readerId: 'late', bookId, stationId });
    const ready = await waitForSettled(system, late);
    expect(ready.status).toBe('ready_for_pickup');
    const next = await requestRental(system, { readerId: 'next', bookId, stationId });
    expect((await waitForSettled(system, next)).status).toBe('waitlisted');

    const expired = await waitForStatus(system, late, 'expired', 30_000);
    expect(expired.pickupCode).toBeNull();
    expect(Date.parse(expired.history.at(-1)!.at)).toBeGreaterThanOrEqual(
      Date.parse(ready.pickupExpiresAt!),
    );

    // The next rental got the slot (it may itself expire later: its window is short too).
    await waitFor('the next rental to get the freed slot', async () => {
      const rental = await waitForSettled(system, next);
      return rental.history.some((step) => step.status === 'ready_for_pickup') && rental;
    });
    const nextRental = await waitForSettled(system, next);
    expect(nextRental.slotNumber).toBe(1);
    expect((await getStation(system, stationId)).waitlisted).toBe(0);
    // The expired rental's copy is lendable again; the other is held by the next rental.
    await waitFor('the expired copy to come back', async () => {
      return (await availableCopies(system, bookId)) >= 1;
    });

    // The reader heard of it: ready, then one reminder before the deadline, then the expiry.
    const told = await waitFor('the reader to hear of the expiry', async () => {
      const messages: { to: string; text: string }[] = (
        await http('GET', `${system.url('provider-simulator')}/messages`)
      ).body;
      const late = messages
        .filter((message) => message.to === 'late@readers.example')
        .map((m) => m.text);
      return late.length >= 3 && late;
    });
    expect(told).toEqual([
      expect.stringContaining('Pickup code'),
      expect.stringContaining('pick it up before'),
      expect.stringContaining('has expired'),
    ]);
  });
});
