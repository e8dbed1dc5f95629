import type { OutboxStore, PendingMessage } from './outbox.store';

export interface OutboundMessage {
  topic: string;
  key: string;
  value: string | Buffer;
  headers: Record<string, string>;
}

/** Sends messages and resolves only once the broker has acknowledged all of them. */
export interface MessagePublisher {
  publish(messages: OutboundMessage[]): Promise<void>;
}

export function toOutboundMessage(
  row: PendingMessage,
  topicName: (topic: string) => string,
): OutboundMessage {
  return {
    topic: topicName(row.topic),
    key: row.messageKey,
    value: JSON.stringify(row.envelope),
    headers: {
      ...row.headers,
      'event-id': row.eventId,
      'event-type': row.eventType,
      'event-version': String(row.eventVersion),
      'content-type': 'application/json',
    },
  };
}

/**
 * Moves outbox rows to Kafka. The marking rule: a row is marked sent only after the broker
 * acknowledged it; any failure leaves the whole batch unsent, to be sent again (consumers are
 * idempotent, so a repeat is harmless, while a loss would not be).
 */
export class OutboxRelay {
  constructor(
    private readonly store: OutboxStore,
    private readonly publisher: MessagePublisher,
    private readonly topicName: (topic: string) => string,
    private readonly batchSize: number,
  ) {}

  /** Publishes one batch; returns how many rows were sent. */
  relayOnce(): Promise<number> {
    return this.store.withUnsentBatch(this.batchSize, async (batch) => {
      if (batch.messages.length === 0) return 0;
      await this.publisher.publish(
        batch.messages.map((row) => toOutboundMessage(row, this.topicName)),
      );
      await batch.markSent(batch.messages.map((row) => row.position));
      return batch.messages.length;
    });
  }
}
