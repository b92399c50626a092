import ICAL from 'ical.js';
import type { IcalEvent, Vevent } from './check-vevent.js';
import { guardRecurSteps } from './guard-recur-steps.js';
import { propertyTexts } from './ical-property-text.js';
import type { IcalTime } from './ical-time-millis.js';
import { icalTimeMillis, isoUtc } from './ical-time-millis.js';

/** One meeting of a series (or the only one of a single event). */
export interface Occurrence {
  /** The VEVENT its details come from: the series, or the override that replaced this occurrence. */
  readonly source: Vevent;
  readonly externalId: string;
  readonly start: IcalTime;
  readonly end: IcalTime;
  /** The whole series is STATUS:CANCELLED. */
  readonly seriesCancelled: boolean;
}

/** Which occurrences of a series are read, in epoch ms; a bound left out is open. */
export interface ExpansionRange {
  readonly fromMs?: number;
  readonly untilMs?: number;
}

/** The VEVENTs sharing one UID: the series (when the file has it) and its overrides. */
export interface Series {
  readonly master?: Vevent;
  readonly overrides: readonly Vevent[];
  /** RECURRENCE-IDs of overrides that were rejected: those occurrences are not made up from the series either. */
  readonly replaced: readonly IcalTime[];
}

export type Expansion = { readonly occurrences: Occurrence[]; readonly problem?: undefined } | { readonly occurrences: Occurrence[]; readonly problem: string };

/**
 * Caps, reported nowhere (the import never asked for more): at most 2,000 occurrences per
 * series are read, which is 5 years of a daily meeting or 38 of a weekly one; and at most
 * 100,000 are looked at, including those before `fromMs` and the excluded ones, which only
 * an hourly or finer rule, or a daily one started centuries before `fromMs`, reaches.
 */
export const MAX_OCCURRENCES = 2_000;
const MAX_EXAMINED = 100_000;
/** With no `untilMs` and no COUNT or UNTIL, a series is read for 3 years from its first start. */
const DEFAULT_YEARS = 3;

function dateOnly(time: IcalTime): IcalTime {
  return ICAL.Time.fromData({ year: time.year, month: time.month, day: time.day, isDate: true });
}

/**
 * A RECURRENCE-ID in the form ical.js keys the series' occurrences by (their own text, or
 * their UTC text), since ical.js matches overrides by that string: Exchange writes a
 * DATE-TIME RECURRENCE-ID for an all-day series (node-ical-exchange_whole_day_moved_recurrence.ics),
 * and others write it in a zone other than DTSTART's.
 */
function occurrenceKey(rid: IcalTime, start: IcalTime | undefined): IcalTime {
  if (start?.isDate) return rid.isDate ? rid : dateOnly(rid);
  if (rid.isDate) {
    if (!start) return rid;
    return ICAL.Time.fromData({ year: rid.year, month: rid.month, day: rid.day, hour: start.hour, minute: start.minute, second: start.second }, start.zone);
  }
  return rid.convertToZone(ICAL.Timezone.utcTimezone);
}

/** ical.js compares an all-day series' occurrences with DATE-TIME EXDATEs as instants, so Exchange's midnight EXDATEs would never match. */
function exdatesAsDates(event: IcalEvent): void {
  for (const prop of event.component.getAllProperties('exdate')) {
    const values = prop.getValues() as IcalTime[];
    if (values.every((v) => v.isDate)) continue;
    prop.removeParameter('tzid');
    prop.resetType('date');
    prop.setValues(values.map((v) => (v.isDate ? v : dateOnly(v))));
  }
}

/** The latest override of each occurrence: the highest SEQUENCE, then the latest DTSTAMP, then the last in the file. */
function latestOverrides(overrides: readonly Vevent[], start: IcalTime | undefined): Map<string, { vevent: Vevent; key: IcalTime }> {
  const latest = new Map<string, { vevent: Vevent; key: IcalTime }>();
  for (const vevent of overrides) {
    if (!vevent.recurrenceId) continue;
    const key = occurrenceKey(vevent.recurrenceId, start);
    const id = key.toString();
    const held = latest.get(id)?.vevent;
    if (!held || vevent.sequence > held.sequence || (vevent.sequence === held.sequence && vevent.stamp >= held.stamp)) latest.set(id, { vevent, key });
  }
  return latest;
}

function inRange(ms: number, range: ExpansionRange): boolean {
  return (range.fromMs === undefined || ms >= range.fromMs) && (range.untilMs === undefined || ms <= range.untilMs);
}

