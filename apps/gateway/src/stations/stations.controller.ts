import {
  Body,
  Controller,
  Get,
  HttpCode,
  HttpStatus,
  Param,
  ParseUUIDPipe,
  Post,
} from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Authenticated } from '../auth/authenticated.decorator';
import { Upstreams } from '../upstream/upstreams';
import { ChangeCapacityDto } from './dto/change-capacity.dto';

/** Stations and their load; operators change capacity. */
@ApiTags('stations')
@Controller('stations')
export class StationsController {
  constructor(private readonly upstreams: Upstreams) {}

  @Authenticated()
  @Get()
  async list(): Promise<unknown> {
    return (await this.upstreams.locker.get('/stations')).body;
  }

  @Authenticated()
  @Get(':id')
  async findOne(@Param('id', ParseUUIDPipe) id: string): Promise<unknown> {
    return (await this.upstreams.locker.get(`/stations/${id}`)).body;
  }

  @Post(':id/capacity')
  @Authenticated('operator')
  @HttpCode(HttpStatus.OK)
  async changeCapacity(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: ChangeCapacityDto,
  ): Promise<unknown> {
    return (await this.upstreams.locker.post(`/stations/${id}/capacity`, dto)).body;
  }
}
