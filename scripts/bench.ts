/**
 * What instrumentation costs: the rental service measured three times on the same machine and
 * data, with no telemetry, with metrics only, and with traces and metrics (spans exported to a
 * file). Loopback only, bounded by BENCH_SECONDS per run. Prints figures; asserts nothing.
 */
import { freePort, http, LocalSystem, scrape, total, waitFor } from '@lib/testing';
import autocannon from 'autocannon';

const seconds = Number(process.env.BENCH_SECONDS ?? 8);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);
const stationId = '22222222-2222-4222-8222-222222222201';

const variants = [
  {
    instance: 'rental-bare',
    label: 'no telemetry',
    env: { TRACING_ENABLED: 'false', METRICS_ENABLED: 'false' },
  },
  {
    instance: 'rental-metrics',
    label: 'metrics only',
    env: { TRACING_ENABLED: 'false', METRICS_ENABLED: 'true' },
  },
  {
    instance: 'rental-traced',
    label: 'traces + metrics',
    env: { TRACING_ENABLED: 'true', METRICS_ENABLED: 'true' },
  },
];

interface Row {
  variant: string;
  path: string;
  'req/s': number;
  'p50 ms': number;
  'p99 ms': number;
  errors: number;
}

async function main(): Promise<void> {
  const system = await LocalSystem.create({ runId: `bench${Date.now().toString(36)}` });
  for (const variant of variants)
    system.add('rental', variant.instance, await freePort(), variant.env);
  try {
    await system.start();
    // A book with no free copy: every POST runs the whole write path (transaction + outbox) and
    // its saga ends quickly in "rejected", so the work behind each request stays small and equal.
    const book = await http('POST', `${system.url('catalog')}/books`, {
      title: 'Bench',
      author: 'Bench',
      copies: 0,
    });
    const rental = { readerId: 'bench', bookId: book.body.id, stationId };
    const rows: Row[] = [];

    // Reads first, on a quiet system; each variant warms up before it is measured.
    for (const variant of variants) {
      const seed = await http('POST', `${system.url(variant.instance)}/rentals`, rental);
      await waitUntilQuiet(system);
      const read = { url: `${system.url(variant.instance)}/rentals/${seed.body.id}` };
      await autocannon({ ...read, connections, duration: 2 });
      rows.push(await run(variant.label, 'GET /rentals/:id', read));
    }
    // Each write run starts sagas: let them finish before the next measurement.
    for (const variant of variants) {
      const write = {
        url: `${system.url(variant.instance)}/rentals`,
        method: 'POST' as const,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(rental),
      };
      await autocannon({ ...write, connections, duration: 2 });
      await waitUntilQuiet(system);
      rows.push(await run(variant.label, 'POST /rentals', write));
      await waitUntilQuiet(system);
    }

    console.log(
      `\n${connections} connections, ${seconds} s per run, Node ${process.version}, ${process.platform}/${process.arch}`,
    );
    console.table(rows);
    printOverhead(rows);
  } finally {
    await system.stop();
  }
}

/** Every outbox is empty and every consumer group has caught up. */
async function waitUntilQuiet(system: LocalSystem): Promise<void> {
  await waitFor(
    'the sagas in flight to finish',
    async () => {
      const all = await Promise.all(
        ['rental', 'catalog', 'locker'].map((app) => scrape(system.url(app))),
      );
      const backlog = all.reduce(
        (sum, samples) => sum + total(samples, 'outbox_backlog_messages'),
        0,
      );
      const lag = all.reduce(
        (sum, samples) => sum + total(samples, 'messaging_kafka_consumer_lag'),
        0,
      );
      return backlog === 0 && lag === 0;
    },
    { timeoutMs: 300_000, intervalMs: 1_000 },
  );
}

async function run(variant: string, path: string, options: autocannon.Options): Promise<Row> {
  process.stdout.write(`  ${variant.padEnd(16)} ${path} ...\n`);
  const result = await autocannon({ ...options, connections, duration: seconds });
  return {
    variant,
    path,
    'req/s': Math.round(result.requests.average),
    'p50 ms': result.latency.p50,
    'p99 ms': result.latency.p99,
    errors: result.errors + result.non2xx,
  };
}

function printOverhead(rows: Row[]): void {
  for (const path of new Set(rows.map((row) => row.path))) {
    const bare = rows.find((row) => row.path === path && row.variant === variants[0].label)!;
    for (const row of rows.filter((r) => r.path === path && r !== bare)) {
      const cost = ((bare['req/s'] - row['req/s']) / bare['req/s']) * 100;
      console.log(
        `${path}: ${row.variant} costs ${cost.toFixed(1)}% of throughput against no telemetry`,
      );
    }
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
