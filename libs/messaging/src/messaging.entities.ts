import { ProcessedMessage } from './consumer/processed-message.entity';
import { OutboxMessage } from './outbox/outbox-message.entity';

export const messagingEntities = [OutboxMessage, ProcessedMessage];
