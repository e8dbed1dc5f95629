import { SERVICE_CONFIG } from '@lib/config';
import { Inject, Injectable } from '@nestjs/common';
import type { GatewayConfig } from '../gateway.config';
import { UpstreamClient } from '@lib/resilience';

/** One client, and so one circuit breaker, per upstream service. */
@Injectable()
export class Upstreams {
  readonly rental: UpstreamClient;
  readonly catalog: UpstreamClient;
  readonly locker: UpstreamClient;

  constructor(@Inject(SERVICE_CONFIG) config: GatewayConfig) {
    const options = {
      timeoutMs: config.UPSTREAM_TIMEOUT_MS,
      breakerFailures: config.BREAKER_FAILURES,
      halfOpenAfterMs: config.BREAKER_HALF_OPEN_AFTER_MS,
    };
    this.rental = new UpstreamClient('rental', config.RENTAL_URL, options);
    this.catalog = new UpstreamClient('catalog', config.CATALOG_URL, options);
    this.locker = new UpstreamClient('locker', config.LOCKER_URL, options);
  }
}
