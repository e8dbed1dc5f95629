import { canMove, isFinal, RentalStatus } from './rental-status';

describe('rental status transitions', () => {
  it.each([
    [RentalStatus.Requested, RentalStatus.CopyReserved],
    [RentalStatus.Requested, RentalStatus.Rejected],
    [RentalStatus.CopyReserved, RentalStatus.ReadyForPickup],
    [RentalStatus.CopyReserved, RentalStatus.Waitlisted],
    [RentalStatus.Waitlisted, RentalStatus.ReadyForPickup],
  ])('allows %s → %s', (from, to) => {
    expect(canMove(from, to)).toBe(true);
  });

  it.each([
    [RentalStatus.Requested, RentalStatus.ReadyForPickup],
    [RentalStatus.Requested, RentalStatus.Waitlisted],
    [RentalStatus.CopyReserved, RentalStatus.Rejected],
    [RentalStatus.Waitlisted, RentalStatus.CopyReserved],
    [RentalStatus.ReadyForPickup, RentalStatus.Waitlisted],
    [RentalStatus.Rejected, RentalStatus.CopyReserved],
    [RentalStatus.CopyReserved, RentalStatus.CopyReserved],
  ])('refuses %s → %s', (from, to) => {
    expect(canMove(from, to)).toBe(false);
  });

  it('treats ready-for-pickup and rejected as the final states of this saga', () => {
    const finals = Object.values(RentalStatus).filter(isFinal);

    expect(finals.sort()).toEqual([RentalStatus.ReadyForPickup, RentalStatus.Rejected].sort());
  });
});
