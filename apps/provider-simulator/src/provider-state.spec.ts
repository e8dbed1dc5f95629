import { ProviderState } from './provider-state';

describe('provider simulator', () => {
  it('delivers a message once per idempotency key', () => {
    const provider = new ProviderState({ failureRate: 0, latencyMs: 0, contactLatencyMs: 0 });

    expect(provider.send('k1', 'ada', 'hello').kind).toBe('delivered');
    expect(provider.send('k1', 'ada', 'hello').kind).toBe('duplicate');
    expect(provider.messages()).toHaveLength(1);
  });

  it('fails as often as its failure rate says', () => {
    const rolls = [0.2, 0.8];
    const provider = new ProviderState(
      { failureRate: 0.5, latencyMs: 0, contactLatencyMs: 0 },
      () => rolls.shift()!,
    );

    expect(provider.send('k1', 'ada', 'x').kind).toBe('failed');
    expect(provider.send('k1', 'ada', 'x').kind).toBe('delivered');
  });
});
