import './instrument';
import 'reflect-metadata';
import { runService } from '@lib/service-defaults';
import { rentalConfigSchema } from './rental.config';
import { rentalDatabase } from './rental.database';
import { RentalsModule } from './rentals/rentals.module';

runService({ module: RentalsModule, database: rentalDatabase, config: rentalConfigSchema });
