import { repoRoot } from '@lib/testing';
import { spawnSync } from 'node:child_process';

/**
 * Runs a command-line validator from the repository root and returns its output; throws with
 * that output when it fails, so the test report shows what the tool said.
 * scripts/install-infra-tools.sh installs the tools (docker-compose, promtool, kubectl).
 */
export function run(command: string, args: string[]): string {
  const result = spawnSync(command, args, { cwd: repoRoot, encoding: 'utf8' });
  if (result.error) {
    throw new Error(`${command} is not installed: run scripts/install-infra-tools.sh`);
  }
  const output = `${result.stdout}${result.stderr}`;
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${output}`);
  return output;
}
