import { canMove, isFinal, RentalStatus } from './rental-status';

const S = RentalStatus;

describe('rental status transitions', () => {
  it.each([
    [S.Requested, S.CopyReserved],
    [S.Requested, S.Rejected],
    [S.Requested, S.Cancelled],
    [S.CopyReserved, S.ReadyForPickup],
    [S.CopyReserved, S.Waitlisted],
    [S.CopyReserved, S.Cancelled],
    [S.Waitlisted, S.ReadyForPickup],
    [S.Waitlisted, S.Cancelled],
    [S.ReadyForPickup, S.PickedUp],
    [S.ReadyForPickup, S.Cancelled],
    [S.ReadyForPickup, S.Expired],
    [S.PickedUp, S.Returned],
  ])('allows %s → %s', (from, to) => {
    expect(canMove(from, to)).toBe(true);
  });

  it.each([
    [S.Requested, S.ReadyForPickup],
    [S.Requested, S.Waitlisted],
    [S.CopyReserved, S.Rejected],
    [S.Waitlisted, S.CopyReserved],
    [S.Waitlisted, S.Expired],
    [S.ReadyForPickup, S.Waitlisted],
    [S.ReadyForPickup, S.Returned],
    [S.PickedUp, S.Cancelled],
    [S.PickedUp, S.Expired],
    [S.Rejected, S.CopyReserved],
    [S.Cancelled, S.ReadyForPickup],
    [S.Expired, S.PickedUp],
    [S.Returned, S.PickedUp],
    [S.CopyReserved, S.CopyReserved],
  ])('refuses %s → %s', (from, to) => {
    expect(canMove(from, to)).toBe(false);
  });

  it('ends a rental as returned, rejected, cancelled or expired', () => {
    const finals = Object.values(RentalStatus).filter(isFinal);

    expect(finals.sort()).toEqual([S.Cancelled, S.Expired, S.Rejected, S.Returned].sort());
  });
});
