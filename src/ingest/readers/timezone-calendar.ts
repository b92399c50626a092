import ICAL from 'ical.js';
import type { CalendarBlock } from './scan-calendar-blocks.js';
import type { JcalComponent } from './synthesize-timezone.js';
import { synthesizeTimezone } from './synthesize-timezone.js';

export type IcalComponent = InstanceType<typeof ICAL.Component>;

function parsedTimezone(block: CalendarBlock): JcalComponent | undefined {
  if (block.tooLarge !== undefined) return undefined;
  try {
    const jcal: unknown = ICAL.parse(block.text);
    if (Array.isArray(jcal) && jcal[0] === 'vtimezone') return jcal as JcalComponent;
  } catch {
    // A VTIMEZONE ical.js cannot read is left out; its TZID is then resolved like an undefined one.
  }
  return undefined;
}

function tzidOf(zone: JcalComponent): string | undefined {
  for (const prop of zone[1]) {
    if (Array.isArray(prop) && prop[0] === 'tzid' && typeof prop[3] === 'string') return prop[3];
  }
  return undefined;
}

/** TZIDs the events name and the years their times fall in, gathered by the caller (see outlineVevent). */
export interface ZoneUsage {
  readonly tzids: Set<string>;
  fromYear: number;
  toYear: number;
}

export function emptyZoneUsage(): ZoneUsage {
  return { tzids: new Set(), fromYear: Infinity, toYear: -Infinity };
}

/**
 * The VCALENDAR every event is parsed under: the file's VTIMEZONEs, and one made up for
 * each TZID the events use (`used`) without defining (see synthesizeTimezone), covering the years
 * from the earliest event time to `untilYear` (the end of expansion, when the caller gave
 * one) or five years past the latest time in the file (the default expansion reaches three
 * years past a series' start). ical.js finds a
 * TZID's definition through the component's parent, so nothing goes into its global
 * TimezoneService and one file's zones cannot leak into another's.
 *
 * @example timezoneCalendar([], emptyZoneUsage()).getAllSubcomponents('vtimezone').length // 0
 */
export function timezoneCalendar(zoneBlocks: readonly CalendarBlock[], used: ZoneUsage, untilYear?: number): IcalComponent {
  const zones: JcalComponent[] = [];
  const defined = new Set<string>();
  for (const block of zoneBlocks) {
    const zone = parsedTimezone(block);
    const tzid = zone && tzidOf(zone);
    if (zone && tzid !== undefined && !defined.has(tzid)) {
      zones.push(zone);
      defined.add(tzid);
    }
  }
  if (!Number.isFinite(used.fromYear)) return new ICAL.Component(['vcalendar', [], zones]);
  const fromYear = used.fromYear - 1;
  const toYear = Math.max(untilYear ?? -Infinity, used.toYear + 5);
  for (const tzid of used.tzids) {
    if (defined.has(tzid) || ICAL.TimezoneService.has(tzid)) continue;
    const zone = synthesizeTimezone(tzid, fromYear, toYear);
    if (zone) zones.push(zone);
  }
  return new ICAL.Component(['vcalendar', [], zones]);
}
