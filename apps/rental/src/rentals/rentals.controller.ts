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
import type { Response } from 'express';
import { CreateRentalDto } from './dto/create-rental.dto';
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

  @Get(':id')
  async findOne(@Param('id', ParseUUIDPipe) id: string): Promise<RentalView> {
    const rental = await this.rentals.findWithHistory(id);
    if (!rental) throw new NotFoundException(`Rental ${id} does not exist`);
    return toRentalView(rental);
  }
}
