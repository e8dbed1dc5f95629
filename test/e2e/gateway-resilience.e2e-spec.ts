import { http, LocalSystem, waitFor } from '@lib/testing';
import { asCaller } from '../support/gateway';
import { seededBookId, seededStationId } from '../support/rentals';

const unseenBookId = '11111111-1111-4111-8111-111111111103';

/**
 * Through the gateway as a reader: the whole lifecycle, with its notifications; then catalog goes down and the gateway
 * keeps answering what it can, fails fast on what it cannot, and recovers when catalog returns.
 */
describe('gateway: the lifecycle, and catalog down', () => {
  let system: LocalSystem;

  beforeAll(async () => {
    system = await LocalSystem.create({
      gateway: true,
      notifications: true,
      env: { BREAKER_FAILURES: '3', BREAKER_HALF_OPEN_AFTER_MS: '1000' },
    });
    await system.start();
  });

  afterAll(async () => {
    await system?.stop();
  });

  function rentalOf(reader: ReturnType<typeof asCaller>, id: string, status: string) {
    return waitFor(`rental ${id} to be ${status}`, async () => {
      const rental = await reader('GET', `/rentals/${id}`);
      return rental.body.status === status && rental.body;
    });
  }

  it('rents, picks up and returns a book as a reader', async () => {
    const ada = asCaller(system, 'ada');
    const created = await ada('POST', '/rentals', {
      bookId: seededBookId,
      stationId: seededStationId,
    });
    expect(created.status).toBe(202);
    expect(created.headers.get('location')).toBe(`/rentals/${created.body.id}`);

    const ready = await rentalOf(ada, created.body.id, 'ready_for_pickup');
    expect(ready.readerId).toBe('ada');
    const pickedUp = await ada('POST', `/rentals/${ready.id}/pickup`, {
      pickupCode: ready.pickupCode,
    });
    expect(pickedUp.body.status).toBe('picked_up');
    const returned = await ada('POST', `/rentals/${ready.id}/return`);
    expect(returned.body.status).toBe('returned');

    const mine = await ada('GET', '/rentals');
    expect(mine.body.map((rental: { id: string }) => rental.id)).toContain(ready.id);
    expect((await asCaller(system, 'grace')('GET', '/rentals')).body).toEqual([]);

    // ada was told twice, once each: the book is ready (with its code), and it is back.
    const told = await waitFor('ada to be told of pickup and return', async () => {
      const messages: { to: string; text: string }[] = (
        await http('GET', `${system.url('provider-simulator')}/messages`)
      ).body;
      const toAda = messages.filter((m) => m.to === 'ada@readers.example').map((m) => m.text);
      return toAda.length >= 2 && toAda;
    });
    expect(told).toEqual([
      expect.stringContaining(`Pickup code ${ready.pickupCode}`),
      'Thank you: your book is back.',
    ]);
  });

  it('serves catalog reads from cache, marked stale, while catalog is down', async () => {
    const ada = asCaller(system, 'ada');
    const operator = asCaller(system, 'olga', { role: 'operator' });
    const fresh = await ada('GET', '/books');
    expect(fresh.body).toMatchObject({ stale: false });
    expect(fresh.body.data.length).toBeGreaterThan(0);

    await system.service('catalog').kill();

    const stale = await ada('GET', '/books');
    expect(stale.status).toBe(200);
    expect(stale.body).toEqual({ data: fresh.body.data, stale: true, asOf: fresh.body.asOf });
    const unseen = await ada('GET', `/books/${unseenBookId}`);
    expect(unseen.status).toBe(503);
    expect(unseen.body.detail).toMatch(/catalog service is unavailable/);
    const create = await operator('POST', '/books', { title: 'New', author: 'A', copies: 1 });
    expect(create.status).toBe(503);

    // Repeated failures open the breaker: calls fail fast without waiting for catalog.
    await waitFor('the catalog circuit to open', async () => {
      const response = await ada('GET', `/books/${unseenBookId}`);
      return /circuit is open/.test(response.body.detail);
    });

    // Rentals keep flowing: the rental service takes them; the saga waits for catalog.
    const created = await ada('POST', '/rentals', {
      bookId: seededBookId,
      stationId: seededStationId,
    });
    expect(created.status).toBe(202);

    await system.service('catalog').start();
    await waitFor('catalog reads to be fresh again', async () => {
      const response = await ada('GET', `/books/${unseenBookId}`);
      return response.status === 200 && response.body.stale === false;
    });
    const settled = await rentalOf(ada, created.body.id, 'ready_for_pickup');
    expect(settled.id).toBe(created.body.id);
  });
});
