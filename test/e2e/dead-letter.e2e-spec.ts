import { createEvent, deadLetterTopicOf, RentalRequestedV1, Topics } from '@lib/contracts';
import { KafkaProbe, LocalSystem, waitFor } from '@lib/testing';
import { requestRental, seededBookId, seededStationId, waitForSettled } from '../support/rentals';

/**
 * A message that breaks its contract goes to the dead-letter topic with the reason, and the
 * partition moves on: valid messages behind it are still processed.
 */
describe('dead-letter topic', () => {
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

  it('parks malformed messages with their reason and keeps every partition moving', async () => {
    const valid = createEvent(RentalRequestedV1, 'x', {
      rentalId: '00000000-0000-4000-8000-000000000001',
      readerId: 'reader-x',
      bookId: seededBookId,
      stationId: seededStationId,
    });
    const poison = [
      { partition: 0, key: 'poison-0', value: '{not json' },
      {
        partition: 1,
        key: 'poison-1',
        value: JSON.stringify({ ...valid, type: 'rental.teleported' }),
      },
      {
        partition: 2,
        key: 'poison-2',
        value: JSON.stringify({ ...valid, payload: { ...valid.payload, bookId: 7 } }),
      },
    ];
    const topic = system.topic(Topics.rentalEvents);
    await probe.produce(topic, poison);

    // Whichever partition this rental's event lands on, a poison message sits in front of it.
    const id = await requestRental(system, {
      readerId: 'reader-1',
      bookId: seededBookId,
      stationId: seededStationId,
    });
    await expect(waitForSettled(system, id)).resolves.toMatchObject({ status: 'ready_for_pickup' });

    // rental.events is consumed by catalog and locker. Both park what no contract accepts; only
    // catalog, which handles rental.requested, checks that type's payload (locker ignores it).
    const deadLetters = await waitFor('five dead letters', async () => {
      const messages = await probe.readAll(deadLetterTopicOf(topic));
      return messages.length >= 5 && messages;
    });
    const reasons = Object.fromEntries(
      deadLetters
        .filter(
          (message) => message.headers['dlq-consumer-group'] === `${system.topicPrefix}catalog`,
        )
        .map((message) => [message.key, message.headers['dlq-reason']]),
    );
    expect(reasons).toEqual({
      'poison-0': expect.stringMatching(/^not JSON/),
      'poison-1': 'unknown event type rental.teleported@v1',
      'poison-2': expect.stringMatching(/^bad payload for rental.requested@v1: bookId: /),
    });
    const parkedByLocker = deadLetters.filter(
      (m) => m.headers['dlq-consumer-group'] === `${system.topicPrefix}locker`,
    );
    expect(parkedByLocker.map((message) => message.key).sort()).toEqual(['poison-0', 'poison-1']);
    expect(deadLetters).toHaveLength(5);
    expect(deadLetters[0].headers).toMatchObject({ 'dlq-original-topic': topic });
    expect(deadLetters.find((message) => message.key === 'poison-0')?.value).toBe('{not json');
  });
});
