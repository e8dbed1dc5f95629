import { serviceConfigSchema } from '@lib/config';
import { z } from 'zod';

/** The shared settings plus the locker's capacity-alert policy. */
export const lockerConfigSchema = serviceConfigSchema.extend({
  /** Share of slots in use (0 to 1) at which a station counts as saturated. */
  CAPACITY_ALERT_UTILISATION: z.coerce.number().min(0.1).max(1).default(1),
  /** How long a station may stay saturated before the alert is raised. */
  CAPACITY_ALERT_AFTER_MS: z.coerce
    .number()
    .int()
    .min(0)
    .default(15 * 60 * 1_000),
  /** A waitlist this long raises the alert at once. */
  CAPACITY_ALERT_WAITLIST: z.coerce.number().int().min(1).default(5),
  /** How often the stations are checked against the policy. */
  CAPACITY_CHECK_INTERVAL_MS: z.coerce.number().int().min(100).max(3_600_000).default(5_000),
});

export type LockerConfig = z.infer<typeof lockerConfigSchema>;
