import { join, resolve } from 'node:path';

export const repoRoot = resolve(__dirname, '../../..');

/** Where local-mode infrastructure keeps its data and the harness its logs (git-ignored). */
export const localDataDir = process.env.LOCAL_INFRA_DIR ?? join(repoRoot, 'infra/local/.data');
