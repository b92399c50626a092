import { createHash } from 'node:crypto';
import { propertyTexts, valueStart } from './ical-property-text.js';

/** What the first pass over a calendar learns from one VEVENT's text, without ical.js. */
export interface VeventOutline {
  /**
   * Groups the blocks that may share one UID: `uid:` and the UID as ical.js reads it, or,
   * for an event without one, `start:` and its DTSTART text (the UID derived for it is made
   * from that and the title, so this groups at least the events that could share it).
   * Hashed: a key cut from the block's text would keep all of that text alive in V8, and two
   * keys that collide only hold their blocks together a little longer.
   */
  readonly key: string;
  /** TZID parameters of its own properties (not of a VALARM's). */
  readonly tzids: readonly string[];
  /** Years of its date and date-time values (1800–3000), as ical.js's jCal has them. */
  readonly years: readonly number[];
}

const BASIC_TIME = /^(\d{4})\d{4}(?:T\d{6}Z?)?$/;
const EXTENDED_DATE = /^(\d{4})-\d\d-\d\d/;

function tzidParam(head: string): string | undefined {
  const m = /;TZID=("[^"]*"|[^;]*)/i.exec(head);
  if (!m?.[1]) return undefined;
  return m[1].startsWith('"') ? m[1].slice(1, -1) : m[1];
}

function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

function yearsOf(value: string, into: number[]): void {
  const found: number[] = [];
  const extended = EXTENDED_DATE.exec(value);
  if (extended) found.push(Number(extended[1]));
  else for (const part of value.split(',')) {
    const basic = BASIC_TIME.exec(part);
    if (basic) found.push(Number(basic[1]));
  }
  for (const year of found) if (year > 1800 && year < 3000) into.push(year);
}

/**
 * The series key, TZIDs and years of one VEVENT block, read from its text: what
 * {@link timezoneCalendar} needs from the events, and what tells the second pass when the
 * last block of a series has been seen.
 *
 * @example outlineVevent('BEGIN:VEVENT\r\nUID:a\r\nDTSTART;TZID=Europe/Berlin:20240304T100000\r\nEND:VEVENT') // { key: sha1('uid:a') in base64, tzids: ['Europe/Berlin'], years: [2024] }
 */
export function outlineVevent(text: string): VeventOutline {
  const tzids: string[] = [];
  const years: number[] = [];
  let uid: string | undefined;
  let depth = 0;
  for (const line of text.replace(/\r?\n[ \t]/g, '').split(/\r?\n/)) {
    const upper = line.slice(0, 6).toUpperCase();
    if (upper === 'BEGIN:') depth += 1;
    else if (upper.startsWith('END:')) depth -= 1;
    else if (depth === 1) {
      const at = valueStart(line);
      if (at === -1) continue;
      const head = line.slice(0, at);
      const value = line.slice(at + 1);
      if (uid === undefined && /^UID(?:;|$)/i.test(head)) uid = unescapeText(value).trim();
      const tzid = tzidParam(head);
      if (tzid !== undefined) tzids.push(tzid);
      yearsOf(value, years);
    }
  }
  const start = uid ? undefined : propertyTexts(text, 'DTSTART')[0];
  const key = uid ? `uid:${uid}` : `start:${start?.head ?? ''}:${start?.value ?? ''}`;
  return { key: createHash('sha1').update(key).digest('base64'), tzids, years };
}
