export const DAY_MS = 86_400_000;

function digits(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return NaN;
    n = n * 10 + d;
  }
  return n;
}

/**
 * Milliseconds since the epoch of an ISO 8601 timestamp or `YYYY-MM-DD` date (midnight UTC);
 * NaN when it does not parse. The store's canonical forms (`2024-05-01T09:30:00.000Z` and
 * `2024-05-01`) are read digit by digit: scoring parses every record's times, and
 * `Date.parse` was the largest cost of scoring an account. Anything else goes to `Date.parse`.
 */
export function timeMs(iso: string): number {
  if (iso.length === 24 && iso.charCodeAt(10) === 84 /* T */ && iso.charCodeAt(23) === 90 /* Z */ && iso.charCodeAt(19) === 46 /* . */) {
    const day = civilDays(digits(iso, 0, 4), digits(iso, 5, 7), digits(iso, 8, 10));
    return day * DAY_MS + digits(iso, 11, 13) * 3_600_000 + digits(iso, 14, 16) * 60_000 + digits(iso, 17, 19) * 1000 + digits(iso, 20, 23);
  }
  if (iso.length === 10 && iso.charCodeAt(4) === 45 && iso.charCodeAt(7) === 45) return civilDays(digits(iso, 0, 4), digits(iso, 5, 7), digits(iso, 8, 10)) * DAY_MS;
  return Date.parse(iso);
}

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil); month 1..12. */
function civilDays(year: number, month: number, day: number): number {
  if (!(month >= 1 && month <= 12 && day >= 1 && day <= 31)) return NaN;
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/**
 * Whether a stored `knownAt` is at or before asOf. Canonical UTC text orders like time, so
 * the common case is a string comparison.
 */
export function knownBy(knownAt: string, asOfIso: string, asOfMs: number): boolean {
  return knownAt.length === 24 && knownAt.charCodeAt(23) === 90 ? knownAt <= asOfIso : timeMs(knownAt) <= asOfMs;
}

/** The ISO 8601 UTC text of a time in milliseconds. */
export function isoOf(ms: number): string {
  return new Date(ms).toISOString();
}
