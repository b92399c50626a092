import { localFromUtc, offsetMinutes, type TimeZone } from './time-zones.js';

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

const two = (n: number): string => String(n).padStart(2, '0');

function clock(d: Date): string {
  return `${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}`;
}

/**
 * An RFC 5322 Date header value in the sender's local time and offset: the same instant
 * as `utcMs`, as the sender's mail client would have written it.
 *
 * @example
 * rfc5322Date(Date.parse('2024-12-19T14:12:00Z'), TIME_ZONES.berlin); // 'Thu, 19 Dec 2024 15:12:00 +0100'
 */
export function rfc5322Date(utcMs: number, zone: TimeZone): string {
  const local = new Date(localFromUtc(zone, utcMs));
  const offset = offsetMinutes(zone, utcMs);
  const abs = Math.abs(offset);
  const sign = offset < 0 ? '-' : '+';
  return `${DAYS[local.getUTCDay()]}, ${two(local.getUTCDate())} ${MONTHS[local.getUTCMonth()]} ${local.getUTCFullYear()} ${clock(local)} ${sign}${two(Math.floor(abs / 60))}${two(abs % 60)}`;
}

/** The asctime() form of an mbox `From ` line, in UTC: `Thu Dec  5 14:12:00 2024`. */
export function asctime(utcMs: number): string {
  const d = new Date(utcMs);
  return `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2, ' ')} ${clock(d)} ${d.getUTCFullYear()}`;
}
