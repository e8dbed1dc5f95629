export { DatabaseModule } from './database.module';
export { dataSourceOptions, type ServiceDatabase } from './database.options';
export { runMigrations } from './run-migrations';
