import { SERVICE_CONFIG, type ServiceConfig } from '@lib/config';
import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { dataSourceOptions, type ServiceDatabase } from './database.options';

@Module({})
export class DatabaseModule {
  static forRoot(database: ServiceDatabase): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRootAsync({
          inject: [SERVICE_CONFIG],
          useFactory: (config: ServiceConfig) => ({
            ...dataSourceOptions(config, database),
            migrationsRun: config.DB_MIGRATE_ON_START,
          }),
        }),
      ],
    };
  }
}
