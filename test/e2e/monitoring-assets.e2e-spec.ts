import { http, LocalSystem, scrape, waitFor } from '@lib/testing';
import { asCaller } from '../support/gateway';
import { metricsTheServicesMustExport } from '../support/monitoring-assets';
import { seededBookId, seededStationId, waitForSettled } from '../support/rentals';

/**
 * A dashboard panel or an alert on a metric nobody exports shows nothing and never fires, and
 * says so to no one. After one rental through every service, each metric the Grafana dashboards
 * and the Prometheus rules query (infra/compose) must be in some service's /metrics.
 */
describe('dashboards and alert rules against the real services', () => {
  let system: LocalSystem;
  const services = ['gateway', 'rental', 'catalog', 'locker', 'notification'];

  beforeAll(async () => {
    system = await LocalSystem.create({ gateway: true, notifications: true });
    await system.start();
  });

  afterAll(async () => {
    await system?.stop();
  });

  it('query only metrics that the services export', async () => {
    const call = asCaller(system, 'ada');
    const requested = await call('POST', '/rentals', {
      bookId: seededBookId,
      stationId: seededStationId,
    });
    expect(requested.status).toBe(202);
    await waitForSettled(system, requested.body.id);
    for (const service of services) await http('GET', `${system.url(service)}/health/ready`);

    const exported = await waitFor('the notification to be delivered', async () => {
      const samples = (await Promise.all(services.map((s) => scrape(system.url(s))))).flat();
      const names = new Set(samples.map((sample) => sample.name));
      return names.has('notification_deliveries_total') && names;
    });
    const needed = metricsTheServicesMustExport();

    expect(needed.length).toBeGreaterThan(10);
    expect(needed.filter((name) => !exported.has(name))).toEqual([]);
  });
});
