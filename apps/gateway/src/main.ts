import './instrument';
import 'reflect-metadata';
import { SERVICE_CONFIG } from '@lib/config';
import { runService } from '@lib/service-defaults';
import helmet from 'helmet';
import { gatewayConfigSchema, type GatewayConfig } from './gateway.config';
import { GatewayModule } from './gateway.module';
import { serveOpenApi } from './openapi';

runService({
  module: GatewayModule,
  config: gatewayConfigSchema,
  configure: (app) => {
    const config = app.get<GatewayConfig>(SERVICE_CONFIG);
    app.use(helmet());
    app.useBodyParser('json', { limit: config.BODY_LIMIT });
    serveOpenApi(app);
  },
});
