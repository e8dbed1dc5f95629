export * from './catalog.events';
export {
  createEvent,
  defineEvent,
  eventEnvelopeSchema,
  type EventDefinition,
  type EventEnvelope,
  type EventPayload,
} from './event-envelope';
export { allEvents, eventKey, findEventDefinition } from './event-registry';
export * from './locker.events';
export * from './rental.events';
export { allTopics, deadLetterTopicOf, Topics, type TopicName } from './topics';
export { asyncApiDocument, messageId, messageSchema, schemaFingerprint } from './asyncapi';
