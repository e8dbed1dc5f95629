import type { SpanRecord } from '@lib/observability';
import { existsSync, readFileSync } from 'node:fs';

/** The JSON lines of a file; anything else on it (a stack trace, say) is passed over. */
export function readJsonLines(file: string): Record<string, unknown>[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line));
}

export function readSpans(file: string): SpanRecord[] {
  return readJsonLines(file) as unknown as SpanRecord[];
}

/** Spans whose parent is not among them: a complete trace has exactly one. */
export function rootsOf(spans: SpanRecord[]): SpanRecord[] {
  const ids = new Set(spans.map((span) => span.spanId));
  return spans.filter((span) => !span.parentSpanId || !ids.has(span.parentSpanId));
}

/**
 * A trace as lines of text: start offset, duration, service and span name indented by depth,
 * and a bar. Database spans are folded into a count on their parent.
 */
export function drawWaterfall(spans: SpanRecord[], width = 32): string[] {
  const byId = new Map(spans.map((span) => [span.spanId, span]));
  const depth = (span: SpanRecord): number => {
    const parent = span.parentSpanId ? byId.get(span.parentSpanId) : undefined;
    return parent ? depth(parent) + 1 : 0;
  };
  const isDb = (span: SpanRecord) => span.name.startsWith('pg');
  const start = Math.min(...spans.map((span) => span.startMs));
  const end = Math.max(...spans.map((span) => span.startMs + span.durationMs));
  const scale = width / Math.max(end - start, 1);
  const rows = spans
    .filter((span) => !isDb(span))
    .sort((a, b) => a.startMs - b.startMs)
    .map((span) => {
      const queries = spans.filter(
        (child) => child.parentSpanId === span.spanId && isDb(child),
      ).length;
      return {
        span,
        name: `${'  '.repeat(depth(span))}${span.name}${queries ? ` (+${queries} db)` : ''}`,
      };
    });
  const nameWidth = Math.max(...rows.map((row) => row.name.length));
  return rows.map(({ span, name }) => {
    const offset = span.startMs - start;
    const bar =
      ' '.repeat(Math.floor(offset * scale)) +
      '█'.repeat(Math.max(1, Math.round(span.durationMs * scale)));
    const timing = `${`+${offset.toFixed(0)}`.padStart(6)} ms ${span.durationMs.toFixed(1).padStart(7)} ms`;
    return `${timing}  ${span.service.padEnd(8)} ${name.padEnd(nameWidth)}  ${bar}`;
  });
}
