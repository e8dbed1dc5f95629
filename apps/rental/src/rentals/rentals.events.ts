import {
  CopyReservedV1,
  CopyUnavailableV1,
  RentalWaitlistedV1,
  SlotAssignedV1,
} from '@lib/contracts';
import { EventConsumer } from '@lib/messaging';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { RentalSaga } from './rental-saga';

/** The replies from catalog and locker that move the rental saga on. */
@Injectable()
export class RentalsEvents implements OnModuleInit {
  constructor(
    private readonly consumer: EventConsumer,
    private readonly saga: RentalSaga,
  ) {}

  onModuleInit(): void {
    this.consumer.on(CopyReservedV1, (event, tx) => this.saga.onCopyReserved(event.payload, tx));
    this.consumer.on(CopyUnavailableV1, (event, tx) =>
      this.saga.onCopyUnavailable(event.payload, tx),
    );
    this.consumer.on(SlotAssignedV1, (event, tx) => this.saga.onSlotAssigned(event.payload, tx));
    this.consumer.on(RentalWaitlistedV1, (event, tx) => this.saga.onWaitlisted(event.payload, tx));
  }
}
