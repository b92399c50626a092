import ICAL from 'ical.js';
import type { CalendarBlock } from './scan-calendar-blocks.js';
import type { JcalComponent } from './synthesize-timezone.js';
import { synthesizeTimezone } from './synthesize-timezone.js';

export type IcalComponent = InstanceType<typeof ICAL.Component>;

function parsedTimezone(block: CalendarBlock): JcalComponent | undefined {
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

interface Usage {
  readonly tzids: Set<string>;
  fromYear: number;
  toYear: number;
}

/** TZIDs the events name and the years their times fall in (jCal date-times start with the year). */
function usage(events: readonly JcalComponent[]): Usage {
  const found: Usage = { tzids: new Set(), fromYear: Infinity, toYear: -Infinity };
  for (const event of events) {
    for (const prop of event[1]) {
      if (!Array.isArray(prop)) continue;
      const params = prop[1] as Record<string, unknown>;
      if (typeof params.tzid === 'string') found.tzids.add(params.tzid);
      for (const value of prop.slice(3)) {
        const year = typeof value === 'string' && /^\d{4}-\d\d-\d\d/.test(value) ? Number(value.slice(0, 4)) : NaN;
        if (year > 1800 && year < 3000) {
          found.fromYear = Math.min(found.fromYear, year);
          found.toYear = Math.max(found.toYear, year);
        }
      }
    }
  }
  return found;
}

/**
 * The VCALENDAR every event is parsed under: the file's VTIMEZONEs, and one made up for
 * each TZID the events use without defining (see synthesizeTimezone), covering the years
 * from the earliest event time to `untilYear` (the end of expansion, when the caller gave
 * one) or five years past the latest time in the file (the default expansion reaches three
 * years past a series' start). ical.js finds a
 * TZID's definition through the component's parent, so nothing goes into its global
 * TimezoneService and one file's zones cannot leak into another's.
 *
 * @example timezoneCalendar([], []).getAllSubcomponents('vtimezone').length // 0
 */
export function timezoneCalendar(zoneBlocks: readonly CalendarBlock[], events: readonly JcalComponent[], untilYear?: number): IcalComponent {
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
  const used = usage(events);
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
