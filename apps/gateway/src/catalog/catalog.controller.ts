import { Body, Controller, Get, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { LastGoodCache, type CachedRead } from '@lib/resilience';
import { ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { Authenticated } from '../auth/authenticated.decorator';
import { Upstreams } from '../upstream/upstreams';

import { CreateBookDto } from './dto/create-book.dto';

/** Books. Reads survive catalog being down (the last answer, marked stale); writes need it live. */
@ApiTags('books')
@Controller('books')
export class CatalogController {
  private readonly cache = new LastGoodCache();

  constructor(private readonly upstreams: Upstreams) {}

  @Authenticated()
  @Get()
  list(): Promise<CachedRead<unknown>> {
    return this.read('/books');
  }

  @Authenticated()
  @Get(':id')
  findOne(@Param('id', ParseUUIDPipe) id: string): Promise<CachedRead<unknown>> {
    return this.read(`/books/${id}`);
  }

  @Post()
  @Authenticated('operator')
  @ApiServiceUnavailableResponse({ description: 'catalog is down: adding a book needs it live' })
  async create(@Body() dto: CreateBookDto): Promise<unknown> {
    return (await this.upstreams.catalog.post('/books', dto)).body;
  }

  private read(path: string): Promise<CachedRead<unknown>> {
    return this.cache.read(path, async () => (await this.upstreams.catalog.get(path)).body);
  }
}
