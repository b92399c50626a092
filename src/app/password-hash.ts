import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/**
 * scrypt's parameters for new hashes: N = 2^15, r = 8, p = 1 (OWASP's minimum for scrypt),
 * which needs 32 MiB and takes about 50-100 ms. Stored in each hash, so they can be raised
 * later without breaking existing passwords.
 */
export const SCRYPT_PARAMS = { N: 2 ** 15, r: 8, p: 1 } as const;
const SALT_BYTES = 16;
const KEY_BYTES = 32;
// Hashes read from the store are checked against these bounds, so a corrupt row cannot ask for gigabytes.
const MAX = { N: 2 ** 20, r: 32, p: 16 };

// scrypt needs 128 * N * r bytes; Node refuses at its default maxmem (32 MiB) for exactly N=2^15, r=8.
const maxmemFor = (N: number, r: number) => 256 * N * r;

function derive(password: string, salt: Buffer, keylen: number, options: ScryptOptions): Promise<Buffer> {
  // The async scrypt runs on libuv's thread pool: a login does not block the event loop.
  return new Promise((resolve, reject) => scrypt(password.normalize('NFC'), salt, keylen, options, (error, key) => (error ? reject(error) : resolve(key))));
}

/**
 * A self-describing scrypt hash: `scrypt$N$r$p$salt$hash` (salt and hash base64url).
 *
 * @example
 * await hashPassword('correct horse battery') // 'scrypt$32768$8$1$q1Xl…$Vn0e…'
 */
export async function hashPassword(password: string): Promise<string> {
  const { N, r, p } = SCRYPT_PARAMS;
  const salt = randomBytes(SALT_BYTES);
  const key = await derive(password, salt, KEY_BYTES, { N, r, p, maxmem: maxmemFor(N, r) });
  return ['scrypt', N, r, p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

function parse(stored: string): { N: number; r: number; p: number; salt: Buffer; key: Buffer } | undefined {
  const [scheme, n, r, p, salt, key, ...rest] = stored.split('$');
  if (scheme !== 'scrypt' || rest.length > 0 || salt === undefined || key === undefined) return undefined;
  const params = { N: Number(n), r: Number(r), p: Number(p) };
  const powerOfTwo = Number.isInteger(params.N) && params.N > 1 && (params.N & (params.N - 1)) === 0;
  if (!powerOfTwo || params.N > MAX.N || !Number.isInteger(params.r) || params.r < 1 || params.r > MAX.r || !Number.isInteger(params.p) || params.p < 1 || params.p > MAX.p) return undefined;
  const saltBytes = Buffer.from(salt, 'base64url');
  const keyBytes = Buffer.from(key, 'base64url');
  if (saltBytes.length < 8 || keyBytes.length < 16 || keyBytes.length > 64) return undefined;
  return { ...params, salt: saltBytes, key: keyBytes };
}

/** Whether `password` matches a hash made by {@link hashPassword} (with whatever parameters it names); false for a malformed hash. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parsed = parse(stored);
  if (!parsed) return false;
  const key = await derive(password, parsed.salt, parsed.key.length, { N: parsed.N, r: parsed.r, p: parsed.p, maxmem: maxmemFor(parsed.N, parsed.r) });
  return timingSafeEqual(key, parsed.key);
}

/** Whether a hash was made with today's parameters (else it could be re-hashed at the next login). */
export function passwordHashIsCurrent(stored: string): boolean {
  const parsed = parse(stored);
  return parsed !== undefined && parsed.N === SCRYPT_PARAMS.N && parsed.r === SCRYPT_PARAMS.r && parsed.p === SCRYPT_PARAMS.p && parsed.key.length === KEY_BYTES;
}

let dummy: Promise<string> | undefined;

/**
 * A hash of a random password, made once per process: a login for an unknown email (or a
 * user without a password) verifies against it, so it takes as long as a wrong password.
 */
export function dummyPasswordHash(): Promise<string> {
  dummy ??= hashPassword(randomBytes(16).toString('base64url'));
  return dummy;
}
