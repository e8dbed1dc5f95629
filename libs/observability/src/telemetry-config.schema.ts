import { baseConfigSchema } from '@lib/config';
import { z } from 'zod';

/** Read before Nest starts, by the service's instrument.ts. */
export const telemetryConfigSchema = baseConfigSchema
  .pick({ SERVICE_NAME: true, NODE_ENV: true })
  .extend({
    SERVICE_VERSION: z
      .string()
      .min(1)
      .default(process.env.npm_package_version ?? '0.1.0'),
    TRACING_ENABLED: z.stringbool().default(true),
    METRICS_ENABLED: z.stringbool().default(true),
    /** auto: OTLP when OTEL_EXPORTER_OTLP_ENDPOINT is set, else a file when TRACES_FILE is set, else none. */
    TRACES_EXPORTER: z.enum(['auto', 'otlp', 'file', 'console', 'none']).default('auto'),
    TRACES_FILE: z.string().min(1).optional(),
    OTEL_EXPORTER_OTLP_ENDPOINT: z.url().optional(),
  });

export type TelemetryConfig = z.infer<typeof telemetryConfigSchema>;
