import type { ExpansionRange } from './expand-occurrences.js';
import { propertyTexts } from './ical-property-text.js';
import { rruleProblem } from './rrule-problem.js';
import type { CalendarBlock } from './scan-calendar-blocks.js';
import { scanCalendarBlocks } from './scan-calendar-blocks.js';
import type { IcalComponent } from './timezone-calendar.js';
import { emptyZoneUsage, timezoneCalendar } from './timezone-calendar.js';
import { outlineVevent } from './vevent-outline.js';

/** A calendar's text, in pieces; each call of the function that gives it starts from the beginning. */
export type CalendarText = AsyncIterable<string> | Iterable<string>;

export interface CalendarOutline {
  readonly calendar: IcalComponent;
  /** VEVENT blocks per series key. */
  readonly blocksPerKey: Map<string, number>;
  readonly events: number;
}

/**
 * The first of readCalendar's two passes, without ical.js: the VCALENDAR the events are
 * parsed under (the file's VTIMEZONEs, one copy of each, and zones made up for the TZIDs
 * they use without defining), how many VEVENT blocks each series key has (see
 * outlineVevent), and how many VEVENTs there are.
 *
 * @example (await outlineCalendar(() => [text], {})).events
 */
export async function outlineCalendar(text: () => CalendarText, range: ExpansionRange): Promise<CalendarOutline> {
  const zones: CalendarBlock[] = [];
  const zoneTexts = new Set<string>();
  const blocksPerKey = new Map<string, number>();
  const used = emptyZoneUsage();
  let events = 0;
  for await (const block of scanCalendarBlocks(text())) {
    if (block.kind === 'vtimezone') {
      // Some writers repeat the VTIMEZONE before every event; one copy of each is enough.
      if (!zoneTexts.has(block.text)) zones.push(block);
      zoneTexts.add(block.text);
      continue;
    }
    events += 1;
    const { key, tzids, years } = outlineVevent(block.text);
    blocksPerKey.set(key, (blocksPerKey.get(key) ?? 0) + 1);
    // As before streaming, a block that cannot be read does not widen the zones' years.
    if (!block.complete || block.tooLarge !== undefined || propertyTexts(block.text, 'RRULE').some((r) => rruleProblem(r.value))) continue;
    for (const tzid of tzids) used.tzids.add(tzid);
    for (const year of years) {
      used.fromYear = Math.min(used.fromYear, year);
      used.toYear = Math.max(used.toYear, year);
    }
  }
  const untilYear = range.untilMs === undefined ? undefined : new Date(range.untilMs).getUTCFullYear();
  return { calendar: timezoneCalendar(zones, used, untilYear), blocksPerKey, events };
}
