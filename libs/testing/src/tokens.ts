import { createHmac } from 'node:crypto';

/** The key, issuer and audience the gateway trusts in tests and the demo. */
export const testJwt = {
  secret: 'local-only-secret-do-not-use-anywhere-else',
  issuer: 'book-rental',
  audience: 'book-rental-api',
} as const;

export interface TokenOptions {
  role?: string;
  secret?: string;
  issuer?: string;
  audience?: string;
  /** Seconds from now; negative for a token that has already expired. */
  expiresIn?: number;
  /** "none" makes an unsigned token, as an attacker would. */
  algorithm?: 'HS256' | 'none';
}

/** A JWT built by hand, so tests can also make the bad ones a real library refuses to sign. */
export function signToken(subject: string, options: TokenOptions = {}): string {
  const algorithm = options.algorithm ?? 'HS256';
  const now = Math.floor(Date.now() / 1_000);
  const header = encode({ alg: algorithm, typ: 'JWT' });
  const payload = encode({
    sub: subject,
    role: options.role ?? 'reader',
    iss: options.issuer ?? testJwt.issuer,
    aud: options.audience ?? testJwt.audience,
    iat: now,
    exp: now + (options.expiresIn ?? 3_600),
  });
  if (algorithm === 'none') return `${header}.${payload}.`;
  const signature = createHmac('sha256', options.secret ?? testJwt.secret)
    .update(`${header}.${payload}`)
    .digest('base64url');
  return `${header}.${payload}.${signature}`;
}

function encode(value: object): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}
