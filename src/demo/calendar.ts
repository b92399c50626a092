/** Time arithmetic for the demo, all in UTC milliseconds derived from `asOf`, never the clock. */

export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;
export const WEEK_MS = 7 * DAY_MS;

/**
 * Day strings by day number. Formatting dates is a large share of generation time, and a
 * demo only ever touches a few thousand days, so each is formatted once.
 */
const DAY_STRINGS = new Map<number, string>();

function dayString(day: number): string {
  let text = DAY_STRINGS.get(day);
  if (text === undefined) {
    text = new Date(day * DAY_MS).toISOString().slice(0, 10);
    DAY_STRINGS.set(day, text);
  }
  return text;
}

const two = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** `YYYY-MM-DD`. */
export function isoDate(ms: number): string {
  return dayString(Math.floor(ms / DAY_MS));
}

/** `YYYY-MM-DDTHH:MM:SSZ`, the timestamp form the importer documents. */
export function isoTimestamp(ms: number): string {
  const day = Math.floor(ms / DAY_MS);
  const seconds = Math.floor((ms - day * DAY_MS) / 1000);
  return `${dayString(day)}T${two(Math.floor(seconds / 3600))}:${two(Math.floor(seconds / 60) % 60)}:${two(seconds % 60)}Z`;
}

export function startOfDay(ms: number): number {
  return Math.floor(ms / DAY_MS) * DAY_MS;
}

/** Adds calendar months, clamping the day (Jan 31 + 1 month = Feb 28/29). */
export function addMonths(ms: number, months: number): number {
  const d = new Date(ms);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + months;
  const target = new Date(Date.UTC(y, m, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  return Date.UTC(target.getUTCFullYear(), target.getUTCMonth(), Math.min(d.getUTCDate(), lastDay), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds());
}

/** The window every demo file covers: 24 months up to `asOf`, cut into Monday-based weeks. */
export interface DemoTimeline {
  readonly asOfMs: number;
  readonly startMs: number;
  /** Mondays (00:00 UTC) of every week that ends on or before `asOf`. */
  readonly weekStarts: readonly number[];
}

export function buildTimeline(asOfMs: number): DemoTimeline {
  const startMs = addMonths(startOfDay(asOfMs), -24);
  // 1970-01-01 was a Thursday, so (days + 3) % 7 is days since Monday.
  const startDay = startMs / DAY_MS;
  let monday = (startDay + ((7 - ((startDay + 3) % 7)) % 7)) * DAY_MS;
  const weekStarts: number[] = [];
  while (monday + WEEK_MS <= asOfMs) {
    weekStarts.push(monday);
    monday += WEEK_MS;
  }
  return { asOfMs, startMs, weekStarts };
}

/** The index of the week holding `ms`, clamped to the timeline. */
export function weekIndexAt(timeline: DemoTimeline, ms: number): number {
  const first = timeline.weekStarts[0] ?? timeline.startMs;
  const i = Math.floor((ms - first) / WEEK_MS);
  return Math.max(0, Math.min(timeline.weekStarts.length - 1, i));
}

/**
 * A moment during working hours (08:00–17:59, weekdays) within the 7 days from `weekStartMs`,
 * as a wall-clock time; `utcFromLocal` places it in someone's zone.
 */
export function workMoment(weekStartMs: number, dayOffset: number, hour: number, minute: number): number {
  const weekday = Math.min(4, Math.max(0, dayOffset));
  return weekStartMs + weekday * DAY_MS + hour * HOUR_MS + minute * 60_000;
}
