export interface Delivered {
  idempotencyKey: string;
  to: string;
  text: string;
  at: string;
}

export interface Behaviour {
  /** Share of requests answered 503, 0 to 1. */
  failureRate: number;
  /** Delay before every answer to POST /messages. */
  latencyMs: number;
  /** Delay before every answer of the contact directory. */
  contactLatencyMs: number;
}

export type SendOutcome =
  | { kind: 'delivered'; message: Delivered }
  | { kind: 'duplicate'; message: Delivered }
  | { kind: 'failed' };

/**
 * An external notification provider as the services meet it: slow, sometimes failing, and
 * honouring idempotency keys, so a retried request never reaches the reader twice.
 */
export class ProviderState {
  private readonly delivered = new Map<string, Delivered>();

  constructor(
    public behaviour: Behaviour,
    private readonly random: () => number = Math.random,
  ) {}

  send(idempotencyKey: string, to: string, text: string): SendOutcome {
    const earlier = this.delivered.get(idempotencyKey);
    if (earlier) return { kind: 'duplicate', message: earlier };
    if (this.random() < this.behaviour.failureRate) return { kind: 'failed' };
    const message = { idempotencyKey, to, text, at: new Date().toISOString() };
    this.delivered.set(idempotencyKey, message);
    return { kind: 'delivered', message };
  }

  messages(): Delivered[] {
    return [...this.delivered.values()];
  }
}
