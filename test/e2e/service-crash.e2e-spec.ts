import { LocalSystem } from '@lib/testing';
import {
  getRental,
  requestRental,
  seededBookId,
  seededStationId,
  waitForSettled,
} from '../support/rentals';

/** Events wait in Kafka while a consumer is down; the saga resumes when it comes back. */
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
});
