import { http, waitFor, type KafkaProbe, type LocalSystem } from '@lib/testing';

export const seededBookId = '11111111-1111-4111-8111-111111111101';
export const seededStationId = '22222222-2222-4222-8222-222222222201';

export interface RentalBody {
  id: string;
  status: string;
  slotNumber: number | null;
  pickupCode: string | null;
  pickupExpiresAt: string | null;
  history: { status: string; detail: string | null; at: string }[];
}

/** Where the saga rests until the reader or the clock acts. */
const settledStatuses = ['ready_for_pickup', 'rejected', 'waitlisted', 'cancelled', 'expired'];

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
      return settledStatuses.includes(rental.status) && rental;
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

/** Waits until the rental is in `status` (a state the saga passes through or ends in). */
export function waitForStatus(
  system: LocalSystem,
  id: string,
  status: string,
  timeoutMs = 30_000,
): Promise<RentalBody> {
  return waitFor(
    `rental ${id} to be ${status}`,
    async () => {
      const rental = await getRental(system, id);
      return rental.status === status && rental;
    },
    { timeoutMs },
  );
}

/** A reader's command on a rental: pickup, return or cancel. */
export function rentalCommand(
  system: LocalSystem,
  id: string,
  command: 'pickup' | 'return' | 'cancel',
  body: unknown = {},
) {
  return http<RentalBody>('POST', `${system.url('rental')}/rentals/${id}/${command}`, body);
}

export interface StationBody {
  capacity: number;
  occupied: number;
  waitlisted: number;
  capacityAlert: boolean;
}

export async function getStation(system: LocalSystem, id: string): Promise<StationBody> {
  return (await http<StationBody>('GET', `${system.url('locker')}/stations/${id}`)).body;
}

export async function availableCopies(system: LocalSystem, bookId: string): Promise<number> {
  return (await http('GET', `${system.url('catalog')}/books/${bookId}`)).body.availableCopies;
}

/** Waits until each consumer group has handled every event of `type` about the rental. */
export async function waitUntilHandled(
  system: LocalSystem,
  probe: KafkaProbe,
  logicalTopic: string,
  rentalId: string,
  groups: string[],
  type?: string,
): Promise<number> {
  const messages = (await probe.readAll(system.topic(logicalTopic))).filter(
    (message) => message.key === rentalId && (!type || message.headers['event-type'] === type),
  );
  for (const message of messages)
    for (const group of groups)
      await probe.waitForCommit(
        `${system.topicPrefix}${group}`,
        system.topic(logicalTopic),
        message.partition,
        message.offset,
      );
  return messages.length;
}
