/** A row the relay is about to publish. */
export interface PendingMessage {
  position: string;
  eventId: string;
  topic: string;
  messageKey: string;
  eventType: string;
  eventVersion: number;
  envelope: Record<string, unknown>;
  headers: Record<string, string>;
}

/** The rows of one relay pass, locked against other relays until the pass ends. */
export interface OutboxBatch {
  messages: PendingMessage[];
  markSent(positions: string[]): Promise<void>;
}

export interface OutboxStore {
  /**
   * Runs `work` on the oldest unsent rows inside one transaction. If `work` throws, the
   * transaction rolls back and the rows stay unsent.
   */
  withUnsentBatch<T>(limit: number, work: (batch: OutboxBatch) => Promise<T>): Promise<T>;
}
