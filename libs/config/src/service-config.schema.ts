import { z } from 'zod';

const commaSeparated = z
  .string()
  .min(1)
  .transform((value) =>
    value
      .split(',')
      .map((item) => item.trim())
      .filter(Boolean),
  );

const postgresUrl = z
  .string()
  .regex(/^postgres(ql)?:\/\/.+/, 'must be a postgres:// connection URL');

/** What every process needs, a gateway without a database as much as a data service. */
export const baseConfigSchema = z.object({
  SERVICE_NAME: z.string().regex(/^[a-z][a-z0-9-]*$/, 'must be a lower-case name like "rental"'),
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  PORT: z.coerce.number().int().min(1).max(65535),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SHUTDOWN_GRACE_PERIOD_MS: z.coerce.number().int().min(0).max(120_000).default(10_000),
});

export type BaseConfig = z.infer<typeof baseConfigSchema>;

/** The settings of a service with its own database and Kafka. A service extends this with its own. */
export const serviceConfigSchema = baseConfigSchema.extend({
  DATABASE_URL: postgresUrl,
  DB_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  DB_MIGRATE_ON_START: z.stringbool().default(true),
  KAFKA_BROKERS: commaSeparated,
  KAFKA_TOPIC_PREFIX: z
    .string()
    .regex(/^[a-zA-Z0-9._-]*$/, 'may only contain letters, digits, ".", "_" and "-"')
    .default(''),
  KAFKA_TOPIC_PARTITIONS: z.coerce.number().int().min(1).max(64).default(3),
  KAFKA_PARTITIONS_CONSUMED_CONCURRENTLY: z.coerce.number().int().min(1).max(64).default(3),
  OUTBOX_POLL_INTERVAL_MS: z.coerce.number().int().min(10).max(60_000).default(100),
  OUTBOX_BATCH_SIZE: z.coerce.number().int().min(1).max(1_000).default(100),
  OUTBOX_BACKLOG_READY_LIMIT: z.coerce.number().int().min(1).default(10_000),
});

export type ServiceConfig = z.infer<typeof serviceConfigSchema>;
