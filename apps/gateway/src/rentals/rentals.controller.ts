import {
  Body,
  Controller,
  Get,
  HttpCode,
  HttpStatus,
  NotFoundException,
  Param,
  ParseUUIDPipe,
  Post,
  Res,
} from '@nestjs/common';
import { ApiNotFoundResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Authenticated } from '../auth/authenticated.decorator';
import type { Caller } from '../auth/caller';
import { CurrentCaller } from '../auth/current-caller.decorator';
import { Upstreams } from '../upstream/upstreams';
import { PickupDto } from './dto/pickup.dto';
import { RentBookDto } from './dto/rent-book.dto';

interface Rental {
  id: string;
  readerId: string;
}

/** A reader's rentals. A reader sees and acts on their own only; an operator may read any. */
@ApiTags('rentals')
@Controller('rentals')
export class RentalsController {
  constructor(private readonly upstreams: Upstreams) {}

  @Post()
  @Authenticated('reader')
  @HttpCode(HttpStatus.ACCEPTED)
  async rent(
    @CurrentCaller() caller: Caller,
    @Body() dto: RentBookDto,
    @Res({ passthrough: true }) response: Response,
  ): Promise<unknown> {
    const created = await this.upstreams.rental.post('/rentals', { ...dto, readerId: caller.id });
    if (created.location) response.location(created.location);
    return created.body;
  }

  @Get()
  @Authenticated('reader')
  async mine(@CurrentCaller() caller: Caller): Promise<unknown> {
    const query = new URLSearchParams({ readerId: caller.id });
    return (await this.upstreams.rental.get(`/rentals?${query}`)).body;
  }

  @Get(':id')
  @Authenticated('reader', 'operator')
  @ApiNotFoundResponse({ description: 'No such rental, or another reader’s' })
  findOne(
    @CurrentCaller() caller: Caller,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<Rental> {
    return this.visibleRental(caller, id);
  }

  @Post(':id/pickup')
  @Authenticated('reader')
  @HttpCode(HttpStatus.OK)
  async pickUp(
    @CurrentCaller() caller: Caller,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: PickupDto,
  ): Promise<unknown> {
    return this.act(caller, id, 'pickup', dto);
  }

  @Post(':id/return')
  @Authenticated('reader')
  @HttpCode(HttpStatus.OK)
  giveBack(
    @CurrentCaller() caller: Caller,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<unknown> {
    return this.act(caller, id, 'return', {});
  }

  @Post(':id/cancel')
  @Authenticated('reader')
  @HttpCode(HttpStatus.OK)
  cancel(
    @CurrentCaller() caller: Caller,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<unknown> {
    return this.act(caller, id, 'cancel', {});
  }

  private async act(caller: Caller, id: string, command: string, body: object): Promise<unknown> {
    await this.visibleRental(caller, id);
    return (await this.upstreams.rental.post(`/rentals/${id}/${command}`, body)).body;
  }

  /** Another reader's rental is answered as missing: its existence is not theirs to know. */
  private async visibleRental(caller: Caller, id: string): Promise<Rental> {
    const rental = (await this.upstreams.rental.get<Rental>(`/rentals/${id}`)).body;
    if (caller.role === 'reader' && rental.readerId !== caller.id)
      throw new NotFoundException(`Rental ${id} does not exist`);
    return rental;
  }
}
