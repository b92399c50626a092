import { calendarEventValues } from './calendar-event-values.js';
import type { Vevent } from './check-vevent.js';
import { checkVevent } from './check-vevent.js';
import type { ExpansionRange, Series } from './expand-occurrences.js';
import { expandSeries } from './expand-occurrences.js';
import type { IcalTime } from './ical-time-millis.js';
import { parseVeventBlock } from './parse-vevent-block.js';
import { emptyFile, RAW_PREVIEW_CHARS, rejected } from './reader-issue.js';
import type { CalendarText } from './outline-calendar.js';
import { outlineCalendar } from './outline-calendar.js';
import type { CalendarBlock } from './scan-calendar-blocks.js';
import { scanCalendarBlocks } from './scan-calendar-blocks.js';
import type { ReadResult } from './source-reader.js';
import type { IcalComponent } from './timezone-calendar.js';
import { outlineVevent } from './vevent-outline.js';

type Step =
  | { readonly kind: 'reject'; readonly result: ReadResult; readonly replaces?: { readonly uid: string; readonly recurrenceId: IcalTime } }
  | { readonly kind: 'event'; readonly vevent: Vevent };

interface Group {
  readonly masters: Vevent[];
  readonly overrides: Vevent[];
  readonly replaced: IcalTime[];
}

function preview(text: string): string {
  return text.length > RAW_PREVIEW_CHARS ? text.slice(0, RAW_PREVIEW_CHARS) : text;
}

/** One VEVENT block, parsed and checked. */
function stepOf(block: CalendarBlock, file: string, calendar: IcalComponent): Step {
  const p = parseVeventBlock(block);
  if (!p.ok) return { kind: 'reject', result: rejected(file, p.block.line, p.code, p.message, preview(p.block.text)) };
  const checked = checkVevent(p.jcal, p.block, calendar);
  if (!checked.ok) {
    const result = rejected(file, p.block.line, 'malformed_event', checked.message, preview(p.block.text));
    return checked.replaces ? { kind: 'reject', result, replaces: checked.replaces } : { kind: 'reject', result };
  }
  return { kind: 'event', vevent: checked.vevent };
}

/**
 * The VEVENTs of each UID. The first without RECURRENCE-ID is the series and takes the
 * overrides; a second one (the same meeting from two merged calendars) is read on its own,
 * and the import's duplicate check reports its ids. A rejected override (see checkVevent)
 * still marks its occurrence as replaced, so the broken change is reported and the
 * original time is not made up in its place.
 */
function groupsByUid(all: readonly Step[]): Map<string, Group> {
  const groups = new Map<string, Group>();
  const groupOf = (uid: string): Group => {
    let g = groups.get(uid);
    if (!g) groups.set(uid, (g = { masters: [], overrides: [], replaced: [] }));
    return g;
  };
  for (const step of all) {
    if (step.kind === 'reject') {
      if (step.replaces) groupOf(step.replaces.uid).replaced.push(step.replaces.recurrenceId);
    } else if (step.vevent.recurrenceId) {
      groupOf(step.vevent.uid).overrides.push(step.vevent);
    } else {
      groupOf(step.vevent.uid).masters.push(step.vevent);
    }
  }
  return groups;
}

/** A group's series: the first with the overrides, any other alone. */
function seriesOf(group: Group): Series[] {
  const [first, ...others] = group.masters;
  const main: Series = first ? { master: first, overrides: group.overrides, replaced: group.replaced } : { overrides: group.overrides, replaced: group.replaced };
  return [main, ...others.map((master): Series => ({ master, overrides: [], replaced: [] }))];
}

/** The records of some VEVENTs (all the blocks of one series key), each UID's at its first event. */
function* records(all: readonly Step[], file: string, range: ExpansionRange): Generator<ReadResult> {
  const groups = groupsByUid(all);
  const done = new Set<string>();
  for (const step of all) {
    if (step.kind === 'reject') continue;
    const group = groups.get(step.vevent.uid);
    if (done.has(step.vevent.uid) || !group) continue;
    done.add(step.vevent.uid);
    for (const series of seriesOf(group)) {
      const expansion = expandSeries(series, range);
      if (expansion.problem !== undefined && series.master) {
        const { block } = series.master;
        yield rejected(file, block.line, 'invalid_recurrence', expansion.problem, preview(block.text));
      }
      for (const occurrence of expansion.occurrences) {
        const { block } = occurrence.source;
        yield { ok: true, record: { line: block.line, values: calendarEventValues(occurrence), raw: preview(block.text) } };
      }
    }
  }
}

/**
 * Every record and issue of a calendar, in two streaming passes so that memory stays
 * bounded whatever the file's size: the first (no ical.js) collects the VTIMEZONEs, the
 * TZIDs and years the events use, and how many blocks each UID has; the second parses each
 * VEVENT as it comes. A lone event's records and any reject come at its place in the file;
 * the blocks of a UID that has several (a series and its overrides, or copies) are held
 * until its last block, and the series' occurrences come there, in time order, so their
 * lines go back and forth when overrides sit elsewhere.
 *
 * @example for await (const r of readCalendar(() => [text], 'team.ics', { untilMs: Date.parse('2025-01-01') })) n += 1;
 */
export async function* readCalendar(text: () => CalendarText, file: string, range: ExpansionRange): AsyncGenerator<ReadResult> {
  const { calendar, blocksPerKey, events } = await outlineCalendar(text, range);
  if (events === 0) {
    yield emptyFile(file, 'events (VEVENT)');
    return;
  }
  const held = new Map<string, Step[]>();
  for await (const block of scanCalendarBlocks(text())) {
    if (block.kind !== 'vevent') continue;
    const step = stepOf(block, file, calendar);
    if (step.kind === 'reject') yield step.result;
    const { key } = outlineVevent(block.text);
    const left = (blocksPerKey.get(key) ?? 1) - 1;
    const steps = held.get(key) ?? [];
    if (step.kind === 'event' || step.replaces) steps.push(step);
    if (left > 0) {
      blocksPerKey.set(key, left);
      held.set(key, steps);
      continue;
    }
    blocksPerKey.delete(key);
    held.delete(key);
    yield* records(steps, file, range);
  }
  // Only when the file changed between the passes.
  for (const steps of held.values()) yield* records(steps, file, range);
}
