import type { SpanRecord } from '@lib/observability';

/** A trace as Jaeger's query API returns it (GET /api/traces/:id, /api/traces?tags=...). */
export interface JaegerTrace {
  traceID: string;
  spans: {
    spanID: string;
    operationName: string;
    references: { refType: string; spanID: string }[];
    startTime: number; // microseconds
    duration: number; // microseconds
    tags: { key: string; value: unknown }[];
    processID: string;
  }[];
  processes: Record<string, { serviceName: string }>;
}

/** Jaeger's spans in the shape the span files have, so one waterfall draws both. */
export function spansOfJaegerTrace(trace: JaegerTrace): SpanRecord[] {
  return trace.spans.map((span) => ({
    traceId: trace.traceID,
    spanId: span.spanID,
    parentSpanId: span.references.find((ref) => ref.refType === 'CHILD_OF')?.spanID,
    service: trace.processes[span.processID]?.serviceName ?? 'unknown',
    name: span.operationName,
    kind: 0,
    startMs: span.startTime / 1_000,
    durationMs: span.duration / 1_000,
    status: 0,
    attributes: Object.fromEntries(span.tags.map((tag) => [tag.key, tag.value])),
  }));
}
