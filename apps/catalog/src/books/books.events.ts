import { RentalRequestedV1 } from '@lib/contracts';
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
  }
}
