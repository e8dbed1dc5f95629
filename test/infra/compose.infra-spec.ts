import { repoRoot } from '@lib/testing';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { run } from '../support/tools';

interface ComposeService {
  image: string;
  build?: { args: Record<string, string> };
  restart?: string;
  healthcheck?: { test: string[] };
  deploy?: { resources?: { limits?: { memory?: string; cpus?: string } } };
  depends_on?: Record<string, { condition: string }>;
  environment?: Record<string, string>;
}

const read = (path: string) => readFileSync(join(repoRoot, path), 'utf8');

/**
 * The Compose stack cannot start here (no Docker engine). docker-compose's own parser validates
 * and resolves it (anchors, variables, the schema); the tests check what it resolved to.
 */
describe('the Compose stack', () => {
  let services: Record<string, ComposeService>;

  beforeAll(() => {
    services = parse(
      run('docker-compose', ['-f', 'infra/compose/compose.yaml', 'config']),
    ).services;
  });

  const apps = ['rental', 'catalog', 'locker', 'notification', 'gateway', 'provider-simulator'];
  const dataServices = ['rental', 'catalog', 'locker', 'notification'];

  it('has the infrastructure, the observability stack and every service', () => {
    expect(Object.keys(services).sort()).toEqual(
      [...apps, 'kafka', 'postgres', 'otel-collector', 'jaeger', 'prometheus', 'grafana'].sort(),
    );
  });

  it('runs the same Kafka as the local mode, with the same settings', () => {
    const localVersion = /<kafka\.version>(.+)<\/kafka\.version>/.exec(
      read('infra/local/kafka/pom.xml'),
    )![1];
    const localSettings = read('infra/local/kafka/server.properties.template');
    const kafka = services.kafka;

    expect(kafka.image).toBe(`apache/kafka:${localVersion}`);
    expect(kafka.environment?.CLUSTER_ID).toMatch(/^[A-Za-z0-9_-]{22}$/); // a base64url UUID
    for (const [, property, value] of localSettings.matchAll(/^([a-z][a-z.]+)=(\S+)$/gm)) {
      if (/listener|voters|log\.dirs|node\.id|process\.roles/.test(property)) continue;
      const variable = `KAFKA_${property.replaceAll('.', '_').toUpperCase()}`;
      expect({ variable, value: String(kafka.environment?.[variable]) }).toEqual({
        variable,
        value,
      });
    }
  });

  it('builds each app from the one Dockerfile, with restarts, limits and a health check', () => {
    for (const app of apps) {
      const service = services[app];
      expect({ app, built: service.build?.args.APP }).toEqual({ app, built: app });
      expect(service.restart).toBe('unless-stopped');
      expect(service.deploy?.resources?.limits).toMatchObject({
        memory: expect.any(String),
        cpus: expect.anything(),
      });
      expect(service.healthcheck?.test.join(' ')).toMatch(/\/health\/ready/);
    }
    for (const name of ['kafka', 'postgres', 'prometheus', 'grafana', 'jaeger', 'otel-collector'])
      expect(services[name].deploy?.resources?.limits?.memory).toBeDefined();
  });

  it('starts a data service only once Kafka and PostgreSQL are healthy, the gateway after them', () => {
    for (const app of dataServices) {
      expect(services[app].depends_on).toMatchObject({
        kafka: { condition: 'service_healthy' },
        postgres: { condition: 'service_healthy' },
      });
    }
    expect(services.gateway.depends_on).toMatchObject({
      rental: { condition: 'service_healthy' },
      catalog: { condition: 'service_healthy' },
      locker: { condition: 'service_healthy' },
    });
  });

  it('gives each data service its own database and role, created by the init script', () => {
    const initScript = read('infra/compose/postgres/init-databases.sh');
    const scriptServices = /for service in ([a-z ]+); do/.exec(initScript)![1].split(' ');

    expect(scriptServices.sort()).toEqual([...dataServices].sort());
    for (const app of dataServices) {
      const url = new URL(services[app].environment!.DATABASE_URL);
      expect({ app, role: url.username, database: url.pathname }).toEqual({
        app,
        role: `${app}_svc`,
        database: `/${app}`,
      });
    }
  });

  it('sends spans to the collector, which forwards them to Jaeger', () => {
    const collector = parse(read('infra/compose/otel-collector/config.yaml'));

    for (const app of dataServices)
      expect(services[app].environment?.OTEL_EXPORTER_OTLP_ENDPOINT).toBe(
        'http://otel-collector:4318',
      );
    expect(collector.service.pipelines.traces.exporters).toEqual(['otlp/jaeger']);
    expect(collector.exporters['otlp/jaeger'].endpoint).toBe('jaeger:4317');
  });
});

describe('the Dockerfile', () => {
  const dockerfile = read('Dockerfile');

  it('builds in stages on the Node LTS of .nvmrc, and installs production dependencies only', () => {
    const major = read('.nvmrc').trim();

    expect(dockerfile).toContain(`ARG NODE_IMAGE=node:${major}-slim`);
    expect(dockerfile.match(/^FROM /gm)).toHaveLength(3);
    expect(dockerfile).toMatch(/npm ci --omit=dev/);
  });

  it('runs as the unprivileged node user, checks /health/live, and lets SIGTERM reach node', () => {
    const runtime = dockerfile.slice(dockerfile.lastIndexOf('\nFROM '));

    expect(runtime).toMatch(/^USER node$/m);
    expect(runtime).toMatch(/^HEALTHCHECK .*\n.*\/health\/live/m);
    expect(runtime).toMatch(/^CMD \["node", "dist\/main\.js"\]$/m);
  });
});
