import { nextStep } from './retry-schedule';

const now = new Date('2026-11-25T10:00:00Z');

describe('notification retry schedule', () => {
  it('sends a first failure to the retry topic after the first delay', () => {
    expect(nextStep(0, [2_000, 10_000], 'provider down', now)).toEqual({
      kind: 'retry',
      attempt: 1,
      notBefore: new Date('2026-11-25T10:00:02Z'),
    });
  });

  it('waits longer on each later attempt', () => {
    expect(nextStep(1, [2_000, 10_000], 'provider down', now)).toMatchObject({
      attempt: 2,
      notBefore: new Date('2026-11-25T10:00:10Z'),
    });
  });

  it('dead-letters after the last delay, with the reason and the number of attempts', () => {
    expect(nextStep(2, [2_000, 10_000], 'provider down', now)).toEqual({
      kind: 'dead-letter',
      reason: 'provider down (after 3 attempts)',
    });
  });

  it('dead-letters at once when no retries are configured', () => {
    expect(nextStep(0, [], 'provider down', now).kind).toBe('dead-letter');
  });
});
