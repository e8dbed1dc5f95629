import {
  CopyReservedV1,
  CopyUnavailableV1,
  RentalWaitlistedV1,
  SlotAssignedV1,
} from '@lib/contracts';
import { EventConsumer } from '@lib/messaging';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { RentalsService } from './rentals.service';

/** The replies from catalog and locker that move the rental saga on. */
@Injectable()
export class RentalsEvents implements OnModuleInit {
  constructor(
    private readonly consumer: EventConsumer,
    private readonly rentals: RentalsService,
  ) {}

  onModuleInit(): void {
    this.consumer.on(CopyReservedV1, (event, tx) => this.rentals.onCopyReserved(event.payload, tx));
    this.consumer.on(CopyUnavailableV1, (event, tx) =>
      this.rentals.onCopyUnavailable(event.payload, tx),
    );
    this.consumer.on(SlotAssignedV1, (event, tx) => this.rentals.onSlotAssigned(event.payload, tx));
    this.consumer.on(RentalWaitlistedV1, (event, tx) =>
      this.rentals.onWaitlisted(event.payload, tx),
    );
  }
}
