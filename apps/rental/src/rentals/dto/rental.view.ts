import type { Rental } from '../entities/rental.entity';

export interface RentalView {
  id: string;
  readerId: string;
  bookId: string;
  stationId: string;
  status: string;
  slotNumber: number | null;
  pickupCode: string | null;
  pickupExpiresAt: string | null;
  history: { status: string; detail: string | null; at: string }[];
}

export function toRentalView(rental: Rental): RentalView {
  return {
    id: rental.id,
    readerId: rental.readerId,
    bookId: rental.bookId,
    stationId: rental.stationId,
    status: rental.status,
    slotNumber: rental.slotNumber,
    pickupCode: rental.pickupCode,
    pickupExpiresAt: rental.pickupExpiresAt?.toISOString() ?? null,
    history: (rental.history ?? []).map((entry) => ({
      status: entry.status,
      detail: entry.detail,
      at: entry.at.toISOString(),
    })),
  };
}
