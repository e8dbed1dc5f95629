import { SERVICE_CONFIG } from '@lib/config';
import { Body, Controller, Inject, NotFoundException, Post, UseGuards } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { ApiTags } from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import type { GatewayConfig } from '../gateway.config';
import { DevTokenDto } from './dto/dev-token.dto';

/** Mints tokens for the demo and tests. Off unless DEV_TOKENS_ENABLED; never in production. */
@ApiTags('auth')
@Controller('auth')
@UseGuards(ThrottlerGuard)
export class DevTokenController {
  constructor(
    private readonly jwt: JwtService,
    @Inject(SERVICE_CONFIG) private readonly config: GatewayConfig,
  ) {}

  @Post('dev-token')
  async mint(@Body() dto: DevTokenDto): Promise<{ token: string }> {
    if (!this.config.DEV_TOKENS_ENABLED) throw new NotFoundException();
    const token = await this.jwt.signAsync({ role: dto.role }, { subject: dto.subject });
    return { token };
  }
}