function seriesEnd(master: Vevent, range: ExpansionRange): number {
  if (range.untilMs !== undefined) return range.untilMs;
  const rules = master.component.getAllProperties('rrule').map((p) => p.getFirstValue() as InstanceType<typeof ICAL.Recur>);
  if (rules.every((r) => r.count || r.until)) return Infinity;
  const end = new Date(icalTimeMillis(master.event.startDate));
  end.setUTCFullYear(end.getUTCFullYear() + DEFAULT_YEARS);
  return end.getTime();
}

function occurrenceId(uid: string, originalStart: IcalTime): string {
  return `${uid}/${isoUtc(icalTimeMillis(originalStart))}`;
}

function fromSeries(master: Vevent, overrides: Map<string, { vevent: Vevent; key: IcalTime }>, replaced: readonly IcalTime[], range: ExpansionRange, used: Set<Vevent>): Occurrence[] {
  const event = master.event;
  const start = event.startDate;
  const seriesCancelled = String(master.component.getFirstPropertyValue('status') ?? '').toUpperCase() === 'CANCELLED';
  const sourceOf = new Map<IcalEvent, Vevent>();
  for (const { vevent, key } of overrides.values()) {
    vevent.event.recurrenceId = key;
    event.relateException(vevent.event);
    sourceOf.set(vevent.event, vevent);
  }
  const details = (t: IcalTime, externalId: string): Occurrence => {
    const d = event.getOccurrenceDetails(t);
    const source = sourceOf.get(d.item) ?? master;
    if (source !== master) used.add(source);
    return { source, externalId, start: d.startDate, end: d.endDate, seriesCancelled };
  };
  if (!event.isRecurring()) return [details(start.clone(), master.uid)];

  if (start.isDate) exdatesAsDates(event);
  const skip = new Set(replaced.map((rid) => occurrenceKey(rid, start).toString()));
  const end = seriesEnd(master, range);
  const next = guardRecurSteps(event.iterator());
  const out: Occurrence[] = [];
  let examined = 0;
  for (let t = next(); t && ++examined <= MAX_EXAMINED; t = next()) {
    const ms = icalTimeMillis(t);
    if (ms > end) break;
    if (range.fromMs !== undefined && ms < range.fromMs) continue;
    if (skip.has(t.toString()) || skip.has(t.convertToZone(ICAL.Timezone.utcTimezone).toString())) continue;
    out.push(details(t.clone(), occurrenceId(master.uid, t)));
    if (out.length >= MAX_OCCURRENCES) break;
  }
  return out;
}

function ruleText(master: Vevent): string {
  const rules = propertyTexts(master.block.text, 'RRULE').map((p) => `the RRULE "${p.value}"`);
  return rules.length > 0 ? rules.join(' and ') : 'the RDATEs';
}

/**
 * The occurrences of one series within `range`, through ical.js: RRULE, RDATE and EXDATE by
 * its iterator, overrides (RECURRENCE-ID: a moved time, a new title, a cancelled instance)
 * by relateException, the latest copy of each winning. An override that matches no
 * occurrence the rule makes, or whose series is not in the file, is still a meeting someone
 * was invited to: it is read on its own, under the id of the occurrence it names, when that
 * lies in `range`. A single event is read whatever the range. When the rule cannot be
 * expanded, `problem` says why and the overrides are read on their own.
 *
 * @example expandSeries({ master, overrides: [], replaced: [] }, { untilMs: Date.UTC(2025, 0, 1) }).occurrences.length
 */
export function expandSeries(series: Series, range: ExpansionRange): Expansion {
  const start = series.master?.event.startDate;
  const overrides = latestOverrides(series.overrides, start);
  const seriesCancelled = String(series.master?.component.getFirstPropertyValue('status') ?? '').toUpperCase() === 'CANCELLED';
  const used = new Set<Vevent>();
  let occurrences: Occurrence[] = [];
  let problem: string | undefined;
  if (series.master) {
    try {
      occurrences = fromSeries(series.master, overrides, series.replaced, range, used);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      problem = `${ruleText(series.master)} of event ${series.master.uid} cannot be expanded: ${reason}`;
      used.clear();
    }
  }
  for (const { vevent, key } of overrides.values()) {
    if (used.has(vevent) || !inRange(icalTimeMillis(key), range)) continue;
    occurrences.push({ source: vevent, externalId: occurrenceId(vevent.uid, key), start: vevent.event.startDate, end: vevent.event.endDate, seriesCancelled });
  }
  return problem === undefined ? { occurrences } : { occurrences, problem };
}
