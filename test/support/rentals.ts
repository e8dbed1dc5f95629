import { http, waitFor, type LocalSystem } from '@lib/testing';

export const seededBookId = '11111111-1111-4111-8111-111111111101';
export const seededStationId = '22222222-2222-4222-8222-222222222201';

export interface RentalBody {
  id: string;
  status: string;
  slotNumber: number | null;
  pickupCode: string | null;
  history: { status: string; detail: string | null }[];
}

const finalStatuses = ['ready_for_pickup', 'rejected', 'waitlisted'];

export async function requestRental(
  system: LocalSystem,
  body: { readerId: string; bookId: string; stationId: string },
): Promise<string> {
  const response = await http('POST', `${system.url('rental')}/rentals`, body);
  if (response.status !== 202)
    throw new Error(`POST /rentals answered ${response.status}: ${JSON.stringify(response.body)}`);
  return response.body.id;
}

export async function getRental(system: LocalSystem, id: string): Promise<RentalBody> {
  return (await http<RentalBody>('GET', `${system.url('rental')}/rentals/${id}`)).body;
}

/** Waits until the saga has settled the rental: ready for pickup, rejected or waitlisted. */
export function waitForSettled(
  system: LocalSystem,
  id: string,
  timeoutMs = 30_000,
): Promise<RentalBody> {
  return waitFor(
    `rental ${id} to settle`,
    async () => {
      const rental = await getRental(system, id);
      return finalStatuses.includes(rental.status) && rental;
    },
    { timeoutMs },
  );
}

export async function createBook(system: LocalSystem, copies: number): Promise<string> {
  const response = await http('POST', `${system.url('catalog')}/books`, {
    title: `Test book ${Date.now()}`,
    author: 'Test',
    copies,
  });
  if (response.status !== 201) throw new Error(`POST /books answered ${response.status}`);
  return response.body.id;
}

export async function createStation(system: LocalSystem, capacity: number): Promise<string> {
  const response = await http('POST', `${system.url('locker')}/stations`, {
    name: `Test station ${Date.now()}`,
    capacity,
  });
  if (response.status !== 201) throw new Error(`POST /stations answered ${response.status}`);
  return response.body.id;
}
