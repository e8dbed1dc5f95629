import {
  ArgumentsHost,
  Catch,
  HttpException,
  HttpStatus,
  Logger,
  type ExceptionFilter,
} from '@nestjs/common';
import { isSpanContextValid, trace } from '@opentelemetry/api';
import type { Request, Response } from 'express';

/** Every error leaves as RFC 9457 problem details; unexpected ones are logged, not leaked. */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Http');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<Request>();
    const response = http.getResponse<Response>();
    const status = statusOf(exception);
    if (status >= 500)
      this.logger.error(`${request.method} ${request.url} failed`, (exception as Error)?.stack);

    response
      .status(status)
      .type('application/problem+json')
      .json({
        type: 'about:blank',
        title: titleOf(status),
        status,
        detail: detailOf(exception, status),
        instance: request.originalUrl,
        traceId: currentTraceId(),
        ...extensionsOf(exception),
      });
  }
}

/** An HttpException's status, a client error that Express middleware raised (a body too large, bad JSON), or 500. */
function statusOf(exception: unknown): number {
  if (exception instanceof HttpException) return exception.getStatus();
  const status = (exception as { status?: unknown } | null)?.status;
  return typeof status === 'number' && status >= 400 && status < 500
    ? status
    : HttpStatus.INTERNAL_SERVER_ERROR;
}

function currentTraceId(): string | undefined {
  const context = trace.getActiveSpan()?.spanContext();
  return context && isSpanContextValid(context) ? context.traceId : undefined;
}

function titleOf(status: number): string {
  const name = HttpStatus[status] ?? 'ERROR';
  return name.charAt(0) + name.slice(1).toLowerCase().replaceAll('_', ' ');
}

/** An unexpected error's message stays in the log; an HttpException's was written for the client. */
function detailOf(exception: unknown, status: number): string {
  if (!(exception instanceof HttpException))
    return status >= 500
      ? 'The server could not complete the request.'
      : (exception as Error).message;
  const body = exception.getResponse();
  if (typeof body === 'string') return body;
  const message = (body as { message?: unknown }).message;
  return Array.isArray(message)
    ? 'The request is not valid.'
    : String(message ?? exception.message);
}

/**
 * Extension members: the list of validation errors, and any other fields the exception carried
 * (the health checks' results on a 503 from /health/ready, for example).
 */
function extensionsOf(exception: unknown): Record<string, unknown> {
  if (!(exception instanceof HttpException)) return {};
  const body = exception.getResponse();
  if (typeof body !== 'object' || body === null) return {};
  const {
    message,
    statusCode: _statusCode,
    error: nestError,
    ...rest
  } = body as Record<string, unknown>;
  const errors = Array.isArray(message) ? { errors: message.map(String) } : {};
  // Nest puts a status text in "error"; an object there is data worth keeping.
  const error = typeof nestError === 'object' && nestError !== null ? { error: nestError } : {};
  return { ...rest, ...error, ...errors };
}
