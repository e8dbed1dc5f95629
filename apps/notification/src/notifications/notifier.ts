import { SERVICE_CONFIG } from '@lib/config';
import type { EventEnvelope } from '@lib/contracts';
import { EventConsumer, KafkaClient, toDeadLetter, type ConsumedMessage } from '@lib/messaging';
import { UpstreamClient } from '@lib/resilience';
import { HttpException, Inject, Injectable, Logger } from '@nestjs/common';
import { metrics } from '@opentelemetry/api';
import { setTimeout as sleep } from 'node:timers/promises';
import type { NotificationConfig } from '../notification.config';
import { ContactCache } from './contact-cache';
import { noticeFor } from './notice';
import { nextStep, RetryHeaders } from './retry-schedule';

/** Logical name of the service's retry topic; one partition keeps due times in order. */
export const RETRY_TOPIC = 'notification.retry';

/**
 * Tells readers what happened through the external provider. A delivery is tried with a
 * timeout, a circuit breaker and quick retries; if it still fails, the event goes to the retry
 * topic with a delay, and after the last delay to the dead-letter topic with the reason. The
 * event id is the provider's idempotency key: a repeat never reaches the reader twice.
 */
@Injectable()
export class Notifier {
  private readonly logger = new Logger(Notifier.name);
  private readonly provider: UpstreamClient;
  private readonly contacts: ContactCache;
  private readonly deliveries = metrics
    .getMeter('notification')
    .createCounter('notification.deliveries', {
      description: 'Notifications by outcome: delivered, retried, dead_lettered',
    });

  constructor(
    private readonly kafka: KafkaClient,
    private readonly consumer: EventConsumer,
    @Inject(SERVICE_CONFIG) private readonly config: NotificationConfig,
  ) {
    this.provider = new UpstreamClient('provider', config.PROVIDER_URL, {
      timeoutMs: config.PROVIDER_TIMEOUT_MS,
      breakerFailures: config.PROVIDER_BREAKER_FAILURES,
      halfOpenAfterMs: config.PROVIDER_HALF_OPEN_AFTER_MS,
    });
    const directory = new UpstreamClient('contact directory', config.PROVIDER_URL, {
      timeoutMs: config.CONTACT_LOOKUP_TIMEOUT_MS,
      breakerFailures: config.PROVIDER_BREAKER_FAILURES,
      halfOpenAfterMs: config.PROVIDER_HALF_OPEN_AFTER_MS,
    });
    this.contacts = new ContactCache(async (readerId) => {
      const contact = await directory.get<{ address: string }>(
        `/contacts/${encodeURIComponent(readerId)}`,
      );
      return contact.body.address;
    }, config.CONTACT_CACHE_TTL_MS);
  }

  async notify(
    event: EventEnvelope<{ readerId: string }>,
    message: ConsumedMessage,
  ): Promise<void> {
    const notice = noticeFor(event);
    if (!notice) return;
    await untilDue(message.headers[RetryHeaders.notBefore]);
    try {
      const to = await this.contacts.addressOf(notice.readerId);
      await this.provider.postWithRetries(
        '/messages',
        { to, text: notice.text },
        { 'idempotency-key': event.id },
      );
      this.deliveries.add(1, { outcome: 'delivered', event_type: event.type });
    } catch (error) {
      await this.handOn(event, message, error as Error);
    }
  }

  /** Retry topic while delays are left; dead-letter topic after the last, or for a refusal. */
  private async handOn(
    event: EventEnvelope,
    message: ConsumedMessage,
    error: Error,
  ): Promise<void> {
    const attempt = Number(message.headers[RetryHeaders.attempt] ?? 0);
    const refused = error instanceof HttpException && error.getStatus() < 500;
    const step = refused
      ? { kind: 'dead-letter' as const, reason: `the provider refused it: ${error.message}` }
      : nextStep(attempt, this.config.NOTIFY_RETRY_DELAYS_MS, error.message);
    const originalTopic = message.headers[RetryHeaders.originalTopic] ?? message.topic;

    if (step.kind === 'dead-letter') {
      this.logger.warn(`Notification for ${event.type} ${event.id} dead-lettered: ${step.reason}`);
      const original = { ...message, topic: originalTopic };
      await this.kafka.publish([toDeadLetter(original, step.reason, this.consumer.groupId)]);
      this.deliveries.add(1, { outcome: 'dead_lettered', event_type: event.type });
      return;
    }
    this.logger.warn(
      `Notification for ${event.type} ${event.id} failed (${error.message}); attempt ${step.attempt} at ${step.notBefore.toISOString()}`,
    );
    await this.kafka.publish([
      {
        topic: this.kafka.topicName(RETRY_TOPIC),
        key: message.key ?? '',
        value: message.value ?? '',
        headers: {
          ...message.headers,
          [RetryHeaders.attempt]: String(step.attempt),
          [RetryHeaders.notBefore]: step.notBefore.toISOString(),
          [RetryHeaders.originalTopic]: originalTopic,
        },
      },
    ]);
    this.deliveries.add(1, { outcome: 'retried', event_type: event.type });
  }
}

/** A retried notification waits for its due time (bounded by the config's 25 s per delay). */
async function untilDue(notBefore: string | undefined): Promise<void> {
  const wait = notBefore ? Date.parse(notBefore) - Date.now() : 0;
  if (wait > 0) await sleep(wait);
}
