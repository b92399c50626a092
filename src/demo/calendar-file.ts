import { BufferedWriter } from './buffered-writer.js';
import type { DemoMeeting } from './demo-meeting.js';
import type { CalendarFileSummary, DemoOutputFile } from './demo-file-summary.js';
import { CALENDAR_DIRTY_KINDS, zeroCounts } from './dirty-kinds.js';
import { foldLine } from './ics-format.js';
import type { Random } from './random.js';
import type { TimeZone } from './time-zones.js';
import { type EventForm, veventLines } from './vevent.js';
import { vtimezoneLines } from './vtimezone.js';

export const PRODID = '-//Bellwether//Demo data generator//EN';
/** Share of single events written with the organizer's TZID rather than in UTC. */
const ZONED_SHARE = 0.7;
/** The planted event: a "fortnightly" rule as people type it; RFC 5545 has no BIWEEKLY. */
const INVALID_RULE = 'FREQ=BIWEEKLY;COUNT=6';
const INVALID_AT_EVENT = 4;

/**
 * The demo's calendar: one VCALENDAR with a VTIMEZONE per zone its organizers use, then one
 * VEVENT per meeting as generated (series masters with their overridden instance).
 */
export class CalendarFile implements DemoOutputFile {
  private readonly writer: BufferedWriter;
  private events = 0;
  private series = 0;
  private readonly dirty = zeroCounts(CALENDAR_DIRTY_KINDS);

  constructor(
    readonly path: string,
    zones: readonly TimeZone[],
    private readonly rng: Random,
  ) {
    this.writer = new BufferedWriter(path);
    const lines = ['BEGIN:VCALENDAR', `PRODID:${PRODID}`, 'VERSION:2.0', 'CALSCALE:GREGORIAN', 'X-WR-CALNAME:Bellwether demo meetings', ...zones.flatMap(vtimezoneLines)];
    this.writer.write(lines.map(foldLine).join(''));
  }

  write(meeting: DemoMeeting): void {
    this.events++;
    if (meeting.recurrence) this.series++;
    const single = !meeting.recurrence && meeting.recurrenceId === undefined;
    const form: EventForm = { withZone: this.rng.chance(ZONED_SHARE) };
    const planted = single && this.dirty.invalid_rrule === 0 && this.events >= INVALID_AT_EVENT;
    if (planted) this.dirty.invalid_rrule++;
    this.writer.write(veventLines(meeting, planted ? { ...form, invalidRule: INVALID_RULE } : form).map(foldLine).join(''));
  }

  ready(): Promise<void> {
    return this.writer.ready();
  }

  async close(): Promise<void> {
    this.writer.write(foldLine('END:VCALENDAR'));
    await this.writer.close();
  }

  summary(): CalendarFileSummary {
    return { path: this.path, kind: 'activities', format: 'ics', rows: this.events, dirtyRows: this.dirty.invalid_rrule, dirtyByKind: { ...this.dirty }, series: this.series };
  }
}
