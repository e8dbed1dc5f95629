import { freePort, http, LocalSystem } from '@lib/testing';
import { existsSync } from 'node:fs';
import { seededBookId, seededStationId, waitForSettled } from '../support/rentals';

/** Tracing and metrics switch off by configuration, so their cost can be measured. */
describe('telemetry switches', () => {
  let system: LocalSystem;

  beforeAll(async () => {
    system = await LocalSystem.create();
    system.add('rental', 'rental-bare', await freePort(), {
      TRACING_ENABLED: 'false',
      METRICS_ENABLED: 'false',
    });
    await system.start();
  });

  afterAll(() => system?.stop());

  it('runs the same service with no spans and no /metrics when both are off', async () => {
    const bare = system.url('rental-bare');
    const response = await http('POST', `${bare}/rentals`, {
      readerId: 'reader-1',
      bookId: seededBookId,
      stationId: seededStationId,
    });
    expect(response.status).toBe(202);
    await expect(waitForSettled(system, response.body.id)).resolves.toMatchObject({
      status: 'ready_for_pickup',
    });

    expect((await http('GET', `${bare}/metrics`)).status).toBe(404);
    expect((await http('GET', `${system.url('rental')}/metrics`)).status).toBe(200);
    await system.service('rental-bare').stop();
    expect(existsSync(system.spansFile('rental-bare'))).toBe(false);
    expect(existsSync(system.spansFile('rental'))).toBe(true);
  });
});
