import { Topics } from '@lib/contracts';
import { http, KafkaProbe, LocalSystem, waitFor, type ReadMessage } from '@lib/testing';
import {
  createBook,
  createStation,
  getStation,
  rentalCommand,
  requestRental,
  waitForSettled,
  waitForStatus,
} from '../support/rentals';

/**
 * A full station waitlists rentals first come first served and raises the capacity alert;
 * slots added by an operator or freed by a pickup go to the oldest waiting rental.
 */
describe('waitlist and station capacity', () => {
  let system: LocalSystem;
  let probe: KafkaProbe;

  beforeAll(async () => {
    system = await LocalSystem.create({
      env: { CAPACITY_ALERT_WAITLIST: '3', CAPACITY_CHECK_INTERVAL_MS: '200' },
    });
    await system.start();
    probe = new KafkaProbe(system.brokers);
  });

  afterAll(async () => {
    await probe?.close();
    await system?.stop();
  });

  async function alertsFor(stationId: string): Promise<ReadMessage[]> {
    const messages = await probe.readAll(system.topic(Topics.lockerEvents));
    return messages.filter(
      (message) =>
        message.key === stationId && message.headers['event-type']?.startsWith('locker.capacity'),
    );
  }

  it('drains the waitlist oldest first when slots are added or freed', async () => {
    const bookId = await createBook(system, 5);
    const stationId = await createStation(system, 1);
    const holder = await requestRental(system, { readerId: 'holder', bookId, stationId });
    const held = await waitForSettled(system, holder);
    expect(held.status).toBe('ready_for_pickup');

    const waiting: string[] = [];
    for (const readerId of ['first', 'second', 'third']) {
      const id = await requestRental(system, { readerId, bookId, stationId });
      expect((await waitForSettled(system, id)).status).toBe('waitlisted');
      waiting.push(id);
    }
    expect(await getStation(system, stationId)).toMatchObject({ occupied: 1, waitlisted: 3 });

    // The waitlist reached the limit (3): the station asks for more lockers.
    const raised = await waitFor('the capacity alert', async () => {
      const alerts = await alertsFor(stationId);
      return alerts.length > 0 && alerts;
    });
    expect(raised.map((m) => m.headers['event-type'])).toEqual(['locker.capacity-alert-raised']);
    expect(JSON.parse(raised[0].value!).payload).toMatchObject({
      reason: 'waitlist-too-long',
      capacity: 1,
      occupied: 1,
      waitlisted: 3,
    });
    expect((await getStation(system, stationId)).capacityAlert).toBe(true);

    const added = await http('POST', `${system.url('locker')}/stations/${stationId}/capacity`, {
      capacity: 3,
    });
    expect(added.status).toBe(200);
    const [first, second] = await Promise.all(
      waiting.slice(0, 2).map((id) => waitForStatus(system, id, 'ready_for_pickup')),
    );
    expect([first.slotNumber, second.slotNumber]).toEqual([2, 3]);
    expect(await waitForSettled(system, waiting[2])).toMatchObject({ status: 'waitlisted' });

    // The holder picks up: the freed slot goes to the third waiting rental.
    await rentalCommand(system, holder, 'pickup', { pickupCode: held.pickupCode });
    const third = await waitForStatus(system, waiting[2], 'ready_for_pickup');
    expect(third.slotNumber).toBe(1);

    // With slots free again the alert clears.
    for (const rental of [first, second])
      await rentalCommand(system, rental.id, 'pickup', { pickupCode: rental.pickupCode });
    await waitFor('the capacity alert to clear', async () => {
      const alerts = await alertsFor(stationId);
      return alerts.at(-1)?.headers['event-type'] === 'locker.capacity-alert-cleared';
    });
    expect(await getStation(system, stationId)).toMatchObject({
      capacity: 3,
      occupied: 1,
      waitlisted: 0,
      capacityAlert: false,
    });
  });

  it('shrinks a station only by free slots', async () => {
    const bookId = await createBook(system, 1);
    const stationId = await createStation(system, 2);
    const id = await requestRental(system, { readerId: 'ada', bookId, stationId });
    expect((await waitForSettled(system, id)).slotNumber).toBe(1);
    const url = `${system.url('locker')}/stations/${stationId}/capacity`;

    expect((await http('POST', url, { capacity: 1 })).body).toMatchObject({ capacity: 1 });
    const refused = await http('POST', url, { capacity: 0 });
    expect(refused.status).toBe(400);
    expect(refused.body.errors).toEqual([expect.stringMatching(/capacity/)]);
  });
});
