import { spansOfJaegerTrace, type JaegerTrace } from './jaeger-trace';

describe('spansOfJaegerTrace', () => {
  const trace: JaegerTrace = {
    traceID: 't1',
    processes: { p1: { serviceName: 'gateway' }, p2: { serviceName: 'rental' } },
    spans: [
      {
        spanID: 'a',
        operationName: 'POST /rentals',
        references: [],
        startTime: 1_000_000,
        duration: 173_100,
        tags: [{ key: 'http.route', value: '/rentals' }],
        processID: 'p1',
      },
      {
        spanID: 'b',
        operationName: 'send rental.events',
        references: [{ refType: 'CHILD_OF', spanID: 'a' }],
        startTime: 1_070_000,
        duration: 8_500,
        tags: [{ key: 'messaging.kafka.message.key', value: 'r1' }],
        processID: 'p2',
      },
    ],
  };

  it('keeps the parent, the service and the tags, in milliseconds', () => {
    const [root, child] = spansOfJaegerTrace(trace);

    expect(root).toMatchObject({ spanId: 'a', parentSpanId: undefined, service: 'gateway' });
    expect(root.durationMs).toBeCloseTo(173.1);
    expect(child).toMatchObject({
      traceId: 't1',
      parentSpanId: 'a',
      service: 'rental',
      name: 'send rental.events',
      startMs: 1_070,
      attributes: { 'messaging.kafka.message.key': 'r1' },
    });
  });
});
