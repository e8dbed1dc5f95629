import { Module } from '@nestjs/common';
import { NotificationsEvents } from './notifications.events';
import { Notifier } from './notifier';

@Module({ providers: [Notifier, NotificationsEvents] })
export class NotificationsModule {}
