/**
 * Plays the book-rental scenario on the local system and prints what happens, step by step:
 * rentals through the saga, the trace of one, a station filling up and waitlisting, the capacity
 * alert, an operator adding slots, the waitlist draining, a pickup and a return.
 * Run through `npm run demo`, which starts the infrastructure first.
 */
import { Topics } from '@lib/contracts';
import { drawWaterfall, http, KafkaProbe, rootsOf, scrape, total, waitFor } from '@lib/testing';
import { setTimeout as sleep } from 'node:timers/promises';
import { composeSystem, localSystem, type DemoSystem } from './demo-systems';

const gangnam = '22222222-2222-4222-8222-222222222201';
const releaseIt = '11111111-1111-4111-8111-111111111101';
const productionReady = '11111111-1111-4111-8111-111111111102';
const dataIntensive = '11111111-1111-4111-8111-111111111103';
const cityHall = '22222222-2222-4222-8222-222222222202';
const keepRunning = process.argv.includes('--keep');
const onCompose = process.argv.includes('--compose');

const roles: Record<string, string> = {
  gateway: '(the public entry: every call below goes through it)',
  'provider-simulator': '(stands in for the external notification provider)',
};

const explain: Record<string, string> = {
  requested: 'rental wrote the rental and its event in one transaction',
  copy_reserved: 'catalog reserved a copy and replied over Kafka',
  ready_for_pickup: 'locker assigned a slot; rental made a pickup code',
  waitlisted: 'locker found every slot taken and queued the rental',
  rejected: 'catalog had no free copy',
  picked_up: 'the code matched; locker frees the slot',
  returned: 'catalog can lend the copy again',
};

interface Rental {
  id: string;
  readerId: string;
  status: string;
  slotNumber: number | null;
  pickupCode: string | null;
  history: { status: string; detail: string | null; at: string }[];
}

