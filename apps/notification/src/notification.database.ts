import type { ServiceDatabase } from '@lib/database';
import { messagingEntities, MessagingTables1732406400000 } from '@lib/messaging';

/** Only the messaging tables: a delivery's record is the provider's, by idempotency key. */
export const notificationDatabase: ServiceDatabase = {
  entities: [...messagingEntities],
  migrations: [MessagingTables1732406400000],
};
