import { findEventDefinition, type EventEnvelope } from '@lib/contracts';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { activeTraceHeaders } from '../tracing/message-tracing';
import { OutboxMessage } from './outbox-message.entity';

/**
 * Records an event in the caller's transaction. Nothing talks to Kafka here: the relay
 * publishes the row after the transaction commits, so state and event never disagree. The
 * current trace context is kept with the row, so the trace goes on when the relay sends it.
 */
@Injectable()
export class Outbox {
  async add(transaction: EntityManager, event: EventEnvelope): Promise<void> {
    const definition = findEventDefinition(event.type, event.version);
    if (!definition) throw new Error(`No contract for event ${event.type} v${event.version}`);
    definition.payload.parse(event.payload);
    await transaction.save(OutboxMessage, {
      eventId: event.id,
      topic: definition.topic,
      messageKey: event.aggregateId,
      eventType: event.type,
      eventVersion: event.version,
      envelope: event,
      headers: activeTraceHeaders(),
    });
  }
}
