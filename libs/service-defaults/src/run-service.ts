import {
  ConfigError,
  loadConfig,
  SERVICE_CONFIG,
  type BaseConfig,
  type ServiceConfig,
} from '@lib/config';
import { runMigrations } from '@lib/database';
import { ShutdownState } from '@lib/health';
import { ServiceLogger } from '@lib/logging';
import { stopTelemetry } from '@lib/observability';
import { Logger, ValidationPipe, type INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ProblemDetailsFilter } from './problem-details.filter';
import type { NestExpressApplication } from '@nestjs/platform-express';
import {
  configSchemaOf,
  ServiceDefaultsModule,
  type ServiceDefinition,
} from './service-defaults.module';

/**
 * The whole main.ts of a service. `node main.js` serves; `node main.js migrate` applies the
 * service's migrations and exits. A bad configuration stops the process with the variable named.
 */
export function runService(service: ServiceDefinition): void {
  const command = process.argv[2] === 'migrate' ? migrate : serve;
  command(service).catch((error: unknown) => {
    console.error(error instanceof ConfigError ? error.message : error);
    process.exit(1);
  });
}

async function migrate(service: ServiceDefinition): Promise<void> {
  if (!service.database) throw new ConfigError(['migrate: this service has no database']);
  const config = loadConfig(configSchemaOf(service)) as ServiceConfig;
  const applied = await runMigrations(config, service.database);
  new Logger('Migrations').log(
    applied.length ? `Applied ${applied.join(', ')}` : 'Nothing to apply',
  );
  await stopTelemetry();
  process.exit(0);
}

async function serve(service: ServiceDefinition): Promise<void> {
  loadConfig(configSchemaOf(service)); // fail fast, before Nest logs anything
  const app = await NestFactory.create<NestExpressApplication>(
    ServiceDefaultsModule.forRoot(service),
    { bufferLogs: true },
  );
  app.useLogger(app.get(ServiceLogger));
  app.useGlobalPipes(
    new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true, transform: true }),
  );
  app.useGlobalFilters(new ProblemDetailsFilter());
  service.configure?.(app);
  const config = app.get<BaseConfig>(SERVICE_CONFIG);
  drainOnSignals(app, config);
  await app.listen(config.PORT);
  new Logger('Service').log(`${config.SERVICE_NAME} listening on port ${config.PORT}`);
}

/**
 * On SIGTERM or SIGINT: readiness fails first, then Nest's shutdown hooks stop the consumer and
 * flush the outbox, buffered spans are exported, and the process exits 0. Past the grace period
 * it exits 1.
 */
function drainOnSignals(app: INestApplication, config: BaseConfig): void {
  const drain = async (signal: string) => {
    new Logger('Service').log(`${signal} received: draining`);
    setTimeout(() => process.exit(1), config.SHUTDOWN_GRACE_PERIOD_MS).unref();
    app.get(ShutdownState).begin();
    await app.close();
    await stopTelemetry();
    process.exit(0);
  };
  for (const signal of ['SIGTERM', 'SIGINT']) process.once(signal, () => void drain(signal));
}
