import { LocalSystem, waitFor } from '@lib/testing';
import {
  getRental,
  requestRental,
  seededBookId,
  seededStationId,
  waitForSettled,
} from '../support/rentals';

/** Events wait in Kafka (and in the outbox) while a service is down; the saga resumes when it comes back. */
describe('a service crash in the middle of the saga', () => {
  let system: LocalSystem;

  beforeAll(async () => {
    system = await LocalSystem.create();
    await system.start();
  });

  afterAll(() => system?.stop());

  it('completes the rental after the catalog is killed and restarted', async () => {
    const catalog = system.service('catalog');
    await catalog.kill();

    const id = await requestRental(system, {
      readerId: 'reader-1',
      bookId: seededBookId,
      stationId: seededStationId,
    });
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect((await getRental(system, id)).status).toBe('requested');

    await catalog.start();
    const rental = await waitForSettled(system, id);

    expect(rental.status).toBe('ready_for_pickup');
    expect(rental.history.map((step) => step.status)).toEqual([
      'requested',
      'copy_reserved',
      'ready_for_pickup',
    ]);
  });

  it('completes the rental after the locker is killed while the copy is reserved', async () => {
    const locker = system.service('locker');
    await locker.kill();

    const id = await requestRental(system, {
      readerId: 'reader-2',
      bookId: seededBookId,
      stationId: seededStationId,
    });
    await waitFor('the copy to be reserved', async () => {
      return (await getRental(system, id)).status === 'copy_reserved';
    });

    await locker.start();
    expect((await waitForSettled(system, id)).status).toBe('ready_for_pickup');
  });

  it('completes the rental after rental itself is killed right after accepting it', async () => {
    const rental = system.service('rental');
    const id = await requestRental(system, {
      readerId: 'reader-3',
      bookId: seededBookId,
      stationId: seededStationId,
    });
    await rental.kill();

    await rental.start();
    const settled = await waitForSettled(system, id);
    expect(['ready_for_pickup', 'waitlisted']).toContain(settled.status);
    expect(settled.history[0].status).toBe('requested');
  });
});
