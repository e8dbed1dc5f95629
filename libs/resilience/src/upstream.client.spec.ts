import { HttpException, Logger, ServiceUnavailableException } from '@nestjs/common';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { UpstreamClient } from './upstream.client';

interface Answer {
  status: number;
  delayMs?: number;
}

/** A stand-in upstream on loopback that answers with whatever the test queues. */
function upstream(answers: (() => Answer)[]) {
  const calls: string[] = [];
  const server: Server = createServer((request, response) => {
    calls.push(`${request.method} ${request.url} ${request.headers['idempotency-key'] ?? ''}`);
    const next = answers.shift() ?? ((): Answer => ({ status: 200 }));
    const { status, delayMs = 0 } = next();
    setTimeout(() => response.writeHead(status).end(JSON.stringify({ status })), delayMs);
  });
  return new Promise<{ url: string; calls: string[]; close: () => void }>((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({
        url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
        calls,
        close: () => server.close(),
      }),
    ),
  );
}

const ok = (): Answer => ({ status: 200 });
const broken = (): Answer => ({ status: 500 });
const options = { timeoutMs: 200, breakerFailures: 3, halfOpenAfterMs: 60_000 };

describe('UpstreamClient', () => {
  beforeAll(() => jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined));

  it('retries a GET that failed, and answers the retry', async () => {
    const server = await upstream([broken, ok]);
    const client = new UpstreamClient('catalog', server.url, options);

    await expect(client.get('/books')).resolves.toMatchObject({ status: 200 });
    expect(server.calls).toHaveLength(2);
    server.close();
  });

  it('never retries a plain POST: it may have been applied', async () => {
    const server = await upstream([broken, ok]);
    const client = new UpstreamClient('rental', server.url, options);

    await expect(client.post('/rentals', {})).rejects.toThrow(/answered 500/);
    expect(server.calls).toHaveLength(1);
    server.close();
  });

  it('retries a POST made idempotent by its key, with the same key', async () => {
    const server = await upstream([broken, ok]);
    const client = new UpstreamClient('provider', server.url, options);

    await client.postWithRetries('/messages', {}, { 'idempotency-key': 'k1' });
    expect(server.calls).toEqual(['POST /messages k1', 'POST /messages k1']);
    server.close();
  });

  it('gives up on a slow answer after its timeout, with a 503 that says so', async () => {
    const server = await upstream([() => ({ status: 200, delayMs: 1_000 })]);
    const client = new UpstreamClient('rental', server.url, options);

    const call = client.post('/rentals', {});
    await expect(call).rejects.toThrow(ServiceUnavailableException);
    await expect(call).rejects.toThrow(/did not answer within 200 ms/);
    server.close();
  });

  it('opens its circuit after consecutive failures, and then fails without calling', async () => {
    const server = await upstream([broken, broken, broken]);
    const client = new UpstreamClient('catalog', server.url, options);

    for (let i = 0; i < 3; i++) await client.post('/books', {}).catch(() => undefined);
    await expect(client.get('/books')).rejects.toThrow(/circuit is open/);
    expect(server.calls).toHaveLength(3);
    server.close();
  });

  it('passes a 4xx through untouched: not retried, not counted as a failure', async () => {
    const server = await upstream([() => ({ status: 404 }), ok]);
    const client = new UpstreamClient('catalog', server.url, options);

    const error = await client.get('/books/x').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpException);
    expect((error as HttpException).getStatus()).toBe(404);
    expect(server.calls).toHaveLength(1);
    server.close();
  });
});
