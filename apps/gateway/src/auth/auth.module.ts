import { SERVICE_CONFIG } from '@lib/config';
import { Global, Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import type { GatewayConfig } from '../gateway.config';
import { AuthGuard } from './auth.guard';
import { DevTokenController } from './dev-token.controller';

@Global()
@Module({
  imports: [
    JwtModule.registerAsync({
      inject: [SERVICE_CONFIG],
      useFactory: (config: GatewayConfig) => ({
        secret: config.JWT_SECRET,
        signOptions: {
          algorithm: 'HS256',
          issuer: config.JWT_ISSUER,
          audience: config.JWT_AUDIENCE,
          expiresIn: '1h',
        },
      }),
    }),
  ],
  controllers: [DevTokenController],
  providers: [AuthGuard],
  exports: [AuthGuard, JwtModule],
})
export class AuthModule {}
