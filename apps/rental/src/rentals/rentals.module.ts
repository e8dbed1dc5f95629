import { Module } from '@nestjs/common';
import { RentalsController } from './rentals.controller';
import { RentalsEvents } from './rentals.events';
import { RentalsService } from './rentals.service';

@Module({
  controllers: [RentalsController],
  providers: [RentalsService, RentalsEvents],
})
export class RentalsModule {}
