import { Parser } from '@asyncapi/parser';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { asyncApiDocument, messageId, schemaFingerprint } from './asyncapi';
import { defineEvent } from './event-envelope';
import { allEvents } from './event-registry';
import { RentalRequestedV1 } from './rental.events';

const root = join(__dirname, '../../..');
const readJson = (path: string) => JSON.parse(readFileSync(join(root, path), 'utf8'));
const published: Record<string, string> = readJson('libs/contracts/published-events.json');
const version: string = readJson('package.json').version;

describe('AsyncAPI document of the contracts', () => {
  it('is a valid AsyncAPI 3 document', async () => {
    const { diagnostics } = await new Parser().parse(JSON.stringify(asyncApiDocument(version)));
    const errors = diagnostics.filter((diagnostic) => diagnostic.severity === 0);

    expect(errors.map((error) => `${error.path.join('.')}: ${error.message}`)).toEqual([]);
  });

  it('never changes a published event version: a change must be a new version', () => {
    const changed = allEvents
      .filter((definition) => messageId(definition) in published)
      .filter((definition) => published[messageId(definition)] !== schemaFingerprint(definition))
      .map(messageId);

    expect(changed).toEqual([]);
  });

  it('notices any change to a schema, an added optional field included', () => {
    const widened = defineEvent({
      ...RentalRequestedV1,
      payload: RentalRequestedV1.payload.extend({ note: z.string().optional() }),
    });

    expect(schemaFingerprint(widened)).not.toBe(schemaFingerprint(RentalRequestedV1));
  });

  it('is in step with docs/events/asyncapi.json and records every version (npm run asyncapi)', () => {
    const unrecorded = allEvents.map(messageId).filter((id) => !(id in published));

    expect(unrecorded).toEqual([]);
    expect(readJson('docs/events/asyncapi.json')).toEqual(asyncApiDocument(version));
  });
});
