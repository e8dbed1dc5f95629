import { SERVICE_CONFIG } from '@lib/config';
import { Module } from '@nestjs/common';
import { ThrottlerModule } from '@nestjs/throttler';
import { AuthModule } from './auth/auth.module';
import { CatalogController } from './catalog/catalog.controller';
import type { GatewayConfig } from './gateway.config';
import { RentalsController } from './rentals/rentals.controller';
import { StationsController } from './stations/stations.controller';
import { UpstreamModule } from './upstream/upstream.module';

/** The only public entry: authentication, limits, validation, then the services behind it. */
@Module({
  imports: [
    ThrottlerModule.forRootAsync({
      inject: [SERVICE_CONFIG],
      useFactory: (config: GatewayConfig) => [{ ttl: 60_000, limit: config.RATE_LIMIT_PER_MINUTE }],
    }),
    AuthModule,
    UpstreamModule,
  ],
  controllers: [CatalogController, StationsController, RentalsController],
})
export class GatewayModule {}
