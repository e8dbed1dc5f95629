import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { freePort } from './free-port';
import { ensureKafka } from './kafka';
import { ensurePostgres } from './postgres';
import { localDataDir } from './repo-paths';
import { createServiceDatabases, dropServiceDatabases } from './service-databases';
import { ServiceProcess } from './service-process';
import { testJwt } from './tokens';

/** The services of the rental saga; the gateway and the notification service are opt-in. */
export const sampleApps = ['rental', 'catalog', 'locker'] as const;
export type SampleApp =
  (typeof sampleApps)[number] | 'gateway' | 'notification' | 'provider-simulator';

export interface LocalSystemOptions {
  /** Names this run's databases, topics and logs; a fresh random one by default. */
  runId?: string;
  /** Fixed ports (the demo); free ones by default (tests). */
  ports?: Partial<Record<SampleApp, number>>;
  /** Extra environment for every service. */
  env?: Record<string, string>;
  /** Also start the gateway in front of the services. */
  gateway?: boolean;
  /** Also start the notification service and the provider simulator it calls. */
  notifications?: boolean;
}

/**
 * The sample system on real infrastructure: Kafka and PostgreSQL (started when absent), an
 * isolated database per service and a topic prefix for this run, and the services as processes.
 */
export class LocalSystem {
  readonly services = new Map<string, ServiceProcess>();

  private constructor(
    readonly runId: string,
    readonly adminUrl: string,
    readonly brokers: string[],
    readonly topicPrefix: string,
    private readonly dataApps: readonly SampleApp[],
    private readonly databaseUrls: Record<string, string>,
    private readonly env: Record<string, string>,
  ) {}

  static async create(options: LocalSystemOptions = {}): Promise<LocalSystem> {
    const runId = options.runId ?? `t${randomBytes(4).toString('hex')}`;
    const brokers = await ensureKafka();
    const adminUrl = ensurePostgres();
    const dataApps: SampleApp[] = [
      ...sampleApps,
      ...(options.notifications ? ['notification' as const] : []),
    ];
    const databaseUrls = await createServiceDatabases(adminUrl, `${runId}_`, dataApps);
    const system = new LocalSystem(
      runId,
      adminUrl,
      brokers,
      `${runId}.`,
      dataApps,
      databaseUrls,
      options.env ?? {},
    );
    const apps: SampleApp[] = [
      ...(options.notifications ? ['provider-simulator' as const] : []),
      ...dataApps,
      ...(options.gateway ? ['gateway' as const] : []),
    ];
    for (const app of apps) system.add(app, app, options.ports?.[app] ?? (await freePort()));
    return system;
  }

  /** Adds another process of an app (a second consumer in the same group, say). */
  add(
    app: SampleApp,
    instance: string,
    port: number,
    env: Record<string, string> = {},
  ): ServiceProcess {
    const service = new ServiceProcess({
      app,
      instance,
      port,
      logFile: join(localDataDir, 'logs', this.runId, `${instance}.log`),
      env: {
        SERVICE_NAME: app,
        NODE_ENV: 'test',
        ...this.envOf(app),
        TRACES_FILE: this.spansFile(instance),
        ...this.env,
        ...env,
      },
    });
    this.services.set(instance, service);
    return service;
  }

  private envOf(app: SampleApp): Record<string, string> {
    if (app === 'gateway') return this.gatewayEnv();
    if (app === 'provider-simulator') return {};
    const env = this.dataServiceEnv(app);
    if (app === 'notification') env.PROVIDER_URL = this.url('provider-simulator');
    return env;
  }

  private dataServiceEnv(app: SampleApp): Record<string, string> {
    return {
      DATABASE_URL: this.databaseUrls[app],
      KAFKA_BROKERS: this.brokers.join(','),
      KAFKA_TOPIC_PREFIX: this.topicPrefix,
      KAFKAJS_NO_PARTITIONER_WARNING: '1',
    };
  }

  /** The gateway finds the first process of each service, and trusts the test key. */
  private gatewayEnv(): Record<string, string> {
    return {
      RENTAL_URL: this.url('rental'),
      CATALOG_URL: this.url('catalog'),
      LOCKER_URL: this.url('locker'),
      JWT_SECRET: testJwt.secret,
      JWT_ISSUER: testJwt.issuer,
      JWT_AUDIENCE: testJwt.audience,
      DEV_TOKENS_ENABLED: 'true',
    };
  }

  service(instance: string): ServiceProcess {
    const service = this.services.get(instance);
    if (!service) throw new Error(`No service instance ${instance}`);
    return service;
  }

  url(instance: string): string {
    return this.service(instance).url;
  }

  /** Where a service instance writes its finished spans, one JSON object per line. */
  spansFile(instance: string): string {
    return join(localDataDir, 'logs', this.runId, `${instance}.spans.jsonl`);
  }

  logFile(instance: string): string {
    return this.service(instance).options.logFile;
  }

  databaseUrl(app: SampleApp): string {
    return this.databaseUrls[app];
  }

  topic(logicalTopic: string): string {
    return `${this.topicPrefix}${logicalTopic}`;
  }

  /** Starts every service not running yet; they migrate their own databases on start. */
  async start(): Promise<void> {
    await Promise.all(
      [...this.services.values()].filter((s) => !s.isRunning).map((s) => s.start()),
    );
  }

  /** Stops the services and, unless KEEP_TEST_DATA is set, drops this run's databases. */
  async stop({
    dropData = !process.env.KEEP_TEST_DATA,
  }: { dropData?: boolean } = {}): Promise<void> {
    await Promise.all([...this.services.values()].map((service) => service.stop()));
    if (dropData) await dropServiceDatabases(this.adminUrl, `${this.runId}_`, this.dataApps);
  }
}
