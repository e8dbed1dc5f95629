import { Kafka, logLevel, Partitioners, type IHeaders, type Producer } from 'kafkajs';
import { waitFor } from './wait-for';

export interface ReadMessage {
  partition: number;
  offset: string;
  key: string | null;
  value: string | null;
  headers: Record<string, string>;
}

/** A test's own Kafka client: produce raw bytes, read topics back, check group offsets. */
export class KafkaProbe {
  private readonly kafka: Kafka;
  private producer?: Producer;

  constructor(brokers: string[]) {
    this.kafka = new Kafka({ clientId: 'test-probe', brokers, logLevel: logLevel.NOTHING });
  }

  /** Produces as-is (no validation): the way to send a malformed or duplicated message. */
  async produce(
    topic: string,
    messages: { key: string; value: string; headers?: Record<string, string> }[],
  ) {
    this.producer ??= this.kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner });
    await this.producer.connect();
    return this.producer.send({ topic, acks: -1, messages });
  }

  /** Every message now on a topic, read from the start of each partition. */
  async readAll(topic: string): Promise<ReadMessage[]> {
    const admin = this.kafka.admin();
    await admin.connect();
    // A topic created a moment ago may not be served by its leader yet.
    const ends = await waitFor(`the offsets of ${topic}`, () => admin.fetchTopicOffsets(topic), {
      timeoutMs: 15_000,
    }).finally(() => admin.disconnect());
    const expected = ends.reduce((sum, p) => sum + Number(p.high) - Number(p.low), 0);
    if (expected === 0) return [];

    const messages: ReadMessage[] = [];
    const consumer = this.kafka.consumer({ groupId: `probe-${Date.now()}-${Math.random()}` });
    await consumer.connect();
    await consumer.subscribe({ topic, fromBeginning: true });
    await consumer.run({
      eachMessage: async ({ partition, message }) => {
        messages.push({
          partition,
          offset: message.offset,
          key: message.key?.toString() ?? null,
          value: message.value?.toString() ?? null,
          headers: stringHeaders(message.headers),
        });
      },
    });
    try {
      await waitFor(`${expected} messages on ${topic}`, () => messages.length >= expected, {
        timeoutMs: 30_000,
      });
    } finally {
      await consumer.disconnect();
    }
    return messages;
  }

  /** Waits until `groupId` has committed past `offset` on a partition: the message was handled. */
  async waitForCommit(
    groupId: string,
    topic: string,
    partition: number,
    offset: string,
  ): Promise<void> {
    const admin = this.kafka.admin();
    await admin.connect();
    try {
      await waitFor(`${groupId} to commit past ${topic}[${partition}]@${offset}`, async () => {
        const [committed] = await admin.fetchOffsets({ groupId, topics: [topic] });
        const mark = committed.partitions.find((p) => p.partition === partition)?.offset ?? '-1';
        return Number(mark) > Number(offset);
      });
    } finally {
      await admin.disconnect();
    }
  }

  /** The client ids of the members of a consumer group, once it is stable. */
  async groupMembers(groupId: string): Promise<string[]> {
    const admin = this.kafka.admin();
    await admin.connect();
    try {
      const { groups } = await admin.describeGroups([groupId]);
      return groups[0]?.state === 'Stable'
        ? groups[0].members.map((member) => member.clientId)
        : [];
    } finally {
      await admin.disconnect();
    }
  }

  async close(): Promise<void> {
    await this.producer?.disconnect();
  }
}

function stringHeaders(headers: IHeaders | undefined): Record<string, string> {
  return Object.fromEntries(
    Object.entries(headers ?? {}).map(([name, value]) => [
      name,
      String(Array.isArray(value) ? value.join(',') : value),
    ]),
  );
}
