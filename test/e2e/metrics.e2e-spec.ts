import { Topics } from '@lib/contracts';
import { http, KafkaProbe, LocalSystem, waitFor } from '@lib/testing';
import { createBook, createStation, requestRental, waitForSettled } from '../support/rentals';
import { has, scrape, total, type Sample } from '../support/telemetry';

/** After known traffic, each service's /metrics tells exactly what happened. */
describe('metrics', () => {
  let system: LocalSystem;
  let probe: KafkaProbe;

  beforeAll(async () => {
    system = await LocalSystem.create();
    await system.start();
    probe = new KafkaProbe(system.brokers);
  });

  afterAll(async () => {
    await probe?.close();
    await system?.stop();
  });

  const consumed = (samples: Sample[], topic: string, outcome: string) =>
    total(samples, 'messaging_client_consumed_messages_total', {
      messaging_destination_name: system.topic(topic),
      outcome,
    });

  it('counts requests, consumed events, dead letters, backlog, lag and the locker capacity', async () => {
    const bookId = await createBook(system, 3);
    const stationId = await createStation(system, 2);
    const ids = await Promise.all(
      ['ada', 'grace', 'linus'].map((readerId) =>
        requestRental(system, { readerId, bookId, stationId }),
      ),
    );
    await Promise.all(ids.map((id) => waitForSettled(system, id)));
    expect((await http('POST', `${system.url('rental')}/rentals`, { readerId: 'x' })).status).toBe(
      400,
    );
    await probe.produce(system.topic(Topics.rentalEvents), [{ key: 'poison', value: 'not json' }]);

    const [rental, catalog, locker] = await waitFor(
      'the poison message to be dead-lettered',
      async () => {
        const all = await Promise.all(
          ['rental', 'catalog', 'locker'].map((s) => scrape(system.url(s))),
        );
        return consumed(all[1], Topics.rentalEvents, 'dead_lettered') === 1 && all;
      },
    );

    const posts = { http_route: '/rentals', http_request_method: 'POST' };
    expect(
      total(rental, 'http_server_request_duration_count', {
        ...posts,
        http_response_status_code: '202',
      }),
    ).toBe(3);
    expect(
      total(rental, 'http_server_request_duration_count', {
        ...posts,
        http_response_status_code: '400',
      }),
    ).toBe(1);
    expect(consumed(catalog, Topics.rentalEvents, 'processed')).toBe(3); // rental.requested
    expect(consumed(locker, Topics.rentalEvents, 'processed')).toBe(3); // rental.slot-requested
    expect(consumed(rental, Topics.catalogEvents, 'processed')).toBe(3); // catalog.copy-reserved
    expect(consumed(rental, Topics.lockerEvents, 'processed')).toBe(3); // 2 slots assigned, 1 waitlisted
    expect(consumed(locker, Topics.rentalEvents, 'dead_lettered')).toBe(1);
    expect(total(catalog, 'messaging_process_duration_count', { outcome: 'processed' })).toBe(3);

    const station = { station_id: stationId };
    expect(total(locker, 'locker_station_slots_used', station)).toBe(2);
    expect(total(locker, 'locker_station_slots_capacity', station)).toBe(2);
    expect(total(locker, 'locker_station_waitlist_length', station)).toBe(1);

    for (const samples of [rental, catalog, locker]) {
      expect(total(samples, 'outbox_backlog_messages')).toBe(0);
      expect(has(samples, 'outbox_oldest_unsent_age')).toBe(true);
      for (const name of [
        'process_cpu_utilization',
        'process_memory_usage',
        'nodejs_eventloop_delay_p99',
      ]) {
        expect(has(samples, name)).toBe(true);
      }
    }
    await waitFor('every consumer group to have no lag', async () => {
      const all = await Promise.all(
        ['rental', 'catalog', 'locker'].map((s) => scrape(system.url(s))),
      );
      return all.every(
        (samples) =>
          has(samples, 'messaging_kafka_consumer_lag') &&
          total(samples, 'messaging_kafka_consumer_lag') === 0,
      );
    });
  });
});
