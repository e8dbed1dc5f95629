import { DynamicModule, Global, Module } from '@nestjs/common';
import { z } from 'zod';
import { loadConfig } from './load-config';
import { baseConfigSchema } from './service-config.schema';

/** Injection token of the validated settings: `@Inject(SERVICE_CONFIG) config: ServiceConfig`. */
export const SERVICE_CONFIG = Symbol('SERVICE_CONFIG');

@Global()
@Module({})
export class ConfigModule {
  static forRoot(schema: z.ZodType = baseConfigSchema): DynamicModule {
    return {
      module: ConfigModule,
      providers: [{ provide: SERVICE_CONFIG, useFactory: () => loadConfig(schema) }],
      exports: [SERVICE_CONFIG],
    };
  }
}
