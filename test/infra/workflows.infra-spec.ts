import { repoRoot } from '@lib/testing';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { run } from '../support/tools';

const workflowsDir = join(repoRoot, '.github/workflows');
const workflows = readdirSync(workflowsDir).filter((file) => /\.ya?ml$/.test(file));

/** GitHub Actions cannot run here; action-validator checks the workflows against their schema. */
describe('the GitHub workflows', () => {
  it.each(workflows)('%s is a valid workflow', (file) => {
    expect(() => run('npx', ['action-validator', `.github/workflows/${file}`])).not.toThrow();
  });

  it('lint, type-check, test with Kafka and PostgreSQL, build the images and validate infra', () => {
    const ci = parse(readFileSync(join(workflowsDir, 'ci.yml'), 'utf8'));
    const compose = parse(readFileSync(join(repoRoot, 'infra/compose/compose.yaml'), 'utf8'));

    expect(Object.keys(ci.jobs).sort()).toEqual(['images', 'infra', 'integration', 'static']);
    expect(ci.jobs.integration.services.kafka.image).toBe(compose.services.kafka.image);
    expect(ci.jobs.images.strategy.matrix.app).toHaveLength(6);
  });
});
