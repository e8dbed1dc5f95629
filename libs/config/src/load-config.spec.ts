import { ConfigError } from './config.error';
import { loadConfig } from './load-config';
import { serviceConfigSchema } from './service-config.schema';

const validEnv = {
  SERVICE_NAME: 'rental',
  PORT: '3001',
  DATABASE_URL: 'postgres://rental_svc@127.0.0.1:5432/rental',
  KAFKA_BROKERS: '127.0.0.1:9092, 127.0.0.1:9094',
};

function problemsFor(env: NodeJS.ProcessEnv): string[] {
  try {
    loadConfig(serviceConfigSchema, env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('returns typed values with defaults applied', () => {
    const config = loadConfig(serviceConfigSchema, validEnv);

    expect(config.PORT).toBe(3001);
    expect(config.KAFKA_BROKERS).toEqual(['127.0.0.1:9092', '127.0.0.1:9094']);
    expect(config.DB_MIGRATE_ON_START).toBe(true);
    expect(config.KAFKA_TOPIC_PREFIX).toBe('');
  });

  it('names a missing variable', () => {
    const { DATABASE_URL: _omitted, ...env } = validEnv;

    expect(problemsFor(env)).toEqual([expect.stringMatching(/^DATABASE_URL: /)]);
  });

  it('names every bad variable at once', () => {
    const problems = problemsFor({ ...validEnv, PORT: 'eighty', DATABASE_URL: 'mysql://x' });

    expect(problems).toHaveLength(2);
    expect(problems.join('\n')).toMatch(/PORT: /);
    expect(problems.join('\n')).toMatch(/DATABASE_URL: must be a postgres:\/\/ connection URL/);
  });

  it('rejects a port out of range and a boolean it cannot read', () => {
    const problems = problemsFor({ ...validEnv, PORT: '70000', DB_MIGRATE_ON_START: 'maybe' });

    expect(problems.map((problem) => problem.split(':')[0]).sort()).toEqual([
      'DB_MIGRATE_ON_START',
      'PORT',
    ]);
  });

  it('puts the variable names in the error message', () => {
    expect(() => loadConfig(serviceConfigSchema, {})).toThrow(/SERVICE_NAME: .*\n.*PORT: /s);
  });
});
