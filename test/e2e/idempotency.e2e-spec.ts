import { Topics } from '@lib/contracts';
import { http, KafkaProbe, LocalSystem, type ReadMessage } from '@lib/testing';
import {
  getRental,
  requestRental,
  seededBookId,
  seededStationId,
  waitForSettled,
} from '../support/rentals';

/**
 * Kafka delivers at least once, so the same event may arrive twice. Re-publishing an event by
 * hand (same id, same bytes) must have no second effect in any service.
 */
describe('idempotent consumers', () => {
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

  async function eventsOf(
    logicalTopic: string,
    rentalId: string,
    type: string,
  ): Promise<ReadMessage[]> {
    const messages = await probe.readAll(system.topic(logicalTopic));
    return messages.filter(
      (message) => message.key === rentalId && message.headers['event-type'] === type,
    );
  }

  /** A second effect would show up as a new event (a new id), not as our re-published copy. */
  async function distinctEventIds(
    logicalTopic: string,
    rentalId: string,
    type: string,
  ): Promise<number> {
    const events = await eventsOf(logicalTopic, rentalId, type);
    return new Set(events.map((message) => message.headers['event-id'])).size;
  }

  /** Publishes the message again and waits until the group has handled the copy. */
  async function redeliver(
    logicalTopic: string,
    message: ReadMessage,
    consumerApp: string,
  ): Promise<void> {
    const [sent] = await probe.produce(system.topic(logicalTopic), [
      { key: message.key!, value: message.value!, headers: message.headers },
    ]);
    await probe.waitForCommit(
      `${system.topicPrefix}${consumerApp}`,
      sent.topicName,
      sent.partition,
      sent.baseOffset!,
    );
  }

  it('applies a redelivered rental.requested and catalog.copy-reserved only once', async () => {
    const id = await requestRental(system, {
      readerId: 'reader-1',
      bookId: seededBookId,
      stationId: seededStationId,
    });
    const settled = await waitForSettled(system, id);
    const book = await http('GET', `${system.url('catalog')}/books/${seededBookId}`);

    const [requested] = await eventsOf(Topics.rentalEvents, id, 'rental.requested');
    const [reserved] = await eventsOf(Topics.catalogEvents, id, 'catalog.copy-reserved');
    await redeliver(Topics.rentalEvents, requested, 'catalog');
    await redeliver(Topics.catalogEvents, reserved, 'rental');

    const bookAfter = await http('GET', `${system.url('catalog')}/books/${seededBookId}`);
    expect(bookAfter.body.availableCopies).toBe(book.body.availableCopies);
    expect(await eventsOf(Topics.catalogEvents, id, 'catalog.copy-reserved')).toHaveLength(2); // ours included
    expect(await distinctEventIds(Topics.catalogEvents, id, 'catalog.copy-reserved')).toBe(1);
    expect(await distinctEventIds(Topics.rentalEvents, id, 'rental.slot-requested')).toBe(1);
    expect((await getRental(system, id)).history).toEqual(settled.history);
  });

  it('still applies a new event after skipping a duplicate', async () => {
    const id = await requestRental(system, {
      readerId: 'reader-2',
      bookId: seededBookId,
      stationId: seededStationId,
    });

    await expect(waitForSettled(system, id)).resolves.toMatchObject({ status: 'ready_for_pickup' });
  });
});
