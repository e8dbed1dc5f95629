import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { TopicName } from './topics';

/** The outer shape of every event on every topic. */
export const eventEnvelopeSchema = z.object({
  id: z.uuid(),
  type: z.string().min(1),
  version: z.number().int().positive(),
  occurredAt: z.iso.datetime(),
  aggregateId: z.string().min(1),
  payload: z.unknown(),
});

export interface EventEnvelope<P = unknown> {
  id: string;
  type: string;
  version: number;
  occurredAt: string;
  aggregateId: string;
  payload: P;
}

export interface EventDefinition<S extends z.ZodType = z.ZodType> {
  readonly type: string;
  readonly version: number;
  readonly topic: TopicName;
  readonly payload: S;
}

export type EventPayload<D extends EventDefinition> = z.infer<D['payload']>;

export function defineEvent<S extends z.ZodType>(
  definition: EventDefinition<S>,
): EventDefinition<S> {
  return Object.freeze(definition);
}

/** Builds an event for the producer side; a payload that breaks the contract throws here. */
export function createEvent<D extends EventDefinition>(
  definition: D,
  aggregateId: string,
  payload: EventPayload<D>,
): EventEnvelope<EventPayload<D>> {
  return {
    id: randomUUID(),
    type: definition.type,
    version: definition.version,
    occurredAt: new Date().toISOString(),
    aggregateId,
    payload: definition.payload.parse(payload) as EventPayload<D>,
  };
}
