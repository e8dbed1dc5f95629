import { repoRoot } from '@lib/testing';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/** A service with a bad configuration refuses to start and says which variable is wrong. */
describe('start-up configuration', () => {
  it('exits 1 naming every bad variable', () => {
    const result = spawnSync(process.execPath, [join(repoRoot, 'dist/apps/rental/main.js')], {
      env: {
        PATH: process.env.PATH,
        SERVICE_NAME: 'rental',
        PORT: 'eighty',
        KAFKA_BROKERS: '127.0.0.1:9092',
      },
      encoding: 'utf8',
      timeout: 30_000,
    });

    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Invalid configuration');
    expect(result.stderr).toMatch(/PORT: /);
    expect(result.stderr).toMatch(/DATABASE_URL: /);
  });
});
