import {
  RentalCancelledV1,
  RentalExpiredV1,
  RentalRequestedV1,
  RentalReturnedV1,
} from '@lib/contracts';
import { EventConsumer } from '@lib/messaging';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { BooksService } from './books.service';

@Injectable()
export class BooksEvents implements OnModuleInit {
  constructor(
    private readonly consumer: EventConsumer,
    private readonly books: BooksService,
  ) {}

  onModuleInit(): void {
    this.consumer.on(RentalRequestedV1, (event, tx) => this.books.reserveCopy(event.payload, tx));
    for (const ended of [RentalReturnedV1, RentalCancelledV1, RentalExpiredV1])
      this.consumer.on(ended, (event, tx) => this.books.releaseCopy(event.payload.rentalId, tx));
  }
}
