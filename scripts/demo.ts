/**
 * Plays the rental saga on the local system and prints what happens, step by step.
 * Run through `npm run demo`, which starts the infrastructure first.
 */
import {
  drawWaterfall,
  http,
  LocalSystem,
  readSpans,
  rootsOf,
  sampleApps,
  waitFor,
} from '@lib/testing';
import { setTimeout as sleep } from 'node:timers/promises';

const gangnam = '22222222-2222-4222-8222-222222222201';
const releaseIt = '11111111-1111-4111-8111-111111111101';
const productionReady = '11111111-1111-4111-8111-111111111102';
const keepRunning = process.argv.includes('--keep');

const explain: Record<string, string> = {
  requested: 'rental wrote the rental and its event in one transaction',
  copy_reserved: 'catalog reserved a copy and replied over Kafka',
  ready_for_pickup: 'locker assigned a slot; rental made a pickup code',
  waitlisted: 'locker found every slot taken and queued the rental',
  rejected: 'catalog had no free copy',
};

interface Rental {
  id: string;
  status: string;
  slotNumber: number | null;
  pickupCode: string | null;
  history: { status: string; detail: string | null; at: string }[];
}

async function main(): Promise<void> {
  const system = await LocalSystem.create({
    runId: `demo${Date.now().toString(36)}`,
    ports: { rental: 3001, catalog: 3002, locker: 3003 },
  });
  const stop = once(() => system.stop());
  process.once('SIGINT', () => void stop().then(() => process.exit(130)));

  try {
    heading('Book rental demo: a rental saga across three services over Kafka');
    line(
      `infrastructure  Kafka ${system.brokers.join(',')}, PostgreSQL ${new URL(system.adminUrl).host}`,
    );
    await system.start();
    for (const [name, service] of system.services)
      line(`${name.padEnd(14)}  ${service.url}  (own database, own process)`);

    heading('Step 1  One rental through the saga');
    const first = await rentAndFollow('ada', releaseIt);
    line(`ready for pickup: slot ${first.slotNumber}, pickup code ${first.pickupCode}`);

    heading('Step 2  The trace of that rental: one trace across the three services');
    for (const row of await traceOf(first.id)) line(row);

    heading('Step 3  The station fills up');
    const station = await http('GET', `${system.url('locker')}/stations/${gangnam}`);
    line(`${station.body.name} has ${station.body.capacity} slots; two more readers rent there`);
    await rentAndFollow('grace', productionReady);
    await rentAndFollow('linus', productionReady);
    const after = await http('GET', `${system.url('locker')}/stations/${gangnam}`);
    line(
      `${after.body.name}: ${after.body.occupied}/${after.body.capacity} slots used, ${after.body.waitlisted} waiting`,
    );

    heading('Done');
    line(`logs of each service: infra/local/.data/logs/${system.runId}/`);
    if (keepRunning) {
      line('the services keep running (--keep); press Ctrl-C to stop them');
      await new Promise(() => undefined);
    }
  } finally {
    await stop();
  }

  /** Waits until every service exported its spans of the rental's trace, and draws it. */
  async function traceOf(rentalId: string): Promise<string[]> {
    const spans = await waitFor('the trace of the rental', () => {
      const all = sampleApps.flatMap((app) => readSpans(system.spansFile(app)));
      const traceId = all.find(
        (span) => span.attributes['messaging.kafka.message.key'] === rentalId,
      )?.traceId;
      const trace = all.filter((span) => span.traceId === traceId);
      const finished = trace.some(
        (span) => span.name.endsWith('locker.events') && span.name.startsWith('process'),
      );
      return traceId !== undefined && finished && rootsOf(trace).length === 1 && trace;
    });
    return drawWaterfall(spans);
  }

  async function rentAndFollow(readerId: string, bookId: string): Promise<Rental> {
    const started = Date.now();
    const response = await http('POST', `${system.url('rental')}/rentals`, {
      readerId,
      bookId,
      stationId: gangnam,
    });
    line(`POST /rentals by ${readerId} → ${response.status} ${response.body.id}`);
    let shown = 0;
    return waitFor(`rental ${response.body.id} to settle`, async () => {
      const rental = (
        await http<Rental>('GET', `${system.url('rental')}/rentals/${response.body.id}`)
      ).body;
      for (const step of rental.history.slice(shown)) {
        const elapsed = `+${Date.parse(step.at) - started} ms`.padStart(9);
        line(`${elapsed}  ${step.status.padEnd(17)} ${explain[step.status] ?? ''}`);
      }
      shown = rental.history.length;
      return ['ready_for_pickup', 'waitlisted', 'rejected'].includes(rental.status) && rental;
    });
  }
}

function heading(text: string): void {
  console.log(`\n\x1b[1m${text}\x1b[0m`);
}

function line(text: string): void {
  console.log(`  ${text}`);
}

function once(action: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | undefined;
  return () => (running ??= action());
}

main().catch(async (error: unknown) => {
  console.error(`\n[demo] failed: ${error instanceof Error ? error.message : String(error)}`);
  await sleep(10);
  process.exit(1);
});
