export { ConfigError } from './config.error';
export { ConfigModule, SERVICE_CONFIG } from './config.module';
export { loadConfig } from './load-config';
export {
  baseConfigSchema,
  serviceConfigSchema,
  type BaseConfig,
  type ServiceConfig,
} from './service-config.schema';
