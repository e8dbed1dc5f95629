/** The states of a rental. Final states have no way out. */
export const RentalStatus = {
  Requested: 'requested',
  CopyReserved: 'copy_reserved',
  Waitlisted: 'waitlisted',
  ReadyForPickup: 'ready_for_pickup',
  PickedUp: 'picked_up',
  Returned: 'returned',
  Rejected: 'rejected',
  Cancelled: 'cancelled',
  Expired: 'expired',
} as const;

export type RentalStatus = (typeof RentalStatus)[keyof typeof RentalStatus];

const allowedNext: Record<RentalStatus, readonly RentalStatus[]> = {
  requested: [RentalStatus.CopyReserved, RentalStatus.Rejected, RentalStatus.Cancelled],
  copy_reserved: [RentalStatus.ReadyForPickup, RentalStatus.Waitlisted, RentalStatus.Cancelled],
  waitlisted: [RentalStatus.ReadyForPickup, RentalStatus.Cancelled],
  ready_for_pickup: [RentalStatus.PickedUp, RentalStatus.Cancelled, RentalStatus.Expired],
  picked_up: [RentalStatus.Returned],
  returned: [],
  rejected: [],
  cancelled: [],
  expired: [],
};

export function canMove(from: RentalStatus, to: RentalStatus): boolean {
  return allowedNext[from].includes(to);
}

export function isFinal(status: RentalStatus): boolean {
  return allowedNext[status].length === 0;
}
