import { Module } from '@nestjs/common';
import { BooksController } from './books.controller';
import { BooksEvents } from './books.events';
import { BooksService } from './books.service';

@Module({
  controllers: [BooksController],
  providers: [BooksService, BooksEvents],
})
export class BooksModule {}
