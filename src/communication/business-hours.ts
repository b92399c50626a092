import { IANAZone } from 'luxon';

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

const MINUTE_MS = 60_000;
const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;
/** Offsets are looked up per quarter hour: every zone's transitions since 1900 fall on one. */
const QUARTER_MS = 15 * MINUTE_MS;
const MAX_CACHED_OFFSETS = 200_000;
const CLOCK = /^([01]\d|2[0-4]):([0-5]\d)$/;
const UTC_NAMES = new Set(['UTC', 'Etc/UTC', 'GMT', 'Etc/GMT', 'Z']);

const validZones = new Map<string, boolean>();

/** Whether `name` is an IANA time zone this runtime knows. */
export function isTimeZone(name: string): boolean {
  let valid = validZones.get(name);
  if (valid === undefined) {
    // isValidZone builds an Intl.DateTimeFormat: a few hundred microseconds, so once per name.
    valid = UTC_NAMES.has(name) || IANAZone.isValidZone(name);
    validZones.set(name, valid);
  }
  return valid;
}

/**
 * Business hours in `timeZone` when it is a valid IANA name, else in the base's zone (UTC by
 * default): an account's `time_zone` attribute is user input, and a typo must not stop scoring.
 * @example businessHoursIn('America/New_York') // Monday–Friday 09:00–17:00 New York time
 */
export function businessHoursIn(timeZone: string | undefined, base: BusinessHours = DEFAULT_BUSINESS_HOURS): BusinessHours {
  return timeZone !== undefined && timeZone !== base.timeZone && isTimeZone(timeZone) ? { ...base, timeZone } : base;
}

/** A zone's UTC offset in minutes at an instant. */
type OffsetAt = (ms: number) => number;

const offsetFunctions = new Map<string, OffsetAt>();

/**
 * The offset function of a zone, memoised per UTC day, and per quarter hour on the days the
 * offset changes: luxon's `IANAZone.offset` formats a date through Intl on every call
 * (microseconds each), and a response time asks for a few offsets per working day it spans,
 * for thousands of messages in a scoring run.
 */
function offsetsOf(name: string): OffsetAt {
  let fn = offsetFunctions.get(name);
  if (fn) return fn;
  if (UTC_NAMES.has(name)) fn = () => 0;
  else {
    const zone = IANAZone.create(name);
    const days = new Map<number, number>();
    const quarters = new Map<number, number>();
    const remember = (cache: Map<number, number>, key: number, value: number) => {
      if (cache.size >= MAX_CACHED_OFFSETS) cache.clear();
      cache.set(key, value);
      return value;
    };
    const atQuarter = (ms: number) => {
      const quarter = Math.floor(ms / QUARTER_MS);
      return quarters.get(quarter) ?? remember(quarters, quarter, zone.offset(quarter * QUARTER_MS));
    };
    fn = (ms) => {
      const day = Math.floor(ms / DAY_MS);
      let offset = days.get(day);
      if (offset === undefined) {
        const first = atQuarter(day * DAY_MS);
        // NaN marks a day whose offset changes: its instants are looked up by the quarter hour.
        offset = remember(days, day, first === atQuarter((day + 1) * DAY_MS - QUARTER_MS) ? first : NaN);
      }
      return Number.isNaN(offset) ? atQuarter(ms) : offset;
    };
  }
  offsetFunctions.set(name, fn);
  return fn;
}

/** Business hours checked once and in the form the arithmetic wants. */
interface Schedule {
  readonly offset: OffsetAt;
  readonly workday: readonly boolean[];
  /** Opening and closing, in minutes after local midnight. */
  readonly open: number;
  readonly close: number;
  /** Working time of a whole local week without a clock change. */
  readonly weekMs: number;
}

const schedules = new WeakMap<BusinessHours, Schedule>();

function scheduleOf(hours: BusinessHours): Schedule {
  let s = schedules.get(hours);
  if (s) return s;
  const open = minutesOf(hours.start);
  const close = minutesOf(hours.end);
  if (!(open < close)) throw new RangeError(`business hours: ${hours.start}–${hours.end} does not end after it starts`);
  if (!isTimeZone(hours.timeZone)) throw new RangeError(`business hours: unknown time zone ${hours.timeZone}`);
  const workday = Array.from({ length: 8 }, (_, d) => hours.days.includes(d));
  s = { offset: offsetsOf(hours.timeZone), workday, open, close, weekMs: workday.filter(Boolean).length * (close - open) * MINUTE_MS };
  schedules.set(hours, s);
  return s;
}

/** Minutes after midnight of `HH:mm`. */
function minutesOf(clock: string): number {
  const m = CLOCK.exec(clock);
  const minutes = m ? Number(m[1]) * 60 + Number(m[2]) : NaN;
  if (!(minutes <= 1440)) throw new RangeError(`business hours: ${clock} is not a time of day (HH:mm)`);
  return minutes;
}

/** The local day (days since 1970-01-01 on the zone's calendar) of an instant. */
function localDay(ms: number, offset: OffsetAt): number {
  return Math.floor((ms + offset(ms) * MINUTE_MS) / DAY_MS);
}

/** ISO weekday of a local day: 1970-01-01 was a Thursday (4). */
function weekday(day: number): number {
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

/**
 * The instant of a local wall-clock time given as ms on the zone's calendar, as luxon's
 * fixOffset does it: a time skipped by a clock change moves forward, a repeated one takes
 * the earlier instant.
 */
function instantOf(wallMs: number, offset: OffsetAt): number {
  const o1 = offset(wallMs);
  const guess = wallMs - o1 * MINUTE_MS;
  const o2 = offset(guess);
  if (o1 === o2) return guess;
  const second = guess - (o2 - o1) * MINUTE_MS;
  const o3 = offset(second);
  return o2 === o3 ? second : wallMs - Math.min(o2, o3) * MINUTE_MS;
}

/**
 * The working time between two instants, in hours: only the parts of the interval that fall in
 * business hours, in the zone's local time, so weekends and nights do not count and a DST
 * change moves the working day with the local clock. 0 when `toMs` is not after `fromMs`.
 * @example businessHoursBetween(Date.parse('2025-06-06T20:00:00Z'), Date.parse('2025-06-09T14:00:00Z'), businessHoursIn('America/New_York')) // 2 (Friday 16:00–17:00 and Monday 09:00–10:00 New York time)
 */
export function businessHoursBetween(fromMs: number, toMs: number, hours: BusinessHours = DEFAULT_BUSINESS_HOURS): number {
  const s = scheduleOf(hours);
  if (!(toMs > fromMs)) return 0;
  const first = localDay(fromMs, s.offset);
  const last = localDay(toMs, s.offset);
  let total = 0;
  for (let day = first; day <= last; ) {
    // A whole week strictly inside the interval, with the same offset at both ends, has no clock change: its full working time counts.
    if (day > first && day + 7 < last) {
      const weekStart = instantOf(day * DAY_MS, s.offset);
      if (s.offset(weekStart) === s.offset(instantOf((day + 7) * DAY_MS, s.offset))) {
        total += s.weekMs;
        day += 7;
        continue;
      }
    }
    if (s.workday[weekday(day)]) {
      const opens = instantOf(day * DAY_MS + s.open * MINUTE_MS, s.offset);
      const closes = instantOf(day * DAY_MS + s.close * MINUTE_MS, s.offset);
      total += Math.max(0, Math.min(closes, toMs) - Math.max(opens, fromMs));
    }
    day++;
  }
  return total / HOUR_MS;
}
