import {
  Body,
  Controller,
  Get,
  NotFoundException,
  Param,
  ParseUUIDPipe,
  Post,
} from '@nestjs/common';
import type { BookView } from './dto/book.view';
import { CreateBookDto } from './dto/create-book.dto';
import { BooksService } from './books.service';

@Controller('books')
export class BooksController {
  constructor(private readonly books: BooksService) {}

  @Get()
  list(): Promise<BookView[]> {
    return this.books.list();
  }

  @Get(':id')
  async findOne(@Param('id', ParseUUIDPipe) id: string): Promise<BookView> {
    const book = await this.books.findOne(id);
    if (!book) throw new NotFoundException(`Book ${id} does not exist`);
    return book;
  }

  /** Adds a title with its copies (a librarian's task; the gateway will guard it). */
  @Post()
  create(@Body() dto: CreateBookDto): Promise<BookView> {
    return this.books.create(dto);
  }
}
