import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CalendarFileSummary, DEMO_CALENDAR_FILE, generateDemo } from './index.js';

const AS_OF = '2026-11-01T00:00:00Z';
const AS_OF_MS = Date.parse(AS_OF);
// Enough reps (ten) for a second office, so organizers sit in two zones; size S has only the NA one.
const ACCOUNTS = 400;

const formats = new Map<string, Intl.DateTimeFormat>();
/** ICU's wall-clock time in a zone, as an iCalendar local time: `20250305T083000`. */
function intlLocal(zone: string, ms: number): string {
  let format = formats.get(zone);
  if (!format) formats.set(zone, (format = new Intl.DateTimeFormat('en-CA', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' })));
  const p = Object.fromEntries(format.formatToParts(ms).map((x) => [x.type, x.value]));
  return `${p.year}${p.month}${p.day}T${p.hour}${p.minute}${p.second}`;
}

const ms = (t: ICAL.Time): number => t.toJSDate().getTime();

describe('the demo calendar', () => {
  let dir: string;
  let summary: CalendarFileSummary;
  let raw: string;
  let blocks: string[];
  let head: string;
  let calendar: ICAL.Component;
  let events: ICAL.Component[];

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'bellwether-ics-'));
    const result = await generateDemo({ size: ACCOUNTS, seed: 3, asOf: AS_OF, outDir: dir });
    const found = result.files.find((f): f is CalendarFileSummary => f.format === 'ics');
    if (!found) throw new Error('no calendar in the demo result');
    summary = found;
    raw = await readFile(join(dir, DEMO_CALENDAR_FILE), 'utf8');
    blocks = raw.match(/BEGIN:VEVENT\r\n[\s\S]*?END:VEVENT\r\n/g) ?? [];
    head = raw.slice(0, raw.indexOf('BEGIN:VEVENT'));
    const valid = blocks.filter((b) => !b.includes('RRULE:FREQ=BIWEEKLY'));
    calendar = new ICAL.Component(ICAL.parse(`${head}${valid.join('')}END:VCALENDAR\r\n`));
    events = calendar.getAllSubcomponents('vevent');
  }, 120_000);
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('is one VCALENDAR with PRODID and VERSION, CRLF line ends and lines folded at 75 octets', () => {
    expect(raw.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(raw.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(raw.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = raw.split('\r\n');
    expect(lines.filter((l) => Buffer.byteLength(l, 'utf8') > 75)).toEqual([]);
    expect(lines.some((l) => l.startsWith(' '))).toBe(true);
    // A fold never splits a UTF-8 sequence: every physical line is valid UTF-8 on its own.
    expect(lines.filter((l) => l.includes('\uFFFD'))).toEqual([]);
    expect(calendar.getFirstPropertyValue('prodid')).toMatch(/Bellwether/);
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
  });

  it('holds one VEVENT per meeting and per overridden instance, with a UID from the activity id', () => {
    expect(blocks.length).toBe(summary.rows);
    const masters = new Set<string>();
    for (const e of events) {
      const uid = String(e.getFirstPropertyValue('uid'));
      expect(uid).toMatch(/^ACT-\d{6}-\d{5}@calendar\.bellwether-demo\.test$/);
      if (!e.hasProperty('recurrence-id')) {
        expect(masters.has(uid), uid).toBe(false);
        masters.add(uid);
      }
    }
  });

  it('plants exactly one event whose RRULE no parser accepts', () => {
    const rejected = blocks.filter((b) => {
      try {
        ICAL.parse(`${head}${b}END:VCALENDAR\r\n`);
        return false;
      } catch {
        return true;
      }
    });
    expect(rejected.length).toBe(1);
    expect(rejected[0]).toContain('RRULE:FREQ=BIWEEKLY');
    expect(summary.dirtyByKind).toEqual({ invalid_rrule: 1 });
    // A reader that parses the file in one go loses every event: it has to cut VEVENTs apart first.
    expect(() => ICAL.parse(raw)).toThrow(/invalid frequency/);
  });

  it('stamps every event when it was known, never after asOf, with organizer, attendees and a status', () => {
    const statuses = new Set<string>();
    for (const e of events) {
      const ev = new ICAL.Event(e, { exceptions: [] });
      const stamp = ms(e.getFirstPropertyValue('dtstamp') as ICAL.Time);
      expect(stamp).toBeLessThanOrEqual(AS_OF_MS);
      expect(stamp).toBeGreaterThanOrEqual(ms(e.getFirstPropertyValue('created') as ICAL.Time));
      expect(ms(ev.endDate)).toBeGreaterThan(ms(ev.startDate));
      statuses.add(String(e.getFirstPropertyValue('status')));
      expect(String(e.getFirstPropertyValue('organizer'))).toMatch(/^mailto:\S+@bellwether-demo\.com$/);
      const attendees = e.getAllProperties('attendee');
      expect(attendees.length).toBeGreaterThanOrEqual(2);
      for (const a of attendees) {
        expect(['ACCEPTED', 'DECLINED', 'TENTATIVE', 'NEEDS-ACTION']).toContain(a.getParameter('partstat'));
        expect(String(a.getParameter('cn')).length).toBeGreaterThan(0);
      }
    }
    expect([...statuses].sort()).toEqual(['CANCELLED', 'CONFIRMED']);
    const names = events.flatMap((e) => e.getAllProperties('attendee').map((a) => String(a.getParameter('cn'))));
    expect(names.some((n) => /\P{ASCII}/u.test(n))).toBe(true);
  });

  it('writes the customers of a held meeting that nobody attended as NEEDS-ACTION', () => {
    const pastUnanswered = events.filter((e) => {
      const ev = new ICAL.Event(e, { exceptions: [] });
      const customers = e.getAllProperties('attendee').filter((a) => !String(a.getFirstValue()).endsWith('@bellwether-demo.com'));
      return !ev.isRecurring() && ms(ev.endDate) < AS_OF_MS && e.getFirstPropertyValue('status') === 'CONFIRMED' && customers.every((a) => a.getParameter('partstat') === 'NEEDS-ACTION');
    });
    expect(pastUnanswered.length).toBeGreaterThan(0);
  });

  it('escapes commas, semicolons and line breaks in text', () => {
    expect(raw).toMatch(/DESCRIPTION:Agenda: [^\r]*\\,/);
    const description = String(events[0]?.getFirstPropertyValue('description'));
    expect(description).toMatch(/^Agenda: .+, .+\nJoin by video: https:\/\/\S+; dial-in/);
  });

  it('gives zoned times a VTIMEZONE that turns them into the instants ICU gives for that zone', () => {
    const zoned = events.filter((e) => e.getFirstProperty('dtstart')?.getParameter('tzid'));
    const utc = events.filter((e) => !e.getFirstProperty('dtstart')?.getParameter('tzid'));
    expect(zoned.length).toBeGreaterThan(0);
    expect(utc.length).toBeGreaterThan(0);
    const zones = new Set<string>();
    for (const e of zoned) {
      const prop = e.getFirstProperty('dtstart');
      const zone = String(prop?.getParameter('tzid'));
      zones.add(zone);
      const time = prop?.getFirstValue() as ICAL.Time;
      // ICAL.Time keeps the wall-clock time as written; toJSDate() goes through the file's VTIMEZONE.
      const local = time.toString().replace(/[-:]/g, '');
      expect(intlLocal(zone, ms(time)), `${zone} ${local}`).toBe(local);
    }
    expect(zones.size).toBeGreaterThan(1);
    expect(calendar.getAllSubcomponents('vtimezone').map((z) => z.getFirstPropertyValue('tzid')).sort()).toEqual([...zones].sort());
  });

  it('turns some check-ins into monthly series that expand in local time, without the EXDATE and with the moved instance', () => {
    const masters = events.filter((e) => e.hasProperty('rrule'));
    expect(masters.length).toBe(summary.series);
    expect(masters.length).toBeGreaterThan(3);
    for (const master of masters) {
      const uid = String(master.getFirstPropertyValue('uid'));
      const overrides = events.filter((e) => e.getFirstPropertyValue('uid') === uid && e.hasProperty('recurrence-id'));
      expect(overrides.length).toBe(1);
      // Left to itself, ICAL.Event relates every RECURRENCE-ID event of the calendar, whatever its UID.
      const ev = new ICAL.Event(master, { exceptions: overrides, strictExceptions: true });
      const zone = String(master.getFirstProperty('dtstart')?.getParameter('tzid'));
      const exdates = master.getAllProperties('exdate').map((p) => ms(p.getFirstValue() as ICAL.Time));
      expect(exdates.length).toBe(1);
      const moved = ms(overrides[0]?.getFirstPropertyValue('recurrence-id') as ICAL.Time);

      const it = ev.iterator();
      const starts: number[] = [];
      let movedTo: number | undefined;
      for (let next = it.next(); next && ms(next) <= AS_OF_MS; next = it.next()) {
        const details = ev.getOccurrenceDetails(next);
        if (ms(details.recurrenceId) === moved) movedTo = ms(details.startDate);
        else starts.push(ms(details.startDate));
      }
      expect(starts.length).toBeGreaterThanOrEqual(5);
      expect(starts).not.toContain(exdates[0]);
      expect(movedTo).toBeDefined();
      expect(movedTo).not.toBe(moved);
      // "Second Tuesday at 10:00" stays 10:00 in the rep's zone across summer time.
      expect(new Set(starts.map((s) => intlLocal(zone, s).slice(9))), uid).toEqual(new Set([intlLocal(zone, ms(ev.startDate)).slice(9)]));
      expect(String(master.getFirstPropertyValue('rrule'))).toMatch(/^FREQ=MONTHLY;BYDAY=[1-4](MO|TU|WE|TH|FR)/);
    }
  });
});
