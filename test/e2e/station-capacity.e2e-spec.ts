import { freePort, http, KafkaProbe, LocalSystem, waitFor } from '@lib/testing';
import { createBook, createStation, requestRental, waitForSettled } from '../support/rentals';

const slots = 3;
const burst = 50;

/**
 * A station never holds more rentals than it has slots, even when 50 requests arrive at once
 * and two locker processes share the work: the database decides, not timing.
 */
describe('station capacity under a burst of concurrent rentals', () => {
  let system: LocalSystem;
  let probe: KafkaProbe;

  beforeAll(async () => {
    system = await LocalSystem.create();
    system.add('locker', 'locker-2', await freePort());
    await system.start();
    probe = new KafkaProbe(system.brokers);
  });

  afterAll(async () => {
    await probe?.close();
    await system?.stop();
  });

  it('gives exactly N rentals a slot and waitlists the rest', async () => {
    const lockerGroup = `${system.topicPrefix}locker`;
    await waitFor('both locker processes to share the consumer group', async () => {
      return (await probe.groupMembers(lockerGroup)).length === 2;
    });
    const bookId = await createBook(system, burst);
    const stationId = await createStation(system, slots);
    let maxOccupied = 0;
    const sampling = setInterval(async () => {
      const station = await http('GET', `${system.url('locker')}/stations/${stationId}`).catch(
        () => undefined,
      );
      maxOccupied = Math.max(maxOccupied, station?.body.occupied ?? 0);
    }, 50);

    const ids = await Promise.all(
      Array.from({ length: burst }, (_, i) =>
        requestRental(system, { readerId: `reader-${i}`, bookId, stationId }),
      ),
    );
    const rentals = await Promise.all(ids.map((id) => waitForSettled(system, id, 60_000)));
    clearInterval(sampling);

    const ready = rentals.filter((rental) => rental.status === 'ready_for_pickup');
    const waitlisted = rentals.filter((rental) => rental.status === 'waitlisted');
    expect(ready).toHaveLength(slots);
    expect(waitlisted).toHaveLength(burst - slots);
    expect(ready.map((rental) => rental.slotNumber).sort()).toEqual([1, 2, 3]);
    expect(maxOccupied).toBeLessThanOrEqual(slots);

    const station = await http('GET', `${system.url('locker')}/stations/${stationId}`);
    expect(station.body).toMatchObject({
      capacity: slots,
      occupied: slots,
      waitlisted: burst - slots,
    });
  });
});
