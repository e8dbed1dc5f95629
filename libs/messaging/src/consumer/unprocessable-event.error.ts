/**
 * Thrown by a handler for an event that can never be applied (it refers to something that
 * does not exist, say). The consumer dead-letters it with this message as the reason and
 * moves on; any other error is treated as transient and the message is retried.
 */
export class UnprocessableEventError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'UnprocessableEventError';
  }
}