async function main(): Promise<void> {
  heading('Book rental demo: a rental saga across services over Kafka');
  line(`starting the services (${onCompose ? 'Docker Compose' : 'local mode, no Docker'}) ...`);
  const system: DemoSystem = onCompose ? composeSystem() : await localSystem();
  const probe = new KafkaProbe(system.brokers);
  const stop = once(async () => {
    await probe.close();
    await system.stop();
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.once(signal, () => void stop().then(() => process.exit(130)));
  const shown = new Map<string, number>();
  const rentals: Rental[] = [];
  const tokens = new Map<string, string>();
  const requestMs: number[] = [];

  try {
    await system.start();
    line(`mode            ${system.mode}`);
    line(`Kafka           ${system.brokers.join(',')}`);
    for (const [name, url] of system.endpoints())
      line(`${name.padEnd(18)}  ${url}  ${roles[name] ?? '(own database, own process)'}`);

    heading('Step 1/9  One rental through the saga');
    const ada = await rent('ada', releaseIt);
    line(`ready for pickup: slot ${ada.slotNumber}, pickup code ${ada.pickupCode}`);

    heading('Step 2/9  The trace of that rental: one trace from the gateway across three services');
    for (const row of await traceOf(ada.id)) line(row);

    heading('Step 3/9  Gangnam Station fills up; the next rentals wait in line');
    await rent('grace', releaseIt);
    const waiting = [
      await rent('linus', releaseIt),
      await rent('barbara', productionReady),
      await rent('alan', productionReady),
    ];
    await showStation();

    heading('Step 4/9  The station asks for more lockers: the capacity alert');
    const alert = await capacityAlert();
    line(
      `locker.capacity-alert-raised  reason ${alert.reason}: ${alert.occupied}/${alert.capacity} slots used, ${alert.waitlisted} waiting`,
    );

    heading('Step 5/9  An operator adds two slots; the waitlist drains, oldest first');
    const added = Date.now();
    const resized = await call('olga', 'POST', `/stations/${gangnam}/capacity`, { capacity: 4 });
    line(`POST /stations/:id/capacity {"capacity":4} by olga (operator) → ${resized.status}`);
    for (const rental of waiting.slice(0, 2)) await follow(rental.id, ['ready_for_pickup'], added);
    await showStation();

    heading('Step 6/9  ada picks up her book; the freed slot goes to the last in line');
    const pickedUp = await act(ada, 'pickup', { pickupCode: ada.pickupCode });
    await follow(waiting[2].id, ['ready_for_pickup'], pickedUp);
    await showStation();

    heading('Step 7/9  ada returns the book: its copy can be lent again');
    await act(ada, 'return');
    await waitFor('catalog to take the copy back', async () => {
      const book = await call('ada', 'GET', `/books/${releaseIt}`);
      return book.body.data.availableCopies > 0;
    });
    await showBook(releaseIt);

    heading('Step 8/9  Two readers, one last copy: one reserves it, the other is refused');
    await rent('donald', dataIntensive);
    await rent('ken', dataIntensive);
    await showBook(dataIntensive);

    heading('Step 9/9  The notification provider goes down: rentals keep flowing, notices wait');
    await provider('POST', '/control', { failureRate: 1 });
    line('provider simulator: every call fails from now on');
    const margaret = await rent('margaret', releaseIt, cityHall);
    await waitFor('the provider circuit to open', async () => {
      return (await deliveries()).retried > 0;
    });
    line(
      `margaret's "ready" notice failed: the breaker opened, the notice waits in the retry topic`,
    );
    const restored = Date.now();
    await provider('POST', '/control', { failureRate: 0 });
    line('provider simulator: back to normal');
    await waitFor("margaret's notice", async () => (await noticesTo('margaret')).length > 0);
    line(
      `margaret's notice delivered ${Date.now() - restored} ms after the provider came back, once: "${(await noticesTo('margaret'))[0]}"`,
    );
    line(`(rental ${margaret.id.slice(0, 8)} was ready for pickup all along)`);

    heading('Summary');
    await summary();
    for (const text of system.footer) line(text);
    if (keepRunning) {
      line('the services keep running (--keep); press Ctrl-C to stop them');
      await new Promise(() => undefined);
    }
  } finally {
    await stop();
  }

  /**
   * Calls the gateway as `subject`, with a token from its dev-token endpoint (olga is the
   * operator, everyone else a reader).
   */
  async function call<T = any>(subject: string, method: string, path: string, body?: unknown) {
    if (!tokens.has(subject)) {
      const role = subject === 'olga' ? 'operator' : 'reader';
      const minted = await http('POST', `${system.url('gateway')}/auth/dev-token`, {
        subject,
        role,
      });
      tokens.set(subject, minted.body.token);
    }
    const authorization = `Bearer ${tokens.get(subject)}`;
    return http<T>(method, `${system.url('gateway')}${path}`, body, { authorization });
  }

  /** Posts a rental and prints its steps until the saga rests. */
  async function rent(readerId: string, bookId: string, stationId = gangnam): Promise<Rental> {
    const sent = performance.now();
    const response = await call(readerId, 'POST', '/rentals', { bookId, stationId });
    requestMs.push(performance.now() - sent);
    line(`POST /rentals by ${readerId} → ${response.status} ${response.body.id}`);
    const rental = await follow(response.body.id, ['ready_for_pickup', 'waitlisted', 'rejected']);
    rentals.push(rental);
    return rental;
  }

  /** A reader's command; returns when it was sent. */
  async function act(rental: Rental, command: string, body: unknown = {}): Promise<number> {
    const sent = Date.now();
    const response = await call(rental.readerId, 'POST', `/rentals/${rental.id}/${command}`, body);
    line(`POST /rentals/:id/${command} by ${rental.readerId} → ${response.status}`);
    await follow(rental.id, [response.body.status], sent);
    return sent;
  }

  /**
   * Prints the rental's new history steps until it reaches one of `statuses`, each timed from
   * `since` (by default the request that started the rental).
   */
  async function follow(id: string, statuses: string[], since?: number): Promise<Rental> {
    return waitFor(`rental ${id} to be ${statuses.join(' or ')}`, async () => {
      const rental = (await call<Rental>('olga', 'GET', `/rentals/${id}`)).body;
      const started = since ?? Date.parse(rental.history[0].at);
      for (const step of rental.history.slice(shown.get(id) ?? 0)) {
        const elapsed = `+${Date.parse(step.at) - started} ms`.padStart(10);
        const who = rental.readerId.padEnd(8);
        line(`${elapsed}  ${who} ${step.status.padEnd(17)} ${explain[step.status] ?? ''}`);
      }
      shown.set(id, rental.history.length);
      return statuses.includes(rental.status) && rental;
    });
  }

  async function showStation(): Promise<void> {
    const station = (await call('olga', 'GET', `/stations/${gangnam}`)).body;
    line(
      `${station.name}: ${station.occupied}/${station.capacity} slots used, ${station.waitlisted} waiting`,
    );
  }

  function provider(method: string, path: string, body?: unknown) {
    return http(method, `${system.url('provider-simulator')}${path}`, body);
  }

  async function noticesTo(readerId: string): Promise<string[]> {
    const messages: { to: string; text: string }[] = (await provider('GET', '/messages')).body;
    return messages.filter((m) => m.to === `${readerId}@readers.example`).map((m) => m.text);
  }

  /** Notifications by outcome, from the notification service's /metrics. */
  async function deliveries(): Promise<Record<string, number>> {
    const samples = await scrape(system.url('notification'));
    const count = (outcome: string) => total(samples, 'notification_deliveries_total', { outcome });
    return {
      delivered: count('delivered'),
      retried: count('retried'),
      dead_lettered: count('dead_lettered'),
    };
  }

  async function showBook(bookId: string): Promise<void> {
    const book = (await call('ada', 'GET', `/books/${bookId}`)).body.data;
    line(`${book.title}: ${book.availableCopies} of ${book.copies} copies free`);
  }

  async function capacityAlert(): Promise<Record<string, unknown>> {
    return waitFor('the capacity alert', async () => {
      const messages = await probe.readAll(system.topic(Topics.lockerEvents));
      const raised = messages.find(
        (message) =>
          message.key === gangnam &&
          message.headers['event-type'] === 'locker.capacity-alert-raised',
      );
      return raised !== undefined && JSON.parse(raised.value!).payload;
    });
  }

  /** Waits until every service exported its spans of the rental's trace, and draws it. */
  async function traceOf(rentalId: string): Promise<string[]> {
    const spans = await waitFor('the trace of the rental', async () => {
      const trace = await system.spansWithKey(rentalId);
      const finished = trace.some(
        (span) => span.name.endsWith('locker.events') && span.name.startsWith('process'),
      );
      return finished && rootsOf(trace).length === 1 && trace;
    });
    return drawWaterfall(spans);
  }

  /** Rentals by final state, and how long the saga took to settle each. */
  async function summary(): Promise<void> {
    const all = await Promise.all(
      rentals.map(
        async (rental) => (await call<Rental>('olga', 'GET', `/rentals/${rental.id}`)).body,
      ),
    );
    const byStatus = new Map<string, string[]>();
    for (const rental of all)
      byStatus.set(rental.status, [...(byStatus.get(rental.status) ?? []), rental.readerId]);
    line('state              rentals  readers');
    for (const [status, readers] of byStatus)
      line(`${status.padEnd(18)} ${String(readers.length).padStart(7)}  ${readers.join(', ')}`);
    const settle = all.map((rental) => {
      const first = rental.history.find((step) => step.status !== 'requested');
      return first ? Date.parse(first.at) - Date.parse(rental.history[0].at) : 0;
    });
    const notices = await deliveries();
    line(
      `notifications: ${notices.delivered} delivered, ${notices.retried} sent to the retry topic, ${notices.dead_lettered} dead-lettered`,
    );
    line(
      `POST /rentals through the gateway: p50 ${percentile(requestMs, 50)} ms, p99 ${percentile(requestMs, 99)} ms over ${requestMs.length} requests`,
    );
    line(
      `request to catalog's reply, over Kafka and back: p50 ${percentile(settle, 50)} ms, max ${Math.max(...settle)} ms`,
    );
  }
}

/** The nearest-rank percentile, in whole milliseconds. */
function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round(sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)]);
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
