import { createHash } from 'node:crypto';
import ICAL from 'ical.js';
import type { IcalTime } from './ical-time-millis.js';
import { icalTimeMillis } from './ical-time-millis.js';
import { propertyTexts } from './ical-property-text.js';
import type { CalendarBlock } from './scan-calendar-blocks.js';
import type { JcalComponent } from './synthesize-timezone.js';
import type { IcalComponent } from './timezone-calendar.js';

export type IcalEvent = InstanceType<typeof ICAL.Event>;

/** A VEVENT that has what a meeting needs: a start, an end not before it, an id. */
export interface Vevent {
  readonly block: CalendarBlock;
  readonly component: IcalComponent;
  readonly event: IcalEvent;
  /** The UID, or one derived from DTSTART and SUMMARY when the event has none. */
  readonly uid: string;
  readonly sequence: number;
  /** DTSTAMP in epoch ms (0 when absent): breaks SEQUENCE ties between copies of one override. */
  readonly stamp: number;
  /** Set on an override of one occurrence (RECURRENCE-ID). */
  readonly recurrenceId?: IcalTime;
}

export type CheckedVevent =
  | { readonly ok: true; readonly vevent: Vevent }
  | {
      readonly ok: false;
      readonly block: CalendarBlock;
      readonly message: string;
      /** When a rejected override's UID and RECURRENCE-ID could still be read: the occurrence it was meant to replace. */
      readonly replaces?: { readonly uid: string; readonly recurrenceId: IcalTime };
    };

function isTime(value: unknown): value is IcalTime {
  return value instanceof ICAL.Time;
}

/** The property's first value as a time; throws with the file's text when it is not one. */
function timeOf(component: IcalComponent, block: CalendarBlock, name: string): IcalTime | undefined {
  const prop = component.getFirstProperty(name);
  if (!prop) return undefined;
  const text = propertyTexts(block.text, name)[0]?.value ?? '';
  let value: unknown;
  try {
    value = prop.getFirstValue();
  } catch (error) {
    throw new Error(`${name.toUpperCase()} "${text}" is not a date or date-time (${error instanceof Error ? error.message : String(error)})`, { cause: error });
  }
  if (!isTime(value)) throw new Error(`${name.toUpperCase()} "${text}" is not a date or date-time`);
  return value;
}

/**
 * Exchange/OWA exports (corpus node-ical-Office-2012-owa.ics) and hand-made files leave
 * UID out. Rejecting those would drop whole real calendars, so the id is derived from what
 * identifies the meeting to its owner, its start (with TZID) and its title, which stays the
 * same when the file is exported again. Two such events with the same start and title
 * share an id, and the import reports the second as a duplicate.
 */
function derivedUid(component: IcalComponent, block: CalendarBlock): string {
  const start = propertyTexts(block.text, 'DTSTART')[0];
  const summary = String(component.getFirstPropertyValue('summary') ?? '');
  const digest = createHash('sha256').update(`${start?.head ?? ''}:${start?.value ?? ''}\n${summary}`).digest('hex');
  return `ics-${digest.slice(0, 32)}`;
}

function check(component: IcalComponent, block: CalendarBlock): Vevent {
  const start = timeOf(component, block, 'dtstart');
  if (!start) throw new Error('the event has no DTSTART');
  const event = new ICAL.Event(component);
  let end: IcalTime;
  try {
    timeOf(component, block, 'dtend');
    end = event.endDate;
  } catch (error) {
    throw new Error(`its end cannot be read: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  if (icalTimeMillis(end) < icalTimeMillis(start)) {
    throw new Error(`it ends (${end.toString()}) before it starts (${start.toString()})`);
  }
  const recurrenceId = timeOf(component, block, 'recurrence-id');
  for (const name of ['exdate', 'rdate']) {
    for (const prop of component.getAllProperties(name)) {
      try {
        prop.getValues();
      } catch (error) {
        throw new Error(`${name.toUpperCase()} cannot be read: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
      }
    }
  }
  const uid = String(component.getFirstPropertyValue('uid') ?? '').trim() || derivedUid(component, block);
  const sequence = Number(component.getFirstPropertyValue('sequence') ?? 0);
  const stampValue: unknown = component.getFirstPropertyValue('dtstamp');
  const stamp = isTime(stampValue) ? icalTimeMillis(stampValue) : 0;
  return { block, component, event, uid, sequence: Number.isFinite(sequence) ? sequence : 0, stamp, ...(recurrenceId ? { recurrenceId } : {}) };
}

/**
 * Hydrates a parsed VEVENT under `calendar` (whose VTIMEZONEs resolve its TZIDs) and checks
 * it, or says why it is no meeting: no DTSTART, a start or end that is not a date, an end
 * before the start (all `malformed_event` for the caller).
 *
 * @example checkVevent(parsed.jcal, parsed.block, timezoneCalendar([], emptyZoneUsage())).ok
 */
export function checkVevent(jcal: JcalComponent, block: CalendarBlock, calendar: IcalComponent): CheckedVevent {
  const component = new ICAL.Component(jcal, calendar);
  try {
    return { ok: true, vevent: check(component, block) };
  } catch (error) {
    const uid = String(component.getFirstPropertyValue('uid') ?? '').trim();
    const reason = error instanceof Error ? error.message : String(error);
    const message = `${uid ? `event ${uid}` : 'the event (no UID)'}: ${reason}`;
    let recurrenceId: IcalTime | undefined;
    try {
      recurrenceId = timeOf(component, block, 'recurrence-id');
    } catch {
      recurrenceId = undefined;
    }
    return uid && recurrenceId ? { ok: false, block, message, replaces: { uid, recurrenceId } } : { ok: false, block, message };
  }
}
