import { Module } from '@nestjs/common';
import { RentalExpiry } from './rental-expiry';
import { RentalSaga } from './rental-saga';
import { RentalTransitions } from './rental-transitions';
import { RentalsController } from './rentals.controller';
import { RentalsEvents } from './rentals.events';
import { RentalsService } from './rentals.service';

@Module({
  controllers: [RentalsController],
  providers: [RentalsService, RentalTransitions, RentalSaga, RentalExpiry, RentalsEvents],
})
export class RentalsModule {}
