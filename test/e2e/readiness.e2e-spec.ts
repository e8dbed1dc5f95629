import { http, LocalSystem, repoRoot, scrape, total, waitFor } from '@lib/testing';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { requestRental, seededBookId, seededStationId, waitForSettled } from '../support/rentals';

// Stops and restarts the local-mode broker (infra/local/kafka/kafka.sh), which the suite starts.
const kafka = (command: 'start' | 'stop') =>
  execFileSync('bash', [join(repoRoot, 'infra/local/kafka/kafka.sh'), command], {
    stdio: 'inherit',
  });

/** Readiness follows the broker; liveness does not, so nobody restarts a healthy process. */
describe('readiness and liveness while the broker is down', () => {
  let system: LocalSystem;

  beforeAll(async () => {
    system = await LocalSystem.create();
    await system.start();
  });

  afterAll(async () => {
    kafka('start');
    await system?.stop();
  });

  it('answers 503 naming the kafka check while the broker is stopped, and 200 again after it restarts', async () => {
    const url = system.url('rental');
    expect((await http('GET', `${url}/health/ready`)).status).toBe(200);

    kafka('stop');
    const notReady = await waitFor('readiness to fail', async () => {
      const response = await http('GET', `${url}/health/ready`);
      return response.status === 503 && response;
    });
    expect(notReady.body.error.kafka).toMatchObject({ status: 'down' });
    expect(notReady.body.details.database).toMatchObject({ status: 'up' });
    expect((await http('GET', `${url}/health/live`)).status).toBe(200);
    expect(total(await scrape(url), 'health_ready')).toBe(0);

    kafka('start');
    await waitFor(
      'readiness to recover',
      async () => (await http('GET', `${url}/health/ready`)).status === 200,
      {
        timeoutMs: 120_000,
        intervalMs: 1_000,
      },
    );
    expect(total(await scrape(url), 'health_ready')).toBe(1);
    const id = await requestRental(system, {
      readerId: 'reader-1',
      bookId: seededBookId,
      stationId: seededStationId,
    });
    await expect(waitForSettled(system, id, 60_000)).resolves.toMatchObject({
      status: 'ready_for_pickup',
    });
  });
});
