import { z } from 'zod';
import { ConfigError } from './config.error';

/**
 * Validates the environment once, at start-up, against a zod schema whose keys are the
 * variable names. Every problem is reported with the variable it belongs to.
 */
export function loadConfig<S extends z.ZodType>(
  schema: S,
  env: NodeJS.ProcessEnv = process.env,
): z.infer<S> {
  const result = schema.safeParse(env);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const variable = issue.path.join('.') || '(environment)';
    return `${variable}: ${issue.message}`;
  });
  throw new ConfigError(problems);
}
