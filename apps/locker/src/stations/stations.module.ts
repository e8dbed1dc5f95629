import { Module } from '@nestjs/common';
import { StationsController } from './stations.controller';
import { StationsEvents } from './stations.events';
import { StationsMetrics } from './stations.metrics';
import { StationsService } from './stations.service';

@Module({
  controllers: [StationsController],
  providers: [StationsService, StationsEvents, StationsMetrics],
})
export class StationsModule {}
