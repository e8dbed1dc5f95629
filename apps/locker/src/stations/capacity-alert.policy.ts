export interface StationLoad {
  capacity: number;
  occupied: number;
  waitlisted: number;
}

export interface AlertState {
  saturatedSince: Date | null;
  alertRaisedAt: Date | null;
}

export interface CapacityPolicy {
  /** Share of slots in use, 0 to 1, from which the station counts as saturated. */
  utilisation: number;
  /** How long saturation may last before the alert is raised. */
  afterMs: number;
  /** A waitlist this long raises the alert at once. */
  waitlistLimit: number;
}

export type AlertReason = 'sustained-utilisation' | 'waitlist-too-long';

export type AlertDecision =
  { action: 'raise'; reason: AlertReason } | { action: 'clear' } | { action: 'none' };

/**
 * "This station needs more lockers": decided from its load now and what was remembered at the
 * last check. Returns the state to remember and whether to raise or clear the alert.
 */
export function evaluateCapacity(
  load: StationLoad,
  state: AlertState,
  policy: CapacityPolicy,
  now: Date,
): { state: AlertState; decision: AlertDecision } {
  const saturated = load.capacity === 0 || load.occupied / load.capacity >= policy.utilisation;
  const saturatedSince = saturated ? (state.saturatedSince ?? now) : null;
  const sustained =
    saturatedSince !== null && now.getTime() - saturatedSince.getTime() >= policy.afterMs;
  const longWaitlist = load.waitlisted >= policy.waitlistLimit;
  const alerting = state.alertRaisedAt !== null;

  if (!alerting && (longWaitlist || sustained)) {
    const reason: AlertReason = longWaitlist ? 'waitlist-too-long' : 'sustained-utilisation';
    return { state: { saturatedSince, alertRaisedAt: now }, decision: { action: 'raise', reason } };
  }
  if (alerting && !saturated && !longWaitlist)
    return { state: { saturatedSince, alertRaisedAt: null }, decision: { action: 'clear' } };
  return {
    state: { saturatedSince, alertRaisedAt: state.alertRaisedAt },
    decision: { action: 'none' },
  };
}
