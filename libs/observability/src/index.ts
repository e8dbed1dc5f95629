export { JsonLinesSpanExporter, type SpanRecord } from './json-lines-span.exporter';
export { ObservabilityModule } from './observability.module';
export { prometheusExporter, startTelemetry, stopTelemetry } from './start-telemetry';
export { telemetryConfigSchema, type TelemetryConfig } from './telemetry-config.schema';
