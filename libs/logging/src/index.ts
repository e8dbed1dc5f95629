export { LoggingModule } from './logging.module';
export { pinoOptions, redactedPaths, traceFields } from './pino-options';
export { Logger as ServiceLogger } from 'nestjs-pino';
