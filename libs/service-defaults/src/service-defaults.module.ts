import { ConfigModule } from '@lib/config';
import { DatabaseModule, type ServiceDatabase } from '@lib/database';
import { HealthModule } from '@lib/health';
import { LoggingModule } from '@lib/logging';
import { MessagingModule } from '@lib/messaging';
import { ObservabilityModule } from '@lib/observability';
import { Module, type DynamicModule, type Type } from '@nestjs/common';

/** A service: its feature module and what it keeps in its own database. */
export interface ServiceDefinition {
  module: Type;
  database: ServiceDatabase;
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
        ConfigModule.forRoot(),
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
