import { z } from 'zod';
import { defineEvent } from './event-envelope';
import { Topics } from './topics';

export const CopyReservedV1 = defineEvent({
  type: 'catalog.copy-reserved',
  version: 1,
  topic: Topics.catalogEvents,
  payload: z.object({
    rentalId: z.uuid(),
    bookId: z.uuid(),
    copyId: z.uuid(),
  }),
});

export const CopyUnavailableV1 = defineEvent({
  type: 'catalog.copy-unavailable',
  version: 1,
  topic: Topics.catalogEvents,
  payload: z.object({
    rentalId: z.uuid(),
    bookId: z.uuid(),
    reason: z.enum(['no-free-copy', 'unknown-book']),
  }),
});
