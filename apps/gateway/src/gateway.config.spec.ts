import { ConfigError, loadConfig } from '@lib/config';
import { gatewayConfigSchema } from './gateway.config';

const env = {
  SERVICE_NAME: 'gateway',
  PORT: '3000',
  RENTAL_URL: 'http://rental:3001',
  CATALOG_URL: 'http://catalog:3002',
  LOCKER_URL: 'http://locker:3003',
  JWT_SECRET: 'a-secret-of-at-least-thirty-two-characters',
};

function problemsFor(overrides: Record<string, string>): string {
  try {
    loadConfig(gatewayConfigSchema, { ...env, ...overrides });
  } catch (error) {
    if (error instanceof ConfigError) return error.problems.join('\n');
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('gateway settings', () => {
  it('needs no database and no Kafka, and keeps dev tokens off by default', () => {
    const config = loadConfig(gatewayConfigSchema, env);

    expect(config.DEV_TOKENS_ENABLED).toBe(false);
    expect(config.BODY_LIMIT).toBe('16kb');
  });

  it('refuses dev tokens in production', () => {
    expect(problemsFor({ NODE_ENV: 'production', DEV_TOKENS_ENABLED: 'true' })).toMatch(
      /^DEV_TOKENS_ENABLED: must be false in production$/,
    );
  });

  it('refuses a short signing key and a service URL that is not http', () => {
    const problems = problemsFor({ JWT_SECRET: 'short', CATALOG_URL: 'ftp://catalog' });

    expect(problems).toMatch(/JWT_SECRET: must be at least 32 characters/);
    expect(problems).toMatch(/CATALOG_URL: must be an http\(s\) URL/);
  });
});
