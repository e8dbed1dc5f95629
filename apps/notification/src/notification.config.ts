import { serviceConfigSchema } from '@lib/config';
import { z } from 'zod';

const delays = z
  .string()
  .regex(/^\d+(,\d+)*$/, 'must be comma-separated milliseconds, like "2000,10000"')
  .transform((value) => value.split(',').map(Number))
  .refine((list) => list.every((ms) => ms <= 25_000), {
    message: 'each delay must stay under 25000 ms (the consumer session timeout)',
  });

/** The shared settings plus how the notification service treats its provider. */
export const notificationConfigSchema = serviceConfigSchema.extend({
  PROVIDER_URL: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }),
  PROVIDER_TIMEOUT_MS: z.coerce.number().int().min(50).max(30_000).default(1_000),
  PROVIDER_BREAKER_FAILURES: z.coerce.number().int().min(1).max(100).default(5),
  PROVIDER_HALF_OPEN_AFTER_MS: z.coerce.number().int().min(100).default(5_000),
  /** The contact directory: how long a lookup may take, and how long an address is fresh. */
  CONTACT_LOOKUP_TIMEOUT_MS: z.coerce.number().int().min(50).max(30_000).default(300),
  CONTACT_CACHE_TTL_MS: z.coerce
    .number()
    .int()
    .min(0)
    .default(10 * 60 * 1_000),
  /** One retry-topic attempt per delay; after the last, the message is dead-lettered. */
  NOTIFY_RETRY_DELAYS_MS: delays.default([2_000, 10_000]),
});

export type NotificationConfig = z.infer<typeof notificationConfigSchema>;
