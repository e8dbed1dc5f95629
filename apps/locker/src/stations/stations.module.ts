import { Module } from '@nestjs/common';
import { CapacityMonitor } from './capacity-monitor';
import { SlotAllocator } from './slot-allocator';
import { StationsController } from './stations.controller';
import { StationsEvents } from './stations.events';
import { StationsMetrics } from './stations.metrics';
import { StationsService } from './stations.service';

@Module({
  controllers: [StationsController],
  providers: [StationsService, SlotAllocator, CapacityMonitor, StationsEvents, StationsMetrics],
})
export class StationsModule {}
