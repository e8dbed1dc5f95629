import { ConfigModule, type ServiceConfig } from '@lib/config';
import { DatabaseModule, type ServiceDatabase } from '@lib/database';
import { HealthModule } from '@lib/health';
import { LoggingModule } from '@lib/logging';
import { MessagingModule } from '@lib/messaging';
import { ObservabilityModule } from '@lib/observability';
import { Module, type DynamicModule, type Type } from '@nestjs/common';
import type { z } from 'zod';

/** A service: its feature module, what it keeps in its own database, and its own settings. */
export interface ServiceDefinition {
  module: Type;
  database: ServiceDatabase;
  /** `serviceConfigSchema.extend({...})` when the service has settings of its own. */
  config?: z.ZodType<ServiceConfig>;
}

/**
 * Wraps a service's features with every shared standard: config, JSON logs, database,
 * messaging, health and metrics. Tracing starts earlier, in the service's instrument.ts.
 */
@Module({})
export class ServiceDefaultsModule {
  static forRoot(service: ServiceDefinition): DynamicModule {
    return {
      module: ServiceDefaultsModule,
      imports: [
        ConfigModule.forRoot(service.config),
        LoggingModule,
        DatabaseModule.forRoot(service.database),
        MessagingModule,
        HealthModule,
        ObservabilityModule,
        service.module,
      ],
    };
  }
}
