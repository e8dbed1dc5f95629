/**
 * Writes docs/events/asyncapi.json from the contracts lib, and records every new event version
 * in libs/contracts/published-events.json. Recorded versions are never rewritten: the unit test
 * `asyncapi.spec.ts` fails when a recorded version's schema changes.
 */
import { allEvents, asyncApiDocument, messageId, schemaFingerprint } from '@lib/contracts';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..');
const documentPath = join(root, 'docs/events/asyncapi.json');
const publishedPath = join(root, 'libs/contracts/published-events.json');
const packageVersion: string = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;

const published: Record<string, string> = JSON.parse(readFileSync(publishedPath, 'utf8'));
for (const definition of allEvents) {
  const id = messageId(definition);
  if (!(id in published)) {
    published[id] = schemaFingerprint(definition);
    console.log(`recorded ${id}`);
  } else if (published[id] !== schemaFingerprint(definition)) {
    console.error(`${id} differs from the published schema: add a new version instead`);
    process.exitCode = 1;
  }
}
writeFileSync(publishedPath, `${JSON.stringify(published, null, 2)}\n`);
writeFileSync(documentPath, `${JSON.stringify(asyncApiDocument(packageVersion), null, 2)}\n`);
console.log(`wrote ${documentPath}`);
