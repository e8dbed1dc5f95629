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
  Query,
  Res,
} from '@nestjs/common';
import type { Response } from 'express';
import { CreateRentalDto } from './dto/create-rental.dto';
import { ListRentalsQuery } from './dto/list-rentals.query';
import { PickupDto } from './dto/pickup.dto';
import { toRentalView, type RentalView } from './dto/rental.view';
import { RentalsService } from './rentals.service';

@Controller('rentals')
export class RentalsController {
  constructor(private readonly rentals: RentalsService) {}

  /** Accepts the request; the saga then runs over Kafka. Poll the Location for the outcome. */
  @Post()
  @HttpCode(HttpStatus.ACCEPTED)
  async request(@Body() dto: CreateRentalDto, @Res({ passthrough: true }) response: Response) {
    const rental = await this.rentals.request(dto);
    response.location(`/rentals/${rental.id}`);
    return { id: rental.id, status: rental.status };
  }

  @Get()
  async list(@Query() query: ListRentalsQuery): Promise<RentalView[]> {
    return (await this.rentals.listForReader(query.readerId)).map(toRentalView);
  }

  @Get(':id')
  async findOne(@Param('id', ParseUUIDPipe) id: string): Promise<RentalView> {
    const rental = await this.rentals.findWithHistory(id);
    if (!rental) throw new NotFoundException(`Rental ${id} does not exist`);
    return toRentalView(rental);
  }

  @Post(':id/pickup')
  @HttpCode(HttpStatus.OK)
  async pickUp(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: PickupDto,
  ): Promise<RentalView> {
    return toRentalView(await this.rentals.pickUp(id, dto.pickupCode));
  }

  @Post(':id/return')
  @HttpCode(HttpStatus.OK)
  async giveBack(@Param('id', ParseUUIDPipe) id: string): Promise<RentalView> {
    return toRentalView(await this.rentals.giveBack(id));
  }

  @Post(':id/cancel')
  @HttpCode(HttpStatus.OK)
  async cancel(@Param('id', ParseUUIDPipe) id: string): Promise<RentalView> {
    return toRentalView(await this.rentals.cancel(id));
  }
}
