import { http, signToken, type LocalSystem, type TokenOptions } from '@lib/testing';

/** Calls the gateway as a reader or operator, with a token signed like the real ones. */
export function asCaller(system: LocalSystem, subject: string, options: TokenOptions = {}) {
  const authorization = `Bearer ${signToken(subject, options)}`;
  return <T = any>(method: string, path: string, body?: unknown) =>
    http<T>(method, `${system.url('gateway')}${path}`, body, { authorization });
}
