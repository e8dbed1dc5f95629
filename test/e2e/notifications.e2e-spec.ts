import { deadLetterTopicOf, Topics } from '@lib/contracts';
import { http, KafkaProbe, LocalSystem, waitFor } from '@lib/testing';
import { readFileSync } from 'node:fs';
import {
  createBook,
  createStation,
  rentalCommand,
  requestRental,
  waitForSettled,
  waitForStatus,
} from '../support/rentals';

interface Delivered {
  idempotencyKey: string;
  to: string;
  text: string;
}

/**
 * Readers are told what happened through a flaky external provider: once each, whatever the
 * provider does, or the notification sits in the dead-letter topic with its reason.
 */
describe('notifications through a flaky provider', () => {
  let system: LocalSystem;
  let probe: KafkaProbe;

  beforeAll(async () => {
    system = await LocalSystem.create({
      notifications: true,
      env: {
        NOTIFY_RETRY_DELAYS_MS: '1500,4000',
        PROVIDER_TIMEOUT_MS: '500',
        PROVIDER_BREAKER_FAILURES: '3',
        PROVIDER_HALF_OPEN_AFTER_MS: '1000',
        CONTACT_LOOKUP_TIMEOUT_MS: '300',
        CONTACT_CACHE_TTL_MS: '0',
      },
    });
    await system.start();
    probe = new KafkaProbe(system.brokers);
  });

  afterAll(async () => {
    await probe?.close();
    await system?.stop();
  });

  const provider = (path: string) => `${system.url('provider-simulator')}${path}`;
  const control = (behaviour: { failureRate?: number; contactLatencyMs?: number }) =>
    http('POST', provider('/control'), behaviour);
  const setFailureRate = (failureRate: number) => control({ failureRate });
  const delivered = async (reader: string): Promise<Delivered[]> =>
    ((await http<Delivered[]>('GET', provider('/messages'))).body ?? []).filter(
      (message) => message.to === `${reader}@readers.example`,
    );

  /** The ids of the rental's events a reader hears about. */
  async function noticeEventIds(rentalId: string): Promise<string[]> {
    const messages = await probe.readAll(system.topic(Topics.rentalEvents));
    const told = ['rental.ready-for-pickup', 'rental.waitlisted', 'rental.returned'];
    return messages
      .filter((m) => m.key === rentalId && told.includes(m.headers['event-type']))
      .map((m) => m.headers['event-id']);
  }

  async function deadLettered(rentalId: string) {
    const messages = await probe.readAll(deadLetterTopicOf(system.topic(Topics.rentalEvents)));
    return messages.filter(
      (m) =>
        m.key === rentalId &&
        m.headers['dlq-consumer-group'] === `${system.topicPrefix}notification`,
    );
  }

  it('tells the reader each step once: waitlisted, ready with the code, returned', async () => {
    await setFailureRate(0);
    const bookId = await createBook(system, 2);
    const stationId = await createStation(system, 1);
    const first = await requestRental(system, { readerId: 'nina', bookId, stationId });
    const ready = await waitForSettled(system, first);
    const second = await requestRental(system, { readerId: 'omar', bookId, stationId });
    expect((await waitForSettled(system, second)).status).toBe('waitlisted');
    for (const reader of ['nina', 'omar'])
      await waitFor(`${reader}'s first notice`, async () => (await delivered(reader)).length > 0);

    // The contact directory turns slower than its lookup timeout: known readers are still told
    // at once, from the cached address (every refresh in the background fails).
    await control({ contactLatencyMs: 2_000 });
    await rentalCommand(system, first, 'pickup', { pickupCode: ready.pickupCode });
    await rentalCommand(system, first, 'return');
    await waitForStatus(system, second, 'ready_for_pickup');

    const nina = await waitFor('nina to hear of pickup and return', async () => {
      const messages = await delivered('nina');
      return messages.length >= 2 && messages;
    });
    expect(nina.map((m) => m.text)).toEqual([
      expect.stringContaining(`Pickup code ${ready.pickupCode}`),
      'Thank you: your book is back.',
    ]);
    const omar = await waitFor('omar to hear twice', async () => {
      const messages = await delivered('omar');
      return messages.length >= 2 && messages;
    });
    expect(omar.map((m) => m.text)).toEqual([
      expect.stringContaining('You are number 1 in line'),
      expect.stringContaining('Your book is in slot 1'),
    ]);
    // The idempotency key is the event id: one delivery per event, none twice.
    expect(nina.map((m) => m.idempotencyKey).sort()).toEqual((await noticeEventIds(first)).sort());
    await control({ contactLatencyMs: 0 });
  });

  it('at 50% provider failures, delivers each notice once or dead-letters it with the reason', async () => {
    await setFailureRate(0.5);
    const bookId = await createBook(system, 6);
    const stationId = await createStation(system, 6);
    const readers = ['r1', 'r2', 'r3', 'r4', 'r5', 'r6'];
    const rentals = await Promise.all(
      readers.map((readerId) => requestRental(system, { readerId, bookId, stationId })),
    );
    await Promise.all(rentals.map((id) => waitForStatus(system, id, 'ready_for_pickup')));

    for (const [index, rentalId] of rentals.entries()) {
      const outcome = await waitFor(
        `the notice of ${rentalId} to be delivered or dead-lettered`,
        async () => {
          const sent = await delivered(readers[index]);
          const parked = await deadLettered(rentalId);
          return sent.length + parked.length > 0 && { sent, parked };
        },
        { timeoutMs: 60_000 },
      );
      expect(outcome.sent.length + outcome.parked.length).toBe(1);
      for (const parked of outcome.parked)
        expect(parked.headers['dlq-reason']).toMatch(/provider service is unavailable/);
    }
    await setFailureRate(0);
  });

  it('with the provider dead, opens the breaker, rentals flow, and notices catch up', async () => {
    await setFailureRate(1);
    const bookId = await createBook(system, 2);
    const stationId = await createStation(system, 2);
    const rentals = await Promise.all(
      ['p1', 'p2'].map((readerId) => requestRental(system, { readerId, bookId, stationId })),
    );
    await Promise.all(rentals.map((id) => waitForStatus(system, id, 'ready_for_pickup')));
    await waitFor('the breaker to open', async () =>
      readFileSync(system.logFile('notification'), 'utf8').includes('provider: circuit open'),
    );
    expect(await delivered('p1')).toEqual([]);

    await setFailureRate(0);
    for (const reader of ['p1', 'p2'])
      await waitFor(`${reader}'s notice to be delivered`, async () => {
        return (await delivered(reader)).length === 1;
      });
    expect(await deadLettered(rentals[0])).toEqual([]);
  });

  it('dead-letters a notice the provider never takes, after the last attempt, with the reason', async () => {
    await setFailureRate(1);
    const bookId = await createBook(system, 1);
    const stationId = await createStation(system, 1);
    const rentalId = await requestRental(system, { readerId: 'lost', bookId, stationId });
    await waitForStatus(system, rentalId, 'ready_for_pickup');

    const [parked] = await waitFor(
      'the notice to reach the dead-letter topic',
      async () => {
        const messages = await deadLettered(rentalId);
        return messages.length > 0 && messages;
      },
      { timeoutMs: 60_000 },
    );
    await setFailureRate(0);
    expect(parked.headers['event-type']).toBe('rental.ready-for-pickup');
    expect(parked.headers['dlq-original-topic']).toBe(system.topic(Topics.rentalEvents));
    expect(parked.headers['dlq-reason']).toMatch(/unavailable.*\(after 3 attempts\)/);
    expect(await delivered('lost')).toEqual([]);
  });
});
