import { repoRoot } from '@lib/testing';
import { existsSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';

const apps = ['rental', 'catalog', 'locker', 'notification', 'gateway', 'provider-simulator'];
const packageJson = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
const production = new Set(Object.keys(packageJson.dependencies));

/** The package a bundle requires at run time: "@scope/name" or "name", without a subpath. */
function packageOf(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/**
 * The image installs production dependencies only (`npm ci --omit=dev --omit=optional`), so a
 * package the bundle needs but package.json lists under devDependencies would crash the
 * container at start, and no test running from the repository's full node_modules would notice.
 * The test command builds the bundles (dist/apps) before the tests run.
 */
describe.each(apps)('the %s image', (app) => {
  const bundle = join(repoRoot, 'dist/apps', app, 'main.js');

  it('needs at run time only Node built-ins and production dependencies', () => {
    expect(existsSync(bundle)).toBe(true);
    const required = [...readFileSync(bundle, 'utf8').matchAll(/require\("([^".][^"]*)"\)/g)]
      .map((match) => match[1])
      .filter((specifier) => !specifier.startsWith('node:') && !builtinModules.includes(specifier))
      .map(packageOf);

    if (app !== 'provider-simulator') expect(required).toContain('@nestjs/core'); // the scan works
    expect([...new Set(required)].filter((name) => !production.has(name))).toEqual([]);
  });
});
