/**
 * A stand-in for an external notification provider (e-mail, SMS, push), for tests and the demo.
 * Its failure rate and latencies come from FAILURE_RATE, LATENCY_MS and CONTACT_LATENCY_MS, and
 * change at run time with POST /control {"failureRate": 0.5, "latencyMs": 200, "contactLatencyMs": 0}.
 *
 *   POST /messages {to, text} with Idempotency-Key   201 delivered, 200 duplicate, 503 failure
 *   GET  /messages                                    what was delivered, once per key
 *   GET  /contacts/:readerId                          the reader's address (the directory)
 *   GET  /health/live, /health/ready                  200
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { ProviderState } from './provider-state';

const provider = new ProviderState({
  failureRate: Number(process.env.FAILURE_RATE ?? 0),
  latencyMs: Number(process.env.LATENCY_MS ?? 0),
  contactLatencyMs: Number(process.env.CONTACT_LATENCY_MS ?? 0),
});

async function route(request: IncomingMessage, response: ServerResponse): Promise<void> {
  const path = request.url?.split('?')[0];
  if (request.method === 'GET' && path?.startsWith('/health/')) return reply(response, 200, {});
  if (request.method === 'GET' && path === '/messages')
    return reply(response, 200, provider.messages());
  if (request.method === 'GET' && path?.startsWith('/contacts/')) {
    await sleep(provider.behaviour.contactLatencyMs);
    const readerId = decodeURIComponent(path.slice('/contacts/'.length));
    return reply(response, 200, { readerId, address: `${readerId}@readers.example` });
  }
  if (request.method === 'POST' && path === '/control') {
    const body = await readJson(request);
    provider.behaviour = { ...provider.behaviour, ...body };
    return reply(response, 200, provider.behaviour);
  }
  if (request.method === 'POST' && path === '/messages') return send(request, response);
  reply(response, 404, { title: 'Not found' });
}

async function send(request: IncomingMessage, response: ServerResponse): Promise<void> {
  const key = request.headers['idempotency-key'];
  const { to, text } = await readJson(request);
  if (typeof key !== 'string' || typeof to !== 'string' || typeof text !== 'string')
    return reply(response, 400, { title: 'Idempotency-Key, to and text are required' });
  await sleep(provider.behaviour.latencyMs);
  const outcome = provider.send(key, to, text);
  if (outcome.kind === 'failed') return reply(response, 503, { title: 'Provider unavailable' });
  reply(response, outcome.kind === 'delivered' ? 201 : 200, outcome.message);
}

async function readJson(request: IncomingMessage): Promise<Record<string, unknown>> {
  let text = '';
  for await (const chunk of request) text += chunk;
  return text ? JSON.parse(text) : {};
}

function reply(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

const server = createServer((request, response) => {
  route(request, response).catch(() => reply(response, 400, { title: 'Bad request' }));
});
server.listen(Number(process.env.PORT ?? 3010), () =>
  console.log(`provider simulator on port ${process.env.PORT ?? 3010}`),
);
for (const signal of ['SIGTERM', 'SIGINT'])
  process.once(signal, () => server.close(() => process.exit(0)));
