export const DAY_MS = 86_400_000;

/**
 * Milliseconds since the epoch of an ISO 8601 timestamp or `YYYY-MM-DD` date (midnight UTC);
 * NaN when it does not parse. The store writes canonical UTC text, so `Date.parse` agrees
 * with text order.
 */
export function timeMs(iso: string): number {
  return Date.parse(iso.length === 10 ? `${iso}T00:00:00.000Z` : iso);
}

/** The ISO 8601 UTC text of a time in milliseconds. */
export function isoOf(ms: number): string {
  return new Date(ms).toISOString();
}
