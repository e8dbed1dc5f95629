import { evaluateCapacity, type AlertState, type CapacityPolicy } from './capacity-alert.policy';

const policy: CapacityPolicy = { utilisation: 1, afterMs: 60_000, waitlistLimit: 3 };
const quiet: AlertState = { saturatedSince: null, alertRaisedAt: null };
const t0 = new Date('2026-11-25T10:00:00Z');
const later = (ms: number) => new Date(t0.getTime() + ms);

describe('capacity alert policy', () => {
  it('remembers when a station became full, without alerting yet', () => {
    const result = evaluateCapacity({ capacity: 2, occupied: 2, waitlisted: 0 }, quiet, policy, t0);

    expect(result.state.saturatedSince).toEqual(t0);
    expect(result.decision).toEqual({ action: 'none' });
  });

  it('raises the alert when the station stayed full past the window', () => {
    const state = { saturatedSince: t0, alertRaisedAt: null };
    const full = { capacity: 2, occupied: 2, waitlisted: 0 };

    expect(evaluateCapacity(full, state, policy, later(59_999)).decision.action).toBe('none');
    const result = evaluateCapacity(full, state, policy, later(60_000));
    expect(result.decision).toEqual({ action: 'raise', reason: 'sustained-utilisation' });
    expect(result.state.alertRaisedAt).toEqual(later(60_000));
  });

  it('raises the alert at once when the waitlist reaches the limit', () => {
    const result = evaluateCapacity({ capacity: 2, occupied: 2, waitlisted: 3 }, quiet, policy, t0);

    expect(result.decision).toEqual({ action: 'raise', reason: 'waitlist-too-long' });
  });

  it('does not raise an alert that is already raised', () => {
    const state = { saturatedSince: t0, alertRaisedAt: t0 };
    const result = evaluateCapacity(
      { capacity: 2, occupied: 2, waitlisted: 9 },
      state,
      policy,
      later(120_000),
    );

    expect(result.decision).toEqual({ action: 'none' });
    expect(result.state).toEqual(state);
  });

  it('clears the alert once the station has room and no long waitlist', () => {
    const state = { saturatedSince: t0, alertRaisedAt: t0 };
    const result = evaluateCapacity(
      { capacity: 4, occupied: 2, waitlisted: 0 },
      state,
      policy,
      later(1),
    );

    expect(result.decision).toEqual({ action: 'clear' });
    expect(result.state).toEqual({ saturatedSince: null, alertRaisedAt: null });
  });

  it('keeps the alert while the station is still full', () => {
    const state = { saturatedSince: t0, alertRaisedAt: t0 };
    const result = evaluateCapacity(
      { capacity: 4, occupied: 4, waitlisted: 0 },
      state,
      policy,
      later(1),
    );

    expect(result.decision).toEqual({ action: 'none' });
  });

  it('honours a utilisation threshold below 100%', () => {
    const eighty = { ...policy, utilisation: 0.8, afterMs: 0 };
    const result = evaluateCapacity({ capacity: 5, occupied: 4, waitlisted: 0 }, quiet, eighty, t0);

    expect(result.decision).toEqual({ action: 'raise', reason: 'sustained-utilisation' });
  });
});
