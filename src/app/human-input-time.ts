import { HumanInputError } from './human-input-error.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/** An ISO 8601 time as stored (UTC with milliseconds), so text comparison orders it. */
export function canonicalTime(value: string, what: string): string {
  const ms = /^\d{4}-\d{2}-\d{2}(T|$)/.test(value) ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(ms)) throw new HumanInputError('invalid_time', `${what}: "${value}" is not an ISO 8601 time`);
  return new Date(ms).toISOString();
}

/** The given expiry, else `days` after now; either way strictly after now. */
export function expiryAfter(now: string, expiresAt: string | undefined, days: number): string {
  const expiry = expiresAt === undefined ? new Date(Date.parse(now) + days * DAY_MS).toISOString() : canonicalTime(expiresAt, 'expiresAt');
  if (expiry <= now) throw new HumanInputError('expires_in_past', `expiry ${expiry} is not after now (${now})`);
  return expiry;
}

/** Where an override or pulse stands at `now`. */
export type HumanInputStatus = 'active' | 'expired' | 'revoked';

export function statusAt(record: { readonly expiresAt?: string; readonly revokedAt?: string }, now: string): HumanInputStatus {
  if (record.revokedAt !== undefined && record.revokedAt <= now) return 'revoked';
  if (record.expiresAt !== undefined && record.expiresAt <= now) return 'expired';
  return 'active';
}
