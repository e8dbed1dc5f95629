import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { OutboxBatch, OutboxStore, PendingMessage } from './outbox.store';

export interface OutboxBacklog {
  messages: number;
  oldestAgeSeconds: number;
}

@Injectable()
export class TypeOrmOutboxStore implements OutboxStore {
  constructor(private readonly dataSource: DataSource) {}

  /** How many rows wait to be sent, and how long the oldest has waited. */
  async backlog(): Promise<OutboxBacklog> {
    const [row] = await this.dataSource.query(
      `SELECT count(*)::int AS messages,
              COALESCE(EXTRACT(EPOCH FROM now() - min(created_at)), 0)::float AS "oldestAgeSeconds"
         FROM outbox_messages WHERE sent_at IS NULL`,
    );
    return row;
  }

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
