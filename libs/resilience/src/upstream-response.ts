export interface UpstreamResponse<T = unknown> {
  status: number;
  body: T;
  location?: string;
}

/** A 5xx answer: worth a retry of an idempotent call, and counted by the breaker. */
export class UpstreamServerError extends Error {
  constructor(
    readonly upstream: string,
    readonly status: number,
  ) {
    super(`${upstream} answered ${status}`);
  }
}
