import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { OutboxBatch, OutboxStore, PendingMessage } from './outbox.store';

@Injectable()
export class TypeOrmOutboxStore implements OutboxStore {
  constructor(private readonly dataSource: DataSource) {}

  withUnsentBatch<T>(limit: number, work: (batch: OutboxBatch) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(async (transaction) => {
      // SKIP LOCKED lets several relay instances share the table without publishing a row twice.
      const messages: PendingMessage[] = await transaction.query(
        `SELECT position, event_id AS "eventId", topic, message_key AS "messageKey",
                event_type AS "eventType", event_version AS "eventVersion", envelope, headers
           FROM outbox_messages
          WHERE sent_at IS NULL
          ORDER BY position
          LIMIT $1
          FOR UPDATE SKIP LOCKED`,
        [limit],
      );
      return work({
        messages,
        markSent: async (positions) => {
          await transaction.query(
            `UPDATE outbox_messages SET sent_at = now() WHERE position = ANY($1::bigint[])`,
            [positions],
          );
        },
      });
    });
  }
}
