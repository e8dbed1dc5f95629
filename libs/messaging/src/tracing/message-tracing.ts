import {
  context,
  propagation,
  SpanKind,
  SpanStatusCode,
  trace,
  type Span,
} from '@opentelemetry/api';

const tracer = trace.getTracer('@lib/messaging');
const traceHeaders = ['traceparent', 'tracestate', 'baggage'];

/** The W3C trace context of the current span, to store with an outbox row. */
export function activeTraceHeaders(): Record<string, string> {
  const carrier: Record<string, string> = {};
  propagation.inject(context.active(), carrier);
  return carrier;
}

export function withoutTraceHeaders(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(headers).filter(([name]) => !traceHeaders.includes(name)),
  );
}

/**
 * Starts a producer span for one message, as a child of the trace context in its headers (the
 * request that wrote the outbox row) or else of the active span, and returns the headers to send.
 */
export function startSendSpan(
  topic: string,
  key: string,
  headers: Record<string, string>,
): { span: Span; headers: Record<string, string> } {
  const parent = propagation.extract(context.active(), headers);
  const span = tracer.startSpan(
    `send ${topic}`,
    {
      kind: SpanKind.PRODUCER,
      attributes: {
        'messaging.system': 'kafka',
        'messaging.operation.type': 'send',
        'messaging.operation.name': 'send',
        'messaging.destination.name': topic,
        'messaging.kafka.message.key': key,
        ...(headers['event-id'] ? { 'messaging.message.id': headers['event-id'] } : {}),
      },
    },
    parent,
  );
  const sent = withoutTraceHeaders(headers);
  propagation.inject(trace.setSpan(parent, span), sent);
  return { span, headers: sent };
}

export function endSpans(spans: Span[], error?: unknown): void {
  for (const span of spans) {
    if (error) {
      span.recordException(error as Error);
      span.setStatus({ code: SpanStatusCode.ERROR, message: (error as Error).message });
    }
    span.end();
  }
}

export interface ProcessSpanInfo {
  topic: string;
  partition: number;
  offset: string;
  key: string | undefined;
  groupId: string;
  headers: Record<string, string>;
}

/** Runs the consumer's work in a span that continues the trace carried by the message. */
export function withProcessSpan<T>(
  info: ProcessSpanInfo,
  work: (span: Span) => Promise<T>,
): Promise<T> {
  const parent = propagation.extract(context.active(), info.headers);
  const attributes = {
    'messaging.system': 'kafka',
    'messaging.operation.type': 'process',
    'messaging.operation.name': 'process',
    'messaging.destination.name': info.topic,
    'messaging.destination.partition.id': String(info.partition),
    'messaging.kafka.offset': Number(info.offset),
    'messaging.consumer.group.name': info.groupId,
    ...(info.key ? { 'messaging.kafka.message.key': info.key } : {}),
    ...(info.headers['event-id'] ? { 'messaging.message.id': info.headers['event-id'] } : {}),
  };
  return tracer.startActiveSpan(
    `process ${info.topic}`,
    { kind: SpanKind.CONSUMER, attributes },
    parent,
    async (span) => {
      try {
        return await work(span);
      } catch (error) {
        endSpans([span], error);
        throw error;
      } finally {
        if (span.isRecording()) span.end();
      }
    },
  );
}
