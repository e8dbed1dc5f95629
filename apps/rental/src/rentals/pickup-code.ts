import { randomInt } from 'node:crypto';

/** Six digits the reader types at the locker. */
export function newPickupCode(): string {
  return String(randomInt(0, 1_000_000)).padStart(6, '0');
}
