import { createHash } from 'node:crypto';
import { z } from 'zod';
import { eventEnvelopeSchema, type EventDefinition } from './event-envelope';
import { allEvents } from './event-registry';
import { allTopics, type TopicName } from './topics';

type JsonSchema = Record<string, unknown>;

/** The id of an event version in the AsyncAPI document, e.g. `rental.requested.v1`. */
export function messageId(definition: EventDefinition): string {
  return `${definition.type}.v${definition.version}`;
}

/** The JSON Schema of an event on the wire: the envelope with this event's payload in it. */
export function messageSchema(definition: EventDefinition): JsonSchema {
  const envelope = jsonSchema(eventEnvelopeSchema);
  const properties = envelope.properties as Record<string, JsonSchema>;
  return {
    ...envelope,
    properties: {
      ...properties,
      type: { type: 'string', const: definition.type },
      version: { type: 'integer', const: definition.version },
      payload: jsonSchema(definition.payload),
    },
  };
}

/** A short fingerprint of an event version's schema, to freeze what has been published. */
export function schemaFingerprint(definition: EventDefinition): string {
  const schema = JSON.stringify(messageSchema(definition));
  return createHash('sha256').update(schema).digest('hex').slice(0, 16);
}

/**
 * The AsyncAPI 3 document of every topic and event, made from the contracts themselves, so it
 * cannot drift from what producers and consumers validate.
 */
export function asyncApiDocument(version: string): Record<string, unknown> {
  const messages = Object.fromEntries(allEvents.map((d) => [messageId(d), message(d)]));
  const channels = Object.fromEntries(allTopics.map((topic) => [topic, channel(topic)]));
  const operations = Object.fromEntries(
    allTopics.map((topic) => [
      `publish-${topic}`,
      {
        action: 'send',
        summary: `The ${ownerOf(topic)} service publishes through its outbox`,
        channel: { $ref: `#/channels/${escape(topic)}` },
      },
    ]),
  );
  return {
    asyncapi: '3.0.0',
    info: {
      title: 'Book rental events',
      version,
      description:
        'Every event travels in the same envelope, keyed by its aggregate id. Topics are prefixed with KAFKA_TOPIC_PREFIX at run time. An event version, once published, never changes: a change is a new version beside it.',
    },
    defaultContentType: 'application/json',
    channels,
    operations,
    components: { messages },
  };
}

function channel(topic: TopicName): Record<string, unknown> {
  const events = allEvents.filter((definition) => definition.topic === topic);
  return {
    address: topic,
    description: `Events of the ${ownerOf(topic)} service. Dead letters go to ${topic}.dlq.`,
    messages: Object.fromEntries(
      events.map((definition) => [
        messageId(definition),
        { $ref: `#/components/messages/${escape(messageId(definition))}` },
      ]),
    ),
  };
}

function message(definition: EventDefinition): Record<string, unknown> {
  return {
    name: definition.type,
    title: `${definition.type} v${definition.version}`,
    contentType: 'application/json',
    headers: {
      type: 'object',
      properties: {
        'event-id': { type: 'string', format: 'uuid' },
        'event-type': { type: 'string', const: definition.type },
        'event-version': { type: 'string', const: String(definition.version) },
        traceparent: { type: 'string', description: 'W3C trace context' },
      },
      required: ['event-id', 'event-type', 'event-version'],
    },
    payload: messageSchema(definition),
  };
}

function jsonSchema(schema: z.ZodType): JsonSchema {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { target: 'draft-7' });
  return rest;
}

function ownerOf(topic: TopicName): string {
  return topic.split('.')[0];
}

/** JSON pointer escaping is not needed for dots, but `/` and `~` would break a $ref. */
function escape(name: string): string {
  return name.replaceAll('~', '~0').replaceAll('/', '~1');
}
