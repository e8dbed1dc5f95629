import {
  Body,
  Controller,
  Get,
  NotFoundException,
  Param,
  ParseUUIDPipe,
  Post,
} from '@nestjs/common';
import { CreateStationDto } from './dto/create-station.dto';
import type { StationView } from './dto/station.view';
import { StationsService } from './stations.service';

@Controller('stations')
export class StationsController {
  constructor(private readonly stations: StationsService) {}

  @Get()
  list(): Promise<StationView[]> {
    return this.stations.list();
  }

  @Get(':id')
  async findOne(@Param('id', ParseUUIDPipe) id: string): Promise<StationView> {
    const station = await this.stations.findOne(id);
    if (!station) throw new NotFoundException(`Station ${id} does not exist`);
    return station;
  }

  /** Opens a station with its slots (an operator's task; the gateway will guard it). */
  @Post()
  create(@Body() dto: CreateStationDto): Promise<StationView> {
    return this.stations.create(dto);
  }
}
