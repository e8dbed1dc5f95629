import { metrics, type Counter, type Histogram } from '@opentelemetry/api';

export type ConsumeOutcome = 'processed' | 'duplicate' | 'ignored' | 'dead_lettered' | 'failed';

/** Per topic and group: messages by outcome, and the time spent on each. */
export class ConsumerMetrics {
  private readonly messages: Counter;
  private readonly duration: Histogram;

  constructor() {
    const meter = metrics.getMeter('@lib/messaging');
    this.messages = meter.createCounter('messaging.client.consumed.messages', {
      description: 'Messages a consumer group handled, by outcome',
    });
    this.duration = meter.createHistogram('messaging.process.duration', {
      description: 'Time to handle one message, dead-lettering included',
      unit: 's',
      advice: { explicitBucketBoundaries: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5] },
    });
  }

  record(topic: string, groupId: string, outcome: ConsumeOutcome, startedAt: number): void {
    const attributes = {
      'messaging.destination.name': topic,
      'messaging.consumer.group.name': groupId,
      outcome,
    };
    this.messages.add(1, attributes);
    this.duration.record((performance.now() - startedAt) / 1000, attributes);
  }
}
