import type ICAL from 'ical.js';

export type IcalTime = InstanceType<typeof ICAL.Time>;

/**
 * An ical.js time as epoch milliseconds. A DATE is that day's 00:00 UTC (all-day events
 * belong to a calendar day, not to an instant in some zone). A floating time (no TZID, or
 * a TZID nothing could resolve) counts as UTC: ical.js gives floating times offset 0.
 *
 * @example icalTimeMillis(ICAL.Time.fromDateString('2024-05-01')) // Date.UTC(2024, 4, 1)
 */
export function icalTimeMillis(time: IcalTime): number {
  if (time.isDate) return Date.UTC(time.year, time.month - 1, time.day);
  return time.toUnixTime() * 1000;
}

/** `2024-05-01T09:30:00.000Z`: the import's timestamp form. */
export function isoUtc(ms: number): string {
  return new Date(ms).toISOString();
}
