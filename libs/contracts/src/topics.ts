/**
 * Logical topic names. At run time the messaging lib prefixes them with KAFKA_TOPIC_PREFIX,
 * which keeps test runs (and environments sharing a cluster) apart.
 * Every topic is keyed by the aggregate id, so events of one rental stay in order.
 */
export const Topics = {
  rentalEvents: 'rental.events',
  catalogEvents: 'catalog.events',
  lockerEvents: 'locker.events',
} as const;

export type TopicName = (typeof Topics)[keyof typeof Topics];

export const allTopics: readonly TopicName[] = Object.values(Topics);

/** Where a consumer parks a message it can never process, with the reason in its headers. */
export function deadLetterTopicOf(topic: string): string {
  return `${topic}.dlq`;
}
