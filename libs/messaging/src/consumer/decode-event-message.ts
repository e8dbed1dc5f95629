import {
  eventEnvelopeSchema,
  eventKey,
  findEventDefinition,
  type EventDefinition,
  type EventEnvelope,
} from '@lib/contracts';
import { z } from 'zod';

export type DecodedMessage =
  | { kind: 'event'; event: EventEnvelope; definition: EventDefinition }
  | { kind: 'ignored'; reason: string }
  | { kind: 'invalid'; reason: string };

/**
 * Turns raw bytes into a contract-valid event. `isHandled` says which type@version keys this
 * consumer applies: a known event meant for others is ignored, anything that breaks a contract
 * is invalid (and will be dead-lettered).
 */
export function decodeEventMessage(
  value: Buffer | null,
  isHandled: (key: string) => boolean,
): DecodedMessage {
  if (!value || value.length === 0) return { kind: 'invalid', reason: 'empty message' };

  let json: unknown;
  try {
    json = JSON.parse(value.toString('utf8'));
  } catch (error) {
    return { kind: 'invalid', reason: `not JSON: ${(error as Error).message}` };
  }

  const envelope = eventEnvelopeSchema.safeParse(json);
  if (!envelope.success)
    return { kind: 'invalid', reason: `bad envelope: ${summarize(envelope.error)}` };

  const { type, version } = envelope.data;
  const definition = findEventDefinition(type, version);
  if (!definition)
    return { kind: 'invalid', reason: `unknown event type ${eventKey(type, version)}` };
  if (!isHandled(eventKey(type, version))) return { kind: 'ignored', reason: `not handled here` };

  const payload = definition.payload.safeParse(envelope.data.payload);
  if (!payload.success) {
    return {
      kind: 'invalid',
      reason: `bad payload for ${eventKey(type, version)}: ${summarize(payload.error)}`,
    };
  }
  return { kind: 'event', event: { ...envelope.data, payload: payload.data }, definition };
}

function summarize(error: z.ZodError): string {
  return error.issues
    .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
    .join('; ');
}
