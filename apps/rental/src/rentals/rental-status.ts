/** The states of a rental in the saga. Final states have no way out. */
export const RentalStatus = {
  Requested: 'requested',
  CopyReserved: 'copy_reserved',
  Waitlisted: 'waitlisted',
  ReadyForPickup: 'ready_for_pickup',
  Rejected: 'rejected',
} as const;

export type RentalStatus = (typeof RentalStatus)[keyof typeof RentalStatus];

const allowedNext: Record<RentalStatus, readonly RentalStatus[]> = {
  requested: [RentalStatus.CopyReserved, RentalStatus.Rejected],
  copy_reserved: [RentalStatus.ReadyForPickup, RentalStatus.Waitlisted],
  waitlisted: [RentalStatus.ReadyForPickup],
  ready_for_pickup: [],
  rejected: [],
};

export function canMove(from: RentalStatus, to: RentalStatus): boolean {
  return allowedNext[from].includes(to);
}

export function isFinal(status: RentalStatus): boolean {
  return allowedNext[status].length === 0;
}
