import './instrument';
import 'reflect-metadata';
import { runService } from '@lib/service-defaults';
import { rentalDatabase } from './rental.database';
import { RentalsModule } from './rentals/rentals.module';

runService({ module: RentalsModule, database: rentalDatabase });
