/** Headers a notification carries through the retry topic. */
export const RetryHeaders = {
  attempt: 'notification-attempt',
  notBefore: 'notification-not-before',
  originalTopic: 'notification-original-topic',
} as const;

export type NextStep =
  { kind: 'retry'; attempt: number; notBefore: Date } | { kind: 'dead-letter'; reason: string };

/**
 * After a failed delivery: the next retry-topic attempt, with its delay, or the dead-letter
 * topic once every delay has been used. `attempt` 0 is the first delivery from the event topic.
 */
export function nextStep(
  attempt: number,
  delaysMs: readonly number[],
  failure: string,
  now = new Date(),
): NextStep {
  if (attempt >= delaysMs.length)
    return { kind: 'dead-letter', reason: `${failure} (after ${attempt + 1} attempts)` };
  return {
    kind: 'retry',
    attempt: attempt + 1,
    notBefore: new Date(now.getTime() + delaysMs[attempt]),
  };
}
