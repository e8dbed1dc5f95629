import { ConfigError, loadConfig } from '@lib/config';
import { PrometheusExporter } from '@opentelemetry/exporter-prometheus';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { HostMetrics } from '@opentelemetry/host-metrics';
import { ExpressInstrumentation, ExpressLayerType } from '@opentelemetry/instrumentation-express';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { PgInstrumentation } from '@opentelemetry/instrumentation-pg';
import { RuntimeNodeInstrumentation } from '@opentelemetry/instrumentation-runtime-node';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { NodeSDK } from '@opentelemetry/sdk-node';
import {
  AlwaysOffSampler,
  AlwaysOnSampler,
  BatchSpanProcessor,
  ConsoleSpanExporter,
  type SpanExporter,
} from '@opentelemetry/sdk-trace-base';
import { ATTR_SERVICE_NAME, ATTR_SERVICE_VERSION } from '@opentelemetry/semantic-conventions';
import { JsonLinesSpanExporter } from './json-lines-span.exporter';
import { telemetryConfigSchema, type TelemetryConfig } from './telemetry-config.schema';

let prometheus: PrometheusExporter | undefined;

/** The Prometheus exporter whose handler serves /metrics, when metrics are on. */
export function prometheusExporter(): PrometheusExporter | undefined {
  return prometheus;
}

/**
 * Starts OpenTelemetry. Call it from the service's instrument.ts, imported first in main.ts, so
 * that http, express and pg are patched before anything loads them.
 */
export function startTelemetry(env: NodeJS.ProcessEnv = process.env): void {
  const config = loadTelemetryConfig(env);
  if (!config.TRACING_ENABLED && !config.METRICS_ENABLED) return;

  if (config.METRICS_ENABLED) prometheus = new PrometheusExporter({ preventServerStart: true });
  const exporter = config.TRACING_ENABLED ? spanExporter(config) : undefined;
  const sdk = new NodeSDK({
    resource: resourceFromAttributes({
      [ATTR_SERVICE_NAME]: config.SERVICE_NAME,
      [ATTR_SERVICE_VERSION]: config.SERVICE_VERSION,
      'deployment.environment.name': config.NODE_ENV,
    }),
    sampler: config.TRACING_ENABLED ? new AlwaysOnSampler() : new AlwaysOffSampler(),
    spanProcessors: exporter
      ? [new BatchSpanProcessor(exporter, { scheduledDelayMillis: 500 })]
      : [],
    logRecordProcessors: [],
    metricReader: prometheus,
    instrumentations: [
      new HttpInstrumentation({ ignoreIncomingRequestHook: (request) => isProbe(request.url) }),
      // Express names the route (http.route); spans per middleware or handler would only add noise.
      new ExpressInstrumentation({
        ignoreLayersType: [ExpressLayerType.MIDDLEWARE, ExpressLayerType.REQUEST_HANDLER],
      }),
      new PgInstrumentation({ requireParentSpan: true }),
      new RuntimeNodeInstrumentation(),
    ],
  });
  sdk.start();
  if (prometheus) new HostMetrics({ name: 'host-metrics' }).start();
  shutdownHooks.push(() => sdk.shutdown());
}

function loadTelemetryConfig(env: NodeJS.ProcessEnv): TelemetryConfig {
  try {
    return loadConfig(telemetryConfigSchema, env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}

const shutdownHooks: (() => Promise<void>)[] = [];

/** Flushes buffered spans; the service calls it as the last step of its drain. */
export async function stopTelemetry(): Promise<void> {
  await Promise.all(shutdownHooks.splice(0).map((stop) => stop().catch(() => undefined)));
}

function spanExporter(config: TelemetryConfig): SpanExporter | undefined {
  const choice =
    config.TRACES_EXPORTER !== 'auto'
      ? config.TRACES_EXPORTER
      : config.OTEL_EXPORTER_OTLP_ENDPOINT
        ? 'otlp'
        : config.TRACES_FILE
          ? 'file'
          : 'none';
  if (choice === 'otlp') return new OTLPTraceExporter();
  if (choice === 'console') return new ConsoleSpanExporter();
  if (choice === 'file') {
    if (!config.TRACES_FILE) throw new Error('TRACES_EXPORTER=file needs TRACES_FILE');
    return new JsonLinesSpanExporter(config.TRACES_FILE);
  }
  return undefined;
}

function isProbe(url: string | undefined): boolean {
  return /^\/(health|metrics)(\/|$|\?)/.test(url ?? '');
}
