import { DateTime, IANAZone } from 'luxon';

/** When people work: local times on some weekdays in one time zone. */
export interface BusinessHours {
  /** An IANA time zone name, e.g. `Europe/Berlin`. */
  readonly timeZone: string;
  /** ISO weekdays that are working days: 1 = Monday … 7 = Sunday. */
  readonly days: readonly number[];
  /** Local opening time, `HH:mm`. */
  readonly start: string;
  /** Local closing time, `HH:mm`, after `start`; `24:00` for the end of the day. */
  readonly end: string;
}

/** Monday to Friday, 09:00–17:00 UTC. */
export const DEFAULT_BUSINESS_HOURS: BusinessHours = { timeZone: 'UTC', days: [1, 2, 3, 4, 5], start: '09:00', end: '17:00' };

const HOUR_MS = 3_600_000;
const CLOCK = /^([01]\d|2[0-4]):([0-5]\d)$/;

/** Whether `name` is an IANA time zone this runtime knows. */
export function isTimeZone(name: string): boolean {
  return IANAZone.isValidZone(name);
}

/**
 * Business hours in `timeZone` when it is a valid IANA name, else in the base's zone (UTC by
 * default): an account's `time_zone` attribute is user input, and a typo must not stop scoring.
 * @example businessHoursIn('America/New_York') // Monday–Friday 09:00–17:00 New York time
 */
export function businessHoursIn(timeZone: string | undefined, base: BusinessHours = DEFAULT_BUSINESS_HOURS): BusinessHours {
  return timeZone !== undefined && timeZone !== base.timeZone && isTimeZone(timeZone) ? { ...base, timeZone } : base;
}

/** Minutes after midnight of `HH:mm`. */
function minutesOf(clock: string): number {
  const m = CLOCK.exec(clock);
  const minutes = m ? Number(m[1]) * 60 + Number(m[2]) : NaN;
  if (!(minutes <= 1440)) throw new RangeError(`business hours: ${clock} is not a time of day (HH:mm)`);
  return minutes;
}

/**
 * The working time between two instants, in hours: only the parts of the interval that fall in
 * business hours, in the zone's local time, so weekends and nights do not count and a DST
 * change moves the working day with the local clock. 0 when `toMs` is not after `fromMs`.
 * @example businessHoursBetween(Date.parse('2025-06-06T20:00:00Z'), Date.parse('2025-06-09T14:00:00Z'), businessHoursIn('America/New_York')) // 2 (Friday 16:00–17:00 and Monday 09:00–10:00 New York time)
 */
export function businessHoursBetween(fromMs: number, toMs: number, hours: BusinessHours = DEFAULT_BUSINESS_HOURS): number {
  const open = minutesOf(hours.start);
  const close = minutesOf(hours.end);
  if (!(open < close)) throw new RangeError(`business hours: ${hours.start}–${hours.end} does not end after it starts`);
  if (!isTimeZone(hours.timeZone)) throw new RangeError(`business hours: unknown time zone ${hours.timeZone}`);
  if (!(toMs > fromMs)) return 0;
  const days = new Set(hours.days);
  let total = 0;
  let day = DateTime.fromMillis(fromMs, { zone: hours.timeZone }).startOf('day');
  while (day.toMillis() < toMs) {
    if (days.has(day.weekday)) {
      const opens = atMinutes(day, open);
      const closes = atMinutes(day, close);
      total += Math.max(0, Math.min(closes, toMs) - Math.max(opens, fromMs));
    }
    day = day.plus({ days: 1 }).startOf('day');
  }
  return total / HOUR_MS;
}

/** The instant of a local time on a local day; 24:00 is the next day's start. */
function atMinutes(day: DateTime, minutes: number): number {
  if (minutes === 1440) return day.plus({ days: 1 }).startOf('day').toMillis();
  return day.set({ hour: Math.floor(minutes / 60), minute: minutes % 60 }).toMillis();
}
