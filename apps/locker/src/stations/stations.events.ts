import {
  RentalCancelledV1,
  RentalExpiredV1,
  RentalPickedUpV1,
  SlotRequestedV1,
} from '@lib/contracts';
import { EventConsumer } from '@lib/messaging';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { SlotAllocator } from './slot-allocator';

@Injectable()
export class StationsEvents implements OnModuleInit {
  constructor(
    private readonly consumer: EventConsumer,
    private readonly allocator: SlotAllocator,
  ) {}

  onModuleInit(): void {
    this.consumer.on(SlotRequestedV1, (event, tx) => this.allocator.assignSlot(event.payload, tx));
    for (const freesSlot of [RentalPickedUpV1, RentalCancelledV1, RentalExpiredV1])
      this.consumer.on(freesSlot, (event, tx) =>
        this.allocator.release(event.payload.rentalId, event.payload.stationId, tx),
      );
  }
}
