import { http, LocalSystem } from '@lib/testing';
import { setTimeout as sleep } from 'node:timers/promises';
import { createBook, createStation, waitForSettled } from '../support/rentals';

const burst = 40;

/** SIGTERM drains: nothing accepted before the signal is lost, and the exit code is 0. */
describe('graceful shutdown during a burst of rentals', () => {
  let system: LocalSystem;

  beforeAll(async () => {
    system = await LocalSystem.create();
    await system.start();
  });

  afterAll(() => system?.stop());

  it('exits 0 on SIGTERM and every rental accepted before it reaches its final state after restart', async () => {
    const bookId = await createBook(system, burst);
    const stationId = await createStation(system, burst);
    const rental = system.service('rental');
    const catalog = system.service('catalog');
    const url = system.url('rental');

    const requests: Promise<string | undefined>[] = [];
    let exits: Promise<(number | null)[]> | undefined;
    for (let i = 0; i < burst; i++) {
      requests.push(
        http('POST', `${url}/rentals`, { readerId: `reader-${i}`, bookId, stationId })
          .then((response) => (response.status === 202 ? (response.body.id as string) : undefined))
          .catch(() => undefined), // refused once the server has closed: never accepted
      );
      if (i === burst / 2) exits = Promise.all([rental.stop('SIGTERM'), catalog.stop('SIGTERM')]);
      await sleep(10);
    }
    const accepted = (await Promise.all(requests)).filter((id): id is string => id !== undefined);

    expect(await exits).toEqual([0, 0]);
    expect(accepted.length).toBeGreaterThanOrEqual(burst / 2);

    await Promise.all([rental.start(), catalog.start()]);
    const settled = await Promise.all(accepted.map((id) => waitForSettled(system, id, 60_000)));
    expect(settled.map((r) => r.status)).toEqual(accepted.map(() => 'ready_for_pickup'));
  });
});
