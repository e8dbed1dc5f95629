import './instrument';
import 'reflect-metadata';
import { runService } from '@lib/service-defaults';
import { notificationConfigSchema } from './notification.config';
import { notificationDatabase } from './notification.database';
import { NotificationsModule } from './notifications/notifications.module';

runService({
  module: NotificationsModule,
  database: notificationDatabase,
  config: notificationConfigSchema,
});
