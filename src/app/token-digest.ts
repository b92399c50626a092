import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A new random secret of `bytes` bytes (256 bits by default), base64url. */
export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

/**
 * What is stored of a session token, API key secret or bootstrap token: its SHA-256,
 * base64url. A fast hash suffices because the tokens are 256-bit random, not guessable
 * words; a memory-hard KDF would only slow every request.
 */
export function tokenDigest(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('base64url');
}

/** Compares two digests in constant time (for equal lengths; a length differs only for a malformed one). */
export function digestsEqual(a: string, b: string): boolean {
  const x = Buffer.from(a, 'base64url');
  const y = Buffer.from(b, 'base64url');
  return x.length === y.length && x.length > 0 && timingSafeEqual(x, y);
}
