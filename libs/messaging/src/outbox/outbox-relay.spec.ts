import { OutboxRelay, type MessagePublisher, type OutboundMessage } from './outbox-relay';
import type { OutboxBatch, OutboxStore, PendingMessage } from './outbox.store';

/** An in-memory outbox whose transactions roll back when the work throws. */
class InMemoryOutboxStore implements OutboxStore {
  readonly sent = new Set<string>();
  constructor(readonly rows: PendingMessage[]) {}

  async withUnsentBatch<T>(limit: number, work: (batch: OutboxBatch) => Promise<T>): Promise<T> {
    const staged = new Set<string>();
    const messages = this.rows.filter((row) => !this.sent.has(row.position)).slice(0, limit);
    const result = await work({
      messages,
      markSent: async (positions) => positions.forEach((p) => staged.add(p)),
    });
    staged.forEach((position) => this.sent.add(position)); // commit
    return result;
  }
}

class RecordingPublisher implements MessagePublisher {
  readonly published: OutboundMessage[] = [];
  failNext = false;

  async publish(messages: OutboundMessage[]): Promise<void> {
    if (this.failNext) {
      this.failNext = false;
      throw new Error('broker unavailable');
    }
    this.published.push(...messages);
  }
}

function row(position: number): PendingMessage {
  return {
    position: String(position),
    eventId: `00000000-0000-4000-8000-00000000000${position}`,
    topic: 'rental.events',
    messageKey: `rental-${position}`,
    eventType: 'rental.requested',
    eventVersion: 1,
    envelope: { id: `event-${position}` },
    headers: {},
  };
}

describe('OutboxRelay', () => {
  const prefixed = (topic: string) => `test.${topic}`;

  it('publishes unsent rows in order and marks them sent after the broker acknowledged', async () => {
    const store = new InMemoryOutboxStore([row(1), row(2), row(3)]);
    const publisher = new RecordingPublisher();

    await expect(new OutboxRelay(store, publisher, prefixed, 10).relayOnce()).resolves.toBe(3);

    expect(publisher.published.map((message) => message.key)).toEqual([
      'rental-1',
      'rental-2',
      'rental-3',
    ]);
    expect(publisher.published[0]).toMatchObject({
      topic: 'test.rental.events',
      value: JSON.stringify({ id: 'event-1' }),
      headers: { 'event-type': 'rental.requested', 'event-version': '1' },
    });
    expect([...store.sent]).toEqual(['1', '2', '3']);
  });

  it('leaves every row of the batch unsent when publishing fails, and sends them on the next pass', async () => {
    const store = new InMemoryOutboxStore([row(1), row(2)]);
    const publisher = new RecordingPublisher();
    const relay = new OutboxRelay(store, publisher, prefixed, 10);
    publisher.failNext = true;

    await expect(relay.relayOnce()).rejects.toThrow('broker unavailable');
    expect(store.sent.size).toBe(0);

    await expect(relay.relayOnce()).resolves.toBe(2);
    expect([...store.sent]).toEqual(['1', '2']);
  });

  it('takes at most one batch per pass and does nothing when the outbox is empty', async () => {
    const store = new InMemoryOutboxStore([row(1), row(2), row(3)]);
    const publisher = new RecordingPublisher();
    const relay = new OutboxRelay(store, publisher, prefixed, 2);

    await expect(relay.relayOnce()).resolves.toBe(2);
    await expect(relay.relayOnce()).resolves.toBe(1);
    await expect(relay.relayOnce()).resolves.toBe(0);
    expect(publisher.published).toHaveLength(3);
  });
});
