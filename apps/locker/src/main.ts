import './instrument';
import 'reflect-metadata';
import { runService } from '@lib/service-defaults';
import { lockerConfigSchema } from './locker.config';
import { lockerDatabase } from './locker.database';
import { StationsModule } from './stations/stations.module';

runService({ module: StationsModule, database: lockerDatabase, config: lockerConfigSchema });
