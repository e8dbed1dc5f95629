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
} from '@nestjs/common';
import { ChangeCapacityDto } from './dto/change-capacity.dto';
import { CreateStationDto } from './dto/create-station.dto';
import type { StationView } from './dto/station.view';
import { StationsService } from './stations.service';

/** Station reads, and the operator's tasks (the gateway allows them to operators only). */
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

  /** Opens a station with its slots. */
  @Post()
  create(@Body() dto: CreateStationDto): Promise<StationView> {
    return this.stations.create(dto);
  }

  /** Sets the number of slots; added slots go to waiting rentals at once, oldest first. */
  @Post(':id/capacity')
  @HttpCode(HttpStatus.OK)
  changeCapacity(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: ChangeCapacityDto,
  ): Promise<StationView> {
    return this.stations.changeCapacity(id, dto.capacity);
  }
}
