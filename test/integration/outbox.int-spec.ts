import { loadConfig, serviceConfigSchema, type ServiceConfig } from '@lib/config';
import { createEvent, RentalRequestedV1, Topics } from '@lib/contracts';
import { dataSourceOptions } from '@lib/database';
import {
  KafkaClient,
  messagingEntities,
  MessagingTables1732406400000,
  Outbox,
  OutboxMessage,
  OutboxRelay,
  TypeOrmOutboxStore,
} from '@lib/messaging';
import {
  createServiceDatabases,
  dropServiceDatabases,
  ensureKafka,
  ensurePostgres,
  KafkaProbe,
} from '@lib/testing';
import { randomBytes, randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';

/** The outbox and its relay against the real PostgreSQL and Kafka. */
describe('transactional outbox and relay', () => {
  const runId = `i${randomBytes(4).toString('hex')}`;
  const adminUrl = ensurePostgres();
  let config: ServiceConfig;
  let dataSource: DataSource;
  let kafka: KafkaClient;
  let probe: KafkaProbe;
  const outbox = new Outbox();

  beforeAll(async () => {
    const brokers = await ensureKafka();
    const urls = await createServiceDatabases(adminUrl, `${runId}_`, ['outbox']);
    config = loadConfig(serviceConfigSchema, {
      SERVICE_NAME: 'outbox-test',
      PORT: '1',
      DATABASE_URL: urls.outbox,
      KAFKA_BROKERS: brokers.join(','),
      KAFKA_TOPIC_PREFIX: `${runId}.`,
    });
    const database = { entities: messagingEntities, migrations: [MessagingTables1732406400000] };
    dataSource = new DataSource(dataSourceOptions(config, database));
    await dataSource.initialize();
    await dataSource.runMigrations();
    kafka = new KafkaClient(config);
    await kafka.onModuleInit();
    probe = new KafkaProbe(config.KAFKA_BROKERS);
  });

  afterAll(async () => {
    await probe?.close();
    await kafka?.onApplicationShutdown();
    await dataSource?.destroy();
    await dropServiceDatabases(adminUrl, `${runId}_`, ['outbox']);
  });

  const relay = () =>
    new OutboxRelay(new TypeOrmOutboxStore(dataSource), kafka, (t) => kafka.topicName(t), 10);
  const topic = () => kafka.topicName(Topics.rentalEvents);

  function rentalRequested() {
    const rentalId = randomUUID();
    return createEvent(RentalRequestedV1, rentalId, {
      rentalId,
      readerId: 'reader-1',
      bookId: randomUUID(),
      stationId: randomUUID(),
    });
  }

  async function drain(relayInstance: OutboxRelay): Promise<number> {
    let total = 0;
    for (
      let sent = await relayInstance.relayOnce();
      sent > 0;
      sent = await relayInstance.relayOnce()
    )
      total += sent;
    return total;
  }

  it('publishes the event of a committed transaction once, and never one of a rolled-back transaction', async () => {
    const committed = rentalRequested();
    const rolledBack = rentalRequested();
    await dataSource.transaction((tx) => outbox.add(tx, committed));
    await expect(
      dataSource.transaction(async (tx) => {
        await outbox.add(tx, rolledBack);
        throw new Error('the state change failed');
      }),
    ).rejects.toThrow('the state change failed');

    await expect(drain(relay())).resolves.toBe(1);
    await expect(relay().relayOnce()).resolves.toBe(0);

    const row = await dataSource
      .getRepository(OutboxMessage)
      .findOneByOrFail({ eventId: committed.id });
    expect(row.sentAt).toBeInstanceOf(Date);
    const published = await probe.readAll(topic());
    expect(published.map((message) => message.headers['event-id'])).toEqual([committed.id]);
    expect(published[0]).toMatchObject({
      key: committed.aggregateId,
      value: JSON.stringify(row.envelope),
    });
  });

  it('lets two relays share the outbox without publishing a row twice', async () => {
    const events = Array.from({ length: 60 }, rentalRequested);
    await dataSource.transaction(async (tx) => {
      for (const event of events) await outbox.add(tx, event);
    });

    const [first, second] = await Promise.all([drain(relay()), drain(relay())]);

    expect(first + second).toBe(60);
    const ids = (await probe.readAll(topic())).map((message) => message.headers['event-id']);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(expect.arrayContaining(events.map((event) => event.id)));
  });

  it('refuses to record an event whose payload breaks its contract', async () => {
    const broken = { ...rentalRequested(), payload: { rentalId: 'not-a-uuid' } };

    await expect(dataSource.transaction((tx) => outbox.add(tx, broken))).rejects.toThrow(
      /rentalId/,
    );
  });
});
