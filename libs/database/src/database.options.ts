import type { ServiceConfig } from '@lib/config';
import type { DataSourceOptions, EntitySchema, MixedList } from 'typeorm';

/** What a service owns in its database: its entities and its migrations, listed explicitly. */
export interface ServiceDatabase {
  entities: MixedList<Function | string | EntitySchema>;
  migrations: MixedList<Function | string>;
}

export function dataSourceOptions(
  config: ServiceConfig,
  database: ServiceDatabase,
): DataSourceOptions {
  return {
    type: 'postgres',
    url: config.DATABASE_URL,
    applicationName: config.SERVICE_NAME,
    entities: database.entities,
    migrations: database.migrations,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    extra: { max: config.DB_POOL_SIZE },
  };
}
