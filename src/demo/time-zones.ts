import { DAY_MS, HOUR_MS } from './calendar.js';
import type { Region } from './word-banks.js';

/**
 * How a zone switches to summer time. The demo spells the rules out instead of asking Intl:
 * the same rules write the calendar's VTIMEZONE blocks, so a Date header, a DTSTART with a
 * TZID and the zone's definition can never disagree, whatever ICU the machine has.
 */
export type DstRule = 'none' | 'us' | 'eu' | 'au';

export interface TimeZone {
  /** IANA name, e.g. Europe/Berlin. */
  readonly id: string;
  /** Offset from UTC outside summer time, in minutes (Asia/Kolkata: 330). */
  readonly standardMinutes: number;
  readonly rule: DstRule;
  readonly standardName: string;
  readonly daylightName?: string;
}

function zone(id: string, standardMinutes: number, rule: DstRule, standardName: string, daylightName?: string): TimeZone {
  return { id, standardMinutes, rule, standardName, ...(daylightName ? { daylightName } : {}) };
}

/** Every zone the demo uses; none of them changed its rules in 2023–2027. */
export const TIME_ZONES = {
  newYork: zone('America/New_York', -300, 'us', 'EST', 'EDT'),
  chicago: zone('America/Chicago', -360, 'us', 'CST', 'CDT'),
  denver: zone('America/Denver', -420, 'us', 'MST', 'MDT'),
  phoenix: zone('America/Phoenix', -420, 'none', 'MST'),
  losAngeles: zone('America/Los_Angeles', -480, 'us', 'PST', 'PDT'),
  toronto: zone('America/Toronto', -300, 'us', 'EST', 'EDT'),
  london: zone('Europe/London', 0, 'eu', 'GMT', 'BST'),
  berlin: zone('Europe/Berlin', 60, 'eu', 'CET', 'CEST'),
  paris: zone('Europe/Paris', 60, 'eu', 'CET', 'CEST'),
  madrid: zone('Europe/Madrid', 60, 'eu', 'CET', 'CEST'),
  stockholm: zone('Europe/Stockholm', 60, 'eu', 'CET', 'CEST'),
  helsinki: zone('Europe/Helsinki', 120, 'eu', 'EET', 'EEST'),
  dubai: zone('Asia/Dubai', 240, 'none', '+04'),
  johannesburg: zone('Africa/Johannesburg', 120, 'none', 'SAST'),
  kolkata: zone('Asia/Kolkata', 330, 'none', 'IST'),
  singapore: zone('Asia/Singapore', 480, 'none', '+08'),
  tokyo: zone('Asia/Tokyo', 540, 'none', 'JST'),
  sydney: zone('Australia/Sydney', 600, 'au', 'AEST', 'AEDT'),
  saoPaulo: zone('America/Sao_Paulo', -180, 'none', '-03'),
  mexicoCity: zone('America/Mexico_City', -360, 'none', 'CST'),
  bogota: zone('America/Bogota', -300, 'none', '-05'),
  buenosAires: zone('America/Argentina/Buenos_Aires', -180, 'none', '-03'),
} as const satisfies Record<string, TimeZone>;

const Z = TIME_ZONES;

/** Where a region's customers sit, by weight. */
export const CUSTOMER_ZONES: Readonly<Record<Region, readonly (readonly [TimeZone, number])[]>> = {
  NA: [[Z.newYork, 5], [Z.chicago, 3], [Z.denver, 1], [Z.phoenix, 0.5], [Z.losAngeles, 3], [Z.toronto, 1]],
  EMEA: [[Z.london, 4], [Z.berlin, 3], [Z.paris, 2], [Z.madrid, 1], [Z.stockholm, 1], [Z.helsinki, 0.5], [Z.dubai, 0.5], [Z.johannesburg, 0.5]],
  APAC: [[Z.tokyo, 2], [Z.singapore, 2], [Z.sydney, 2], [Z.kolkata, 1.5]],
  LATAM: [[Z.saoPaulo, 3], [Z.mexicoCity, 2], [Z.bogota, 1], [Z.buenosAires, 1]],
};

/** Our own teams work from one office per region. */
export const OFFICE_ZONES: Readonly<Record<Region, TimeZone>> = { NA: Z.newYork, EMEA: Z.london, APAC: Z.singapore, LATAM: Z.saoPaulo };

/** The day (UTC midnight) of the `n`th Sunday of a month; `n` = -1 is the last one. */
function sunday(year: number, month: number, n: number): number {
  if (n < 0) {
    const last = Date.UTC(year, month + 1, 0);
    return last - new Date(last).getUTCDay() * DAY_MS;
  }
  const first = Date.UTC(year, month, 1);
  return first + ((7 - new Date(first).getUTCDay()) % 7) * DAY_MS + (n - 1) * 7 * DAY_MS;
}

/** Whether summer time is in force at `utcMs`. */
function inDaylight(zone: TimeZone, utcMs: number): boolean {
  const year = new Date(utcMs).getUTCFullYear();
  const std = zone.standardMinutes * 60_000;
  switch (zone.rule) {
    case 'none':
      return false;
    case 'us':
      // 02:00 local on the second Sunday of March until 02:00 local (summer time) on the first Sunday of November.
      return utcMs >= sunday(year, 2, 2) + 2 * HOUR_MS - std && utcMs < sunday(year, 10, 1) + 2 * HOUR_MS - std - HOUR_MS;
    case 'eu':
      // 01:00 UTC on the last Sundays of March and October, everywhere in the EU at once.
      return utcMs >= sunday(year, 2, -1) + HOUR_MS && utcMs < sunday(year, 9, -1) + HOUR_MS;
    case 'au':
      // Southern summer: from 02:00 local on the first Sunday of October to 03:00 local (summer time) on the first Sunday of April.
      return utcMs < sunday(year, 3, 1) + 3 * HOUR_MS - std - HOUR_MS || utcMs >= sunday(year, 9, 1) + 2 * HOUR_MS - std;
  }
}

/** The zone's offset from UTC at `utcMs`, in minutes. */
export function offsetMinutes(zone: TimeZone, utcMs: number): number {
  return zone.standardMinutes + (inDaylight(zone, utcMs) ? 60 : 0);
}

/**
 * The instant at which clocks in `zone` show `localMs` (a wall-clock time written as if it
 * were UTC). Times inside a switch's gap or overlap resolve to one side; the demo only asks
 * for working hours, far from the night-time switches.
 */
export function utcFromLocal(zone: TimeZone, localMs: number): number {
  const guess = localMs - zone.standardMinutes * 60_000;
  return localMs - offsetMinutes(zone, guess) * 60_000;
}

/** The wall-clock time in `zone` at `utcMs`, written as if it were UTC. */
export function localFromUtc(zone: TimeZone, utcMs: number): number {
  return utcMs + offsetMinutes(zone, utcMs) * 60_000;
}
