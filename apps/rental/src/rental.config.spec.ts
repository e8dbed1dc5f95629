import { ConfigError, loadConfig } from '@lib/config';
import { rentalConfigSchema } from './rental.config';

const env = {
  SERVICE_NAME: 'rental',
  PORT: '3001',
  DATABASE_URL: 'postgres://rental_svc@127.0.0.1:5432/rental',
  KAFKA_BROKERS: '127.0.0.1:9092',
};

describe('rental settings', () => {
  it('reminds 6 hours before a 48-hour pickup window by default', () => {
    const config = loadConfig(rentalConfigSchema, env);

    expect(config.PICKUP_WINDOW_MS).toBe(48 * 3_600_000);
    expect(config.PICKUP_REMINDER_BEFORE_MS).toBe(6 * 3_600_000);
  });

  it('refuses a reminder that would come before the book is even ready', () => {
    const load = () =>
      loadConfig(rentalConfigSchema, {
        ...env,
        PICKUP_WINDOW_MS: '60000',
        PICKUP_REMINDER_BEFORE_MS: '60000',
      });

    expect(load).toThrow(ConfigError);
    expect(load).toThrow(/PICKUP_REMINDER_BEFORE_MS: must be shorter than PICKUP_WINDOW_MS/);
  });
});
