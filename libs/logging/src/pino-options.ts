import type { BaseConfig } from '@lib/config';
import { isSpanContextValid, trace } from '@opentelemetry/api';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import type { Options } from 'pino-http';

/** Secrets and personal data that never reach a log line. */
export const redactedPaths = [
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  'pickupCode',
  '*.pickupCode',
  'password',
  '*.password',
  'token',
  '*.token',
];

/** The trace and span of the code that logs, so a log line leads to its trace. */
export function traceFields(): Record<string, string> {
  const context = trace.getActiveSpan()?.spanContext();
  return context && isSpanContextValid(context)
    ? { trace_id: context.traceId, span_id: context.spanId }
    : {};
}

export function pinoOptions(config: BaseConfig): Options {
  return {
    level: config.LOG_LEVEL,
    base: {
      service: config.SERVICE_NAME,
      version: process.env.SERVICE_VERSION ?? process.env.npm_package_version ?? '0.1.0',
    },
    messageKey: 'msg',
    timestamp: () => `,"time":"${new Date().toISOString()}"`,
    formatters: { level: (label) => ({ level: label }) },
    mixin: traceFields,
    redact: { paths: redactedPaths, censor: '[redacted]' },
    genReqId: requestId,
    autoLogging: { ignore: (request) => /^\/(health|metrics)(\/|$|\?)/.test(request.url ?? '') },
    serializers: {
      req: (request: { id: string; method: string; url: string }) => ({
        id: request.id,
        method: request.method,
        url: request.url,
      }),
      res: (response: { statusCode: number }) => ({ statusCode: response.statusCode }),
    },
  };
}

/** Keeps the caller's X-Request-Id, or makes one, and echoes it in the response. */
function requestId(request: IncomingMessage, response: ServerResponse): string {
  const given = request.headers['x-request-id'];
  const id =
    typeof given === 'string' && given.length > 0 && given.length <= 128 ? given : randomUUID();
  response.setHeader('x-request-id', id);
  return id;
}
