import {
  ConfigError,
  loadConfig,
  SERVICE_CONFIG,
  serviceConfigSchema,
  type ServiceConfig,
} from '@lib/config';
import { runMigrations } from '@lib/database';
import { ShutdownState } from '@lib/health';
import { ServiceLogger } from '@lib/logging';
import { stopTelemetry } from '@lib/observability';
import { Logger, ValidationPipe, type INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ProblemDetailsFilter } from './problem-details.filter';
import { ServiceDefaultsModule, type ServiceDefinition } from './service-defaults.module';

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
  const config = loadConfig(service.config ?? serviceConfigSchema);
  const applied = await runMigrations(config, service.database);
  new Logger('Migrations').log(
    applied.length ? `Applied ${applied.join(', ')}` : 'Nothing to apply',
  );
  await stopTelemetry();
  process.exit(0);
}

async function serve(service: ServiceDefinition): Promise<void> {
  loadConfig(service.config ?? serviceConfigSchema); // fail fast, before Nest logs anything
  const app = await NestFactory.create(ServiceDefaultsModule.forRoot(service), {
    bufferLogs: true,
  });
  app.useLogger(app.get(ServiceLogger));
  app.useGlobalPipes(
    new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true, transform: true }),
  );
  app.useGlobalFilters(new ProblemDetailsFilter());
  const config = app.get<ServiceConfig>(SERVICE_CONFIG);
  drainOnSignals(app, config);
  await app.listen(config.PORT);
  new Logger('Service').log(`${config.SERVICE_NAME} listening on port ${config.PORT}`);
}

/**
 * On SIGTERM or SIGINT: readiness fails first, then Nest's shutdown hooks stop the consumer and
 * flush the outbox, buffered spans are exported, and the process exits 0. Past the grace period
 * it exits 1.
 */
function drainOnSignals(app: INestApplication, config: ServiceConfig): void {
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
