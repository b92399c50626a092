import ICAL from 'ical.js';
import type { RowIssueCode } from '../../domain/index.js';
import { propertyTexts } from './ical-property-text.js';
import { rruleProblem } from './rrule-problem.js';
import type { CalendarBlock } from './scan-calendar-blocks.js';
import { MAX_BLOCK_CHARS } from './scan-calendar-blocks.js';
import type { JcalComponent } from './synthesize-timezone.js';

export type ParsedBlock =
  | { readonly ok: true; readonly block: CalendarBlock; readonly jcal: JcalComponent }
  | { readonly ok: false; readonly block: CalendarBlock; readonly code: RowIssueCode; readonly message: string };

/** ical.js's reading of a bare date (`EXDATE:20200116`) where a date-time was due: `2020-01-16T::`. */
const MANGLED_DATE = /^(\d{4}-\d{2}-\d{2})T::$/;

/**
 * A date-time property holding only dates is taken as VALUE=DATE, which its writer left
 * out (corpus node-ical-biweekly-exdate-until.ics: `EXDATE:20200116`); the value is not
 * ambiguous, and ical.js would otherwise fail on the whole event.
 */
function datesAsDates(jcal: JcalComponent): void {
  for (const prop of jcal[1]) {
    if (!Array.isArray(prop) || prop[2] !== 'date-time' || prop.length < 4) continue;
    const values = prop.slice(3);
    if (!values.every((v) => typeof v === 'string' && MANGLED_DATE.test(v))) continue;
    prop.splice(2, prop.length - 2, 'date', ...values.map((v) => (v as string).slice(0, 10)));
  }
}

function uidIn(block: CalendarBlock): string {
  const uid = propertyTexts(block.text, 'UID')[0]?.value.trim();
  return uid ? `event ${uid}` : 'the event (no UID)';
}

/**
 * One VEVENT block as jCal, or why it cannot be read: over the size cap or cut short (`malformed_event`), an
 * RRULE that is not a rule (`invalid_recurrence`; checked on the text first because ical.js
 * either throws on it while parsing the whole event or quietly drops the bad part), or text
 * ical.js cannot parse (`malformed_event`, with ical.js's reason).
 *
 * @example parseVeventBlock({ kind: 'vevent', line: 2, text: 'BEGIN:VEVENT\nUID:a\nEND:VEVENT', complete: true }).ok // true
 */
export function parseVeventBlock(block: CalendarBlock): ParsedBlock {
  if (block.tooLarge !== undefined) {
    const size = `${(block.tooLarge / 1024 / 1024).toFixed(1)} MB`;
    return { ok: false, block, code: 'malformed_event', message: `${uidIn(block)} is ${size} of text, over the ${MAX_BLOCK_CHARS / 1024 / 1024} MB one event may have (an attachment written into the event?); it was skipped` };
  }
  if (!block.complete) {
    return { ok: false, block, code: 'malformed_event', message: `${uidIn(block)} has no END:VEVENT: the next event or the end of the file came first` };
  }
  for (const rule of propertyTexts(block.text, 'RRULE')) {
    const problem = rruleProblem(rule.value);
    if (problem) {
      return { ok: false, block, code: 'invalid_recurrence', message: `the RRULE "${rule.value}" of ${uidIn(block)} cannot be expanded: ${problem}` };
    }
  }
  let jcal: unknown;
  try {
    jcal = ICAL.parse(block.text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, block, code: 'malformed_event', message: `${uidIn(block)} cannot be parsed: ${reason}` };
  }
  if (!Array.isArray(jcal) || jcal[0] !== 'vevent') {
    return { ok: false, block, code: 'malformed_event', message: `${uidIn(block)} cannot be parsed as one VEVENT` };
  }
  datesAsDates(jcal as JcalComponent);
  return { ok: true, block, jcal: jcal as JcalComponent };
}
