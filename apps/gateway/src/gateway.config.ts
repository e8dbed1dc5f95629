import { baseConfigSchema } from '@lib/config';
import { z } from 'zod';

const serviceUrl = z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' });

/** The gateway has no database and no Kafka: the shared base settings plus its own. */
export const gatewayConfigSchema = baseConfigSchema
  .extend({
    RENTAL_URL: serviceUrl,
    CATALOG_URL: serviceUrl,
    LOCKER_URL: serviceUrl,
    /** HMAC key that signs and checks tokens (HS256); 32 characters at least. */
    JWT_SECRET: z.string().min(32, 'must be at least 32 characters'),
    JWT_ISSUER: z.string().min(1).default('book-rental'),
    JWT_AUDIENCE: z.string().min(1).default('book-rental-api'),
    /** POST /auth/dev-token mints tokens for the demo and tests; never in production. */
    DEV_TOKENS_ENABLED: z.stringbool().default(false),
    UPSTREAM_TIMEOUT_MS: z.coerce.number().int().min(50).max(60_000).default(2_000),
    /** Consecutive failures that open an upstream's circuit, and how long it stays open. */
    BREAKER_FAILURES: z.coerce.number().int().min(1).max(100).default(5),
    BREAKER_HALF_OPEN_AFTER_MS: z.coerce.number().int().min(100).default(10_000),
    RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(300),
    BODY_LIMIT: z
      .string()
      .regex(/^\d+(b|kb|mb)$/, 'must be a size like "16kb"')
      .default('16kb'),
  })
  .refine((config) => !(config.NODE_ENV === 'production' && config.DEV_TOKENS_ENABLED), {
    path: ['DEV_TOKENS_ENABLED'],
    message: 'must be false in production',
  });

export type GatewayConfig = z.infer<typeof gatewayConfigSchema>;
