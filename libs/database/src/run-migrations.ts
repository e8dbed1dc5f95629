import type { ServiceConfig } from '@lib/config';
import { DataSource } from 'typeorm';
import { dataSourceOptions, type ServiceDatabase } from './database.options';

/** Applies the pending migrations of one service and returns their names. */
export async function runMigrations(
  config: ServiceConfig,
  database: ServiceDatabase,
): Promise<string[]> {
  const dataSource = new DataSource(dataSourceOptions(config, database));
  await dataSource.initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((migration) => migration.name);
  } finally {
    await dataSource.destroy();
  }
}
