import { serviceConfigSchema } from '@lib/config';
import { z } from 'zod';

/** The shared settings plus the rental service's own. */
export const rentalConfigSchema = serviceConfigSchema
  .extend({
    /** How long a book waits in its slot before the rental expires (48 hours by default). */
    PICKUP_WINDOW_MS: z.coerce
      .number()
      .int()
      .min(1_000)
      .default(48 * 60 * 60 * 1_000),
    /** How long before that deadline the reader is reminded, once. */
    PICKUP_REMINDER_BEFORE_MS: z.coerce
      .number()
      .int()
      .min(0)
      .default(6 * 60 * 60 * 1_000),
    /** How often the service looks for rentals to remind or to expire. */
    EXPIRY_CHECK_INTERVAL_MS: z.coerce.number().int().min(100).max(3_600_000).default(5_000),
  })
  .refine((config) => config.PICKUP_REMINDER_BEFORE_MS < config.PICKUP_WINDOW_MS, {
    path: ['PICKUP_REMINDER_BEFORE_MS'],
    message: 'must be shorter than PICKUP_WINDOW_MS',
  });

export type RentalConfig = z.infer<typeof rentalConfigSchema>;
