import { ExportResultCode, hrTimeToMilliseconds, type ExportResult } from '@opentelemetry/core';
import type { ReadableSpan, SpanExporter } from '@opentelemetry/sdk-trace-base';
import { appendFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

/** One finished span as a line of JSON. */
export interface SpanRecord {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  service: string;
  name: string;
  kind: number;
  startMs: number;
  durationMs: number;
  status: number;
  attributes: Record<string, unknown>;
}

/**
 * Appends finished spans to a file, one JSON object per line: what the tests read to follow a
 * rental across services, and what the demo draws as a waterfall.
 */
export class JsonLinesSpanExporter implements SpanExporter {
  constructor(private readonly path: string) {
    mkdirSync(dirname(path), { recursive: true });
  }

  export(spans: ReadableSpan[], done: (result: ExportResult) => void): void {
    try {
      appendFileSync(
        this.path,
        spans.map((span) => `${JSON.stringify(toRecord(span))}\n`).join(''),
      );
      done({ code: ExportResultCode.SUCCESS });
    } catch (error) {
      done({ code: ExportResultCode.FAILED, error: error as Error });
    }
  }

  async shutdown(): Promise<void> {}
}

function toRecord(span: ReadableSpan): SpanRecord {
  return {
    traceId: span.spanContext().traceId,
    spanId: span.spanContext().spanId,
    parentSpanId: span.parentSpanContext?.spanId,
    service: String(span.resource.attributes['service.name']),
    name: span.name,
    kind: span.kind,
    startMs: hrTimeToMilliseconds(span.startTime),
    durationMs: hrTimeToMilliseconds(span.duration),
    status: span.status.code,
    attributes: { ...span.attributes },
  };
}
