import type { SpanRecord } from '@lib/observability';
import { LocalSystem, waitFor } from '@lib/testing';
import { requestRental, seededBookId, seededStationId, waitForSettled } from '../support/rentals';
import { readJsonLines, readSpans, rootsOf } from '../support/telemetry';

const services = ['rental', 'catalog', 'locker'] as const;

/** One rental is one trace: HTTP → DB → outbox → Kafka → catalog → locker → rental. */
describe('one trace and its logs across the services', () => {
  let system: LocalSystem;

  beforeAll(async () => {
    system = await LocalSystem.create();
    await system.start();
  });

  afterAll(() => system?.stop());

  function spansOf(traceId: string): Record<string, SpanRecord[]> {
    return Object.fromEntries(
      services.map((service) => [
        service,
        readSpans(system.spansFile(service)).filter((span) => span.traceId === traceId),
      ]),
    );
  }

  it('puts the spans of all three services for one rental in one trace, linked parent to child', async () => {
    const id = await requestRental(system, {
      readerId: 'reader-1',
      bookId: seededBookId,
      stationId: seededStationId,
    });
    await waitForSettled(system, id);
    const post = await waitFor('the POST /rentals span', () =>
      readSpans(system.spansFile('rental')).find((span) => span.name === 'POST /rentals'),
    );
    const topic = (name: string) => system.topic(name);
    const expected = {
      rental: [
        'POST /rentals',
        `send ${topic('rental.events')}`,
        `process ${topic('catalog.events')}`,
        `process ${topic('locker.events')}`,
      ],
      catalog: [`process ${topic('rental.events')}`, `send ${topic('catalog.events')}`],
      locker: [`process ${topic('rental.events')}`, `send ${topic('locker.events')}`],
    };

    // Spans leave each service in batches, a child sometimes before its parent: wait until the
    // trace is complete and its only root is the request.
    const trace = await waitFor('every service to export its spans of the trace', () => {
      const found = spansOf(post.traceId);
      const complete = services.every((service) =>
        expected[service].every((name) => found[service].some((span) => span.name === name)),
      );
      return (
        complete && rootsOf(services.flatMap((service) => found[service])).length === 1 && found
      );
    });

    const all = services.flatMap((service) => trace[service]);
    expect(rootsOf(all).map((span) => span.name)).toEqual(['POST /rentals']);
    expect(
      all.some(
        (span) => span.name.startsWith('pg.') || span.attributes['db.system'] === 'postgresql',
      ),
    ).toBe(true);
    const consumerSpan = trace.catalog.find((span) => span.name.startsWith('process'))!;
    expect(consumerSpan.attributes).toMatchObject({
      'messaging.system': 'kafka',
      'messaging.operation.type': 'process',
      'messaging.destination.name': topic('rental.events'),
      'messaging.consumer.group.name': `${system.topicPrefix}catalog`,
    });

    const logged = await waitFor('a log line with the trace id in every service', () => {
      const lines = Object.fromEntries(
        services.map((service) => [
          service,
          readJsonLines(system.logFile(service)).filter((line) => line.trace_id === post.traceId),
        ]),
      );
      return services.every((service) => lines[service].length > 0) && lines;
    });
    expect(logged.rental.some((line) => line.msg === 'request completed')).toBe(true);
    expect(
      logged.catalog.some((line) => String(line.msg).startsWith('Applied rental.requested')),
    ).toBe(true);
    expect(logged.locker[0]).toMatchObject({
      service: 'locker',
      level: 'info',
      span_id: expect.any(String),
    });
  });

  it('keeps pickup codes out of the logs', async () => {
    const id = await requestRental(system, {
      readerId: 'reader-2',
      bookId: seededBookId,
      stationId: seededStationId,
    });
    const rental = await waitForSettled(system, id);

    const text = services
      .map((service) => JSON.stringify(readJsonLines(system.logFile(service))))
      .join('\n');
    expect(rental.pickupCode).toMatch(/^\d{6}$/);
    expect(text).not.toContain(rental.pickupCode);
  });
});
