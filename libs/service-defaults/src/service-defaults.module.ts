import { baseConfigSchema, ConfigModule, serviceConfigSchema, type BaseConfig } from '@lib/config';
import { DatabaseModule, type ServiceDatabase } from '@lib/database';
import { HealthModule } from '@lib/health';
import { LoggingModule } from '@lib/logging';
import { MessagingModule } from '@lib/messaging';
import { ObservabilityModule } from '@lib/observability';
import { Module, type DynamicModule, type Type } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { z } from 'zod';

/** A service: its feature module, what it keeps in its own database, and its own settings. */
export interface ServiceDefinition {
  module: Type;
  /** The service's tables and migrations; a service without one (the gateway) has no Kafka either. */
  database?: ServiceDatabase;
  /** `serviceConfigSchema.extend({...})` (or `baseConfigSchema` without a database) for own settings. */
  config?: z.ZodType<BaseConfig>;
  /** HTTP-level setup before the service listens: security headers, body limits. */
  configure?: (app: NestExpressApplication) => void;
}

export function configSchemaOf(service: ServiceDefinition): z.ZodType<BaseConfig> {
  return service.config ?? (service.database ? serviceConfigSchema : baseConfigSchema);
}

/**
 * Wraps a service's features with every shared standard: config, JSON logs, database and
 * messaging (when it has a database), health and metrics. Tracing starts earlier, in the
 * service's instrument.ts.
 */
@Module({})
export class ServiceDefaultsModule {
  static forRoot(service: ServiceDefinition): DynamicModule {
    const data = service.database
      ? [DatabaseModule.forRoot(service.database), MessagingModule]
      : [];
    return {
      module: ServiceDefaultsModule,
      imports: [
        ConfigModule.forRoot(configSchemaOf(service)),
        LoggingModule,
        ...data,
        HealthModule,
        ObservabilityModule,
        service.module,
      ],
    };
  }
}
