/**
 * Where the demo's system runs. Local: services as processes on the JVM Kafka (LocalSystem).
 * Compose: the stack of infra/compose, already started by scripts/demo.sh; spans come from
 * Jaeger's query API instead of the span files.
 */
import type { SpanRecord } from '@lib/observability';
import {
  http,
  LocalSystem,
  readSpans,
  sampleApps,
  spansOfJaegerTrace,
  type JaegerTrace,
} from '@lib/testing';

export interface DemoSystem {
  mode: string;
  brokers: string[];
  /** The services a newcomer can call, with their URLs. */
  endpoints(): [string, string][];
  url(service: string): string;
  topic(name: string): string;
  /** The spans of the trace in which `key` was a Kafka message key. */
  spansWithKey(key: string): Promise<SpanRecord[]>;
  /** Where to look next, printed at the end. */
  footer: string[];
  start(): Promise<void>;
  stop(): Promise<void>;
}

/** What the demo changes from the defaults so it need not wait (Compose sets the same). */
const demoSettings = {
  CAPACITY_ALERT_WAITLIST: '3',
  CAPACITY_CHECK_INTERVAL_MS: '500',
  NOTIFY_RETRY_DELAYS_MS: '2000,5000',
  PROVIDER_BREAKER_FAILURES: '3',
  PROVIDER_HALF_OPEN_AFTER_MS: '1000',
};

export async function localSystem(): Promise<DemoSystem> {
  const system = await LocalSystem.create({
    runId: `demo${Date.now().toString(36)}`,
    ports: {
      gateway: 3000,
      rental: 3001,
      catalog: 3002,
      locker: 3003,
      notification: 3004,
      'provider-simulator': 3010,
    },
    gateway: true,
    notifications: true,
    env: demoSettings,
  });
  return {
    mode: 'local (no Docker): Kafka on the JVM, services as processes',
    brokers: system.brokers,
    endpoints: () => [...system.services].map(([name, service]) => [name, service.url]),
    url: (service) => system.url(service),
    topic: (name) => system.topic(name),
    spansWithKey: async (key) => {
      const all = [...sampleApps, 'gateway'].flatMap((app) => readSpans(system.spansFile(app)));
      const traceId = all.find(
        (span) => span.attributes['messaging.kafka.message.key'] === key,
      )?.traceId;
      return all.filter((span) => span.traceId === traceId);
    },
    footer: [`logs and spans of each service: infra/local/.data/logs/${system.runId}/`],
    start: () => system.start(),
    stop: () => system.stop(),
  };
}

export function composeSystem(): DemoSystem {
  const urls: Record<string, string> = {
    gateway: 'http://localhost:3000',
    notification: 'http://localhost:3004',
    'provider-simulator': 'http://localhost:3010',
  };
  const jaeger = 'http://localhost:16686';
  return {
    mode: 'Docker Compose (infra/compose/compose.yaml)',
    brokers: ['localhost:9092'],
    endpoints: () => Object.entries(urls),
    url: (service) => urls[service],
    topic: (name) => name,
    spansWithKey: async (key) => {
      const tags = encodeURIComponent(JSON.stringify({ 'messaging.kafka.message.key': key }));
      const found = await http<{ data: JaegerTrace[] | null }>(
        'GET',
        `${jaeger}/api/traces?service=locker&tags=${tags}&lookback=1h&limit=1`,
      );
      const trace = found.body.data?.[0];
      return trace ? spansOfJaegerTrace(trace) : [];
    },
    footer: [
      'Grafana (dashboards)   http://localhost:3300',
      `Jaeger (traces)        ${jaeger}`,
      'Prometheus (alerts)    http://localhost:9090/alerts',
    ],
    start: async () => undefined, // scripts/demo.sh ran `docker compose up --wait`
    stop: async () => undefined, // and runs `docker compose down` at the end
  };
}
