import { HttpException, Logger, ServiceUnavailableException } from '@nestjs/common';
import { context, propagation } from '@opentelemetry/api';
import {
  BrokenCircuitError,
  circuitBreaker,
  ConsecutiveBreaker,
  ExponentialBackoff,
  handleWhen,
  retry,
  TaskCancelledError,
  timeout,
  TimeoutStrategy,
  wrap,
  type IPolicy,
} from 'cockatiel';
import { UpstreamServerError, type UpstreamResponse } from './upstream-response';

export interface UpstreamOptions {
  timeoutMs: number;
  breakerFailures: number;
  halfOpenAfterMs: number;
}

/**
 * Calls one upstream service with a timeout on every call, a circuit breaker that stops calling
 * it after consecutive failures, and, for idempotent calls only (GETs, keyed POSTs), retries
 * with exponential backoff and jitter. A 4xx answer is the caller's problem: passed through as
 * an HttpException, never retried or counted by the breaker.
 */
export class UpstreamClient {
  private readonly logger: Logger;
  private readonly withRetries: IPolicy;
  private readonly once: IPolicy;

  constructor(
    readonly name: string,
    private readonly baseUrl: string,
    private readonly options: UpstreamOptions,
  ) {
    this.logger = new Logger(`Upstream:${name}`);
    const failure = handleWhen((error) => !(error instanceof BrokenCircuitError));
    const breaker = circuitBreaker(failure, {
      halfOpenAfter: options.halfOpenAfterMs,
      breaker: new ConsecutiveBreaker(options.breakerFailures),
    });
    breaker.onBreak(() => this.logger.warn(`${name}: circuit open, calls fail fast`));
    breaker.onReset(() => this.logger.log(`${name}: circuit closed again`));
    const deadline = timeout(options.timeoutMs, TimeoutStrategy.Aggressive);
    const retries = retry(failure, {
      maxAttempts: 2,
      backoff: new ExponentialBackoff({ initialDelay: 100, maxDelay: 1_000 }),
    });
    this.once = wrap(breaker, deadline);
    this.withRetries = wrap(retries, breaker, deadline);
  }

  get<T>(path: string, headers: Record<string, string> = {}): Promise<UpstreamResponse<T>> {
    return this.call<T>(this.withRetries, 'GET', path, undefined, headers);
  }

  post<T>(
    path: string,
    body: unknown,
    headers: Record<string, string> = {},
  ): Promise<UpstreamResponse<T>> {
    return this.call<T>(this.once, 'POST', path, body, headers);
  }

  /** A POST the upstream makes idempotent (an Idempotency-Key header): safe to retry. */
  postWithRetries<T>(
    path: string,
    body: unknown,
    headers: Record<string, string>,
  ): Promise<UpstreamResponse<T>> {
    return this.call<T>(this.withRetries, 'POST', path, body, headers);
  }

  private async call<T>(
    policy: IPolicy,
    method: string,
    path: string,
    body: unknown,
    headers: Record<string, string>,
  ): Promise<UpstreamResponse<T>> {
    let response: UpstreamResponse<T>;
    try {
      response = await policy.execute(({ signal }) =>
        this.send<T>(method, path, body, headers, signal),
      );
    } catch (error) {
      throw this.unavailable(error);
    }
    if (response.status >= 400) throw new HttpException(response.body as object, response.status);
    return response;
  }

  private async send<T>(
    method: string,
    path: string,
    body: unknown,
    headers: Record<string, string>,
    signal: AbortSignal,
  ): Promise<UpstreamResponse<T>> {
    const outgoing: Record<string, string> = { accept: 'application/json', ...headers };
    if (body !== undefined) outgoing['content-type'] = 'application/json';
    propagation.inject(context.active(), outgoing);
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: outgoing,
      body: body === undefined ? undefined : JSON.stringify(body),
      signal,
    });
    if (response.status >= 500) throw new UpstreamServerError(this.name, response.status);
    const text = await response.text();
    return {
      status: response.status,
      body: text ? JSON.parse(text) : undefined,
      location: response.headers.get('location') ?? undefined,
    };
  }

  private unavailable(error: unknown): ServiceUnavailableException {
    const reason =
      error instanceof BrokenCircuitError
        ? 'its circuit is open after repeated failures'
        : error instanceof TaskCancelledError
          ? `it did not answer within ${this.options.timeoutMs} ms`
          : error instanceof UpstreamServerError
            ? `it answered ${error.status}`
            : 'it cannot be reached';
    return new ServiceUnavailableException(`The ${this.name} service is unavailable: ${reason}`);
  }
}
