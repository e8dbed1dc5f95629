import { SERVICE_CONFIG, type BaseConfig } from '@lib/config';
import { Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { pinoOptions } from './pino-options';

/** JSON logs through pino: one line per event, with trace ids; HTTP access logs included. */
@Module({
  imports: [
    LoggerModule.forRootAsync({
      inject: [SERVICE_CONFIG],
      useFactory: (config: BaseConfig) => ({ pinoHttp: pinoOptions(config) }),
    }),
  ],
})
export class LoggingModule {}
