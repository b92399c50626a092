import { AccessError } from './access-error.js';

/** An ISO 8601 time as stored (UTC with milliseconds), or an `invalid_time` error naming `what`. */
export function accessTime(value: string, what: string): string {
  const ms = /^\d{4}-\d{2}-\d{2}(T|$)/.test(value) ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(ms)) throw new AccessError('invalid_time', `${what}: "${value}" is not an ISO 8601 time`);
  return new Date(ms).toISOString();
}

/** `iso` plus `ms` milliseconds, as stored. */
export function addMs(iso: string, ms: number): string {
  return new Date(Date.parse(iso) + ms).toISOString();
}
