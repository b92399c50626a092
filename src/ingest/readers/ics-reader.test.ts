import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { icsReader } from './ics-reader.js';
import type { RawRecord, ReadOptions } from './source-reader.js';
import type { RowIssue } from '../row-issue.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ics-reader-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Writes a calendar with CRLF line ends, as RFC 5545 has them. */
async function calendar(name: string, lines: readonly string[], prefix = ''): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, prefix + ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Bellwether//test//EN', ...lines, 'END:VCALENDAR', ''].join('\r\n'));
  return path;
}

async function readAll(path: string, options: ReadOptions = {}) {
  const records: RawRecord[] = [];
  const issues: RowIssue[] = [];
  const { batches } = await icsReader.open(path, options);
  for await (const batch of batches) {
    for (const r of batch) {
      if (r.ok) records.push(r.record);
      else issues.push(r.issue);
    }
  }
  return { records, issues };
}

const BERLIN = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/Berlin',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19810329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19961027T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

describe('icsReader: recurrence', () => {
  // Mondays 10:00 Berlin, 6 times from 4 March 2024; Berlin moves to summer time on 31 March.
  const WEEKLY = [
    ...BERLIN, // lines 4-20
    'BEGIN:VEVENT', // line 21
    'UID:weekly-sync@acme.com',
    'DTSTAMP:20240201T000000Z',
    'SUMMARY:Weekly sync',
    'DTSTART;TZID=Europe/Berlin:20240304T100000',
    'DTEND;TZID=Europe/Berlin:20240304T103000',
    'RRULE:FREQ=WEEKLY;BYDAY=MO;COUNT=6',
    'EXDATE;TZID=Europe/Berlin:20240318T100000',
    'ORGANIZER;CN=Ann Lee:mailto:ann@acme.com',
    'ATTENDEE;PARTSTAT=ACCEPTED:mailto:bo@customer.io',
    'END:VEVENT',
    'BEGIN:VEVENT', // line 32: 25 March moved to Tuesday 26 March, 15:00
    'UID:weekly-sync@acme.com',
    'DTSTAMP:20240301T000000Z',
    'RECURRENCE-ID;TZID=Europe/Berlin:20240325T100000',
    'SUMMARY:Weekly sync (moved)',
    'DTSTART;TZID=Europe/Berlin:20240326T150000',
    'DTEND;TZID=Europe/Berlin:20240326T160000',
    'SEQUENCE:1',
    'END:VEVENT',
    'BEGIN:VEVENT', // line 41: 1 April cancelled
    'UID:weekly-sync@acme.com',
    'DTSTAMP:20240301T000000Z',
    'RECURRENCE-ID;TZID=Europe/Berlin:20240401T100000',
    'SUMMARY:Weekly sync',
    'DTSTART;TZID=Europe/Berlin:20240401T100000',
    'DTEND;TZID=Europe/Berlin:20240401T103000',
    'STATUS:CANCELLED',
    'SEQUENCE:1',
    'END:VEVENT',
  ];

  it('expands an RRULE less its EXDATE, with a moved and a cancelled instance', async () => {
    const path = await calendar('weekly.ics', WEEKLY);
    const { records, issues } = await readAll(path);
    expect(issues).toEqual([]);
    expect(records.map((r) => [r.line, r.values.external_id, r.values.occurred_at, r.values.ended_at, r.values.status, r.values.subject])).toEqual([
      [21, 'weekly-sync@acme.com/2024-03-04T09:00:00.000Z', '2024-03-04T09:00:00.000Z', '2024-03-04T09:30:00.000Z', 'scheduled', 'Weekly sync'],
      [21, 'weekly-sync@acme.com/2024-03-11T09:00:00.000Z', '2024-03-11T09:00:00.000Z', '2024-03-11T09:30:00.000Z', 'scheduled', 'Weekly sync'],
      // 18 March: EXDATE. 25 March keeps its id but has the override's time and title.
      [32, 'weekly-sync@acme.com/2024-03-25T09:00:00.000Z', '2024-03-26T14:00:00.000Z', '2024-03-26T15:00:00.000Z', 'scheduled', 'Weekly sync (moved)'],
      // After the change to summer time, 10:00 in Berlin is 08:00 UTC.
      [41, 'weekly-sync@acme.com/2024-04-01T08:00:00.000Z', '2024-04-01T08:00:00.000Z', '2024-04-01T08:30:00.000Z', 'cancelled', 'Weekly sync'],
      [21, 'weekly-sync@acme.com/2024-04-08T08:00:00.000Z', '2024-04-08T08:00:00.000Z', '2024-04-08T08:30:00.000Z', 'scheduled', 'Weekly sync'],
    ]);
    expect(records[0]?.values.participants).toEqual([
      { email: 'ann@acme.com', name: 'Ann Lee', role: 'organizer' },
      { email: 'bo@customer.io', role: 'attendee', responseStatus: 'accepted' },
    ]);
    expect(records[0]?.raw).toBe(WEEKLY.slice(17, 28).join('\r\n'));
  });

  it('gives the same external ids when the file is read again', async () => {
    const path = await calendar('again.ics', [...WEEKLY, 'BEGIN:VEVENT', 'SUMMARY:No UID here', 'DTSTART:20240510T120000Z', 'END:VEVENT']);
    const ids = async () => (await readAll(path)).records.map((r) => r.values.external_id);
    const first = await ids();
    expect(first).toHaveLength(6);
    expect(first[5]).toMatch(/^ics-[0-9a-f]{32}$/);
    expect(await ids()).toEqual(first);
  });

  it('keeps the local wall time across a DST change of the VTIMEZONE', async () => {
    const path = await calendar('dst.ics', [
      'BEGIN:VTIMEZONE',
      'TZID:America/New_York',
      'BEGIN:DAYLIGHT',
      'TZOFFSETFROM:-0500',
      'TZOFFSETTO:-0400',
      'DTSTART:20070311T020000',
      'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU',
      'END:DAYLIGHT',
      'BEGIN:STANDARD',
      'TZOFFSETFROM:-0400',
      'TZOFFSETTO:-0500',
      'DTSTART:20071104T020000',
      'RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU',
      'END:STANDARD',
      'END:VTIMEZONE',
      'BEGIN:VEVENT',
      'UID:standup',
      'DTSTART;TZID=America/New_York:20240309T090000',
      'DURATION:PT15M',
      'RRULE:FREQ=DAILY;UNTIL=20240311T235959Z',
      'END:VEVENT',
    ]);
    const { records } = await readAll(path);
    expect(records.map((r) => [r.values.occurred_at, r.values.ended_at])).toEqual([
      ['2024-03-09T14:00:00.000Z', '2024-03-09T14:15:00.000Z'],
      ['2024-03-10T13:00:00.000Z', '2024-03-10T13:15:00.000Z'],
      ['2024-03-11T13:00:00.000Z', '2024-03-11T13:15:00.000Z'],
    ]);
  });

  const FOREVER = ['BEGIN:VEVENT', 'UID:forever', 'DTSTART:20240101T100000Z', 'DTEND:20240101T110000Z', 'RRULE:FREQ=WEEKLY', 'END:VEVENT'];
  const ONE_OFF = ['BEGIN:VEVENT', 'UID:kickoff', 'DTSTART:20200601T100000Z', 'END:VEVENT'];

  it('expands within expandFrom..expandUntil, and reads a single event whatever the range', async () => {
    const path = await calendar('range.ics', [...FOREVER, ...ONE_OFF]);
    const { records } = await readAll(path, { expandFrom: '2024-03-01T00:00:00Z', expandUntil: '2024-03-31T23:59:59Z' });
    expect(records.map((r) => r.values.external_id)).toEqual([
      'forever/2024-03-04T10:00:00.000Z',
      'forever/2024-03-11T10:00:00.000Z',
      'forever/2024-03-18T10:00:00.000Z',
      'forever/2024-03-25T10:00:00.000Z',
      'kickoff',
    ]);
  });

  it('stops a series with no COUNT, UNTIL or expandUntil 3 years after its start', async () => {
    const path = await calendar('default-end.ics', FOREVER);
    const { records } = await readAll(path);
    expect(records).toHaveLength(157);
    expect(records.at(-1)?.values.occurred_at).toBe('2026-12-28T10:00:00.000Z');
  });

  it('reads at most 2,000 occurrences of a series', async () => {
    const path = await calendar('cap.ics', ['BEGIN:VEVENT', 'UID:daily', 'DTSTART:20240101T100000Z', 'RRULE:FREQ=DAILY', 'END:VEVENT']);
    const { records, issues } = await readAll(path, { expandUntil: '2040-01-01T00:00:00Z' });
    expect(issues).toEqual([]);
    expect(records).toHaveLength(2000);
    expect(records.at(-1)?.values.occurred_at).toBe('2029-06-22T10:00:00.000Z');
  });

  it('adds RDATEs to the series', async () => {
    const path = await calendar('rdate.ics', ['BEGIN:VEVENT', 'UID:r', 'DTSTART:20240105T100000Z', 'RRULE:FREQ=MONTHLY;COUNT=2', 'RDATE:20240120T150000Z', 'END:VEVENT']);
    const { records } = await readAll(path);
    expect(records.map((r) => r.values.occurred_at)).toEqual(['2024-01-05T10:00:00.000Z', '2024-01-20T15:00:00.000Z', '2024-02-05T10:00:00.000Z']);
  });
});

describe('icsReader: events', () => {
  it('reads all-day events from 00:00 UTC of their DATE to DTEND, or to the next day', async () => {
    const path = await calendar('all-day.ics', [
      'BEGIN:VEVENT',
      'UID:offsite',
      'DTSTART;VALUE=DATE:20240501',
      'DTEND;VALUE=DATE:20240503',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'UID:holiday',
      'DTSTART;VALUE=DATE:20240509',
      'END:VEVENT',
    ]);
    const { records } = await readAll(path);
    expect(records.map((r) => r.values)).toMatchObject([
      { external_id: 'offsite', occurred_at: '2024-05-01T00:00:00.000Z', ended_at: '2024-05-03T00:00:00.000Z', all_day: true },
      { external_id: 'holiday', occurred_at: '2024-05-09T00:00:00.000Z', ended_at: '2024-05-10T00:00:00.000Z', all_day: true },
    ]);
  });

  it('maps PARTSTAT, lower-cases addresses and keeps only people with an address', async () => {
    const path = await calendar('people.ics', [
      'BEGIN:VEVENT',
      'UID:qbr',
      'DTSTART:20240601T150000Z',
      'ORGANIZER;CN="Ann Lee":MAILTO:Ann.Lee@Acme.com',
      'ATTENDEE;CN=Ann Lee;PARTSTAT=ACCEPTED:mailto:ann.lee@acme.com',
      'ATTENDEE;CN=Bo;PARTSTAT=ACCEPTED:mailto:bo@customer.io',
      'ATTENDEE;PARTSTAT=DECLINED:mailto:cy@customer.io',
      'ATTENDEE;PARTSTAT=tentative:mailto:di@customer.io',
      'ATTENDEE;PARTSTAT=NEEDS-ACTION:mailto:ed@customer.io',
      'ATTENDEE;PARTSTAT=DELEGATED:mailto:fay@customer.io',
      'ATTENDEE:mailto:gus@customer.io',
      'ATTENDEE;CN=gus@customer.io;PARTSTAT=ACCEPTED:mailto:GUS@customer.io',
      'ATTENDEE;CUTYPE=ROOM;CN=Room 4:mailto:room-4@acme.com',
      'ATTENDEE;CN=Projector:Projector',
      'ATTENDEE;PARTSTAT=ACCEPTED:https://example.com/people/hal',
      'ATTENDEE;CN=Ivy;EMAIL=ivy@customer.io:urn:uuid:2a1d6c1e-0000-4000-8000-000000000000',
      'END:VEVENT',
    ]);
    const { records } = await readAll(path);
    expect(records[0]?.values.participants).toEqual([
      { email: 'ann.lee@acme.com', name: 'Ann Lee', role: 'organizer', responseStatus: 'accepted' },
      { email: 'bo@customer.io', name: 'Bo', role: 'attendee', responseStatus: 'accepted' },
      { email: 'cy@customer.io', role: 'attendee', responseStatus: 'declined' },
      { email: 'di@customer.io', role: 'attendee', responseStatus: 'tentative' },
      { email: 'ed@customer.io', role: 'attendee', responseStatus: 'needs_action' },
      { email: 'fay@customer.io', role: 'attendee', responseStatus: 'declined' },
      { email: 'gus@customer.io', role: 'attendee', responseStatus: 'needs_action' },
      { email: 'ivy@customer.io', name: 'Ivy', role: 'attendee', responseStatus: 'needs_action' },
    ]);
  });

  it('unfolds lines and reads a file with a BOM and CRLF, with lines counted from the top', async () => {
    const path = await calendar(
      'folded.ics',
      [
        'BEGIN:VEVENT', // line 4
        'UID:folded',
        'DTSTART:20240601T150000Z',
        'SUMMARY:Renewal call with a very long title that the exporter folded over',
        '  two lines',
        'DESCRIPTION:Agenda:\\n1. pricing\\, seats\\n2. next steps',
        'ATTENDEE;CN=Bo;PARTSTAT=ACC',
        ' EPTED:mailto:bo@custo',
        ' mer.io',
        'END:VEVENT',
      ],
      '\ufeff',
    );
    const { records } = await readAll(path);
    expect(records[0]?.line).toBe(4);
    expect(records[0]?.values).toMatchObject({
      subject: 'Renewal call with a very long title that the exporter folded over two lines',
      body_text: 'Agenda:\n1. pricing, seats\n2. next steps',
      participants: [{ email: 'bo@customer.io', name: 'Bo', role: 'attendee', responseStatus: 'accepted' }],
    });
  });

  it('cuts raw to RAW_PREVIEW_CHARS and yields batches of batchSize', async () => {
    const long = 'x'.repeat(5000);
    const lines = Array.from({ length: 5 }, (_, i) => ['BEGIN:VEVENT', `UID:e${i}`, `DTSTART:2024060${i + 1}T150000Z`, `DESCRIPTION:${long}`, 'END:VEVENT']).flat();
    const path = await calendar('batches.ics', lines);
    const { batches } = await icsReader.open(path, { batchSize: 2 });
    const sizes: number[] = [];
    for await (const batch of batches) {
      sizes.push(batch.length);
      for (const r of batch) if (r.ok) expect(r.record.raw).toHaveLength(4096);
    }
    expect(sizes).toEqual([2, 2, 1]);
  });
});

describe('icsReader: rejects', () => {
  it('rejects broken events at their BEGIN:VEVENT line and reads the rest', async () => {
    const path = await calendar('broken.ics', [
      'BEGIN:VEVENT', // 4
      'UID:good',
      'DTSTART:20240601T150000Z',
      'END:VEVENT',
      'BEGIN:VEVENT', // 8
      'UID:no-start',
      'SUMMARY:When?',
      'END:VEVENT',
      'BEGIN:VEVENT', // 12
      'UID:backwards',
      'DTSTART:20240601T150000Z',
      'DTEND:20240601T140000Z',
      'END:VEVENT',
      'BEGIN:VEVENT', // 17
      'UID:never',
      'DTSTART:20240101T100000Z',
      'RRULE:FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30',
      'END:VEVENT',
      'BEGIN:VEVENT', // 22
      'UID:weekly-monthday',
      'DTSTART:20240101T100000Z',
      'RRULE:FREQ=WEEKLY;BYMONTHDAY=3',
      'END:VEVENT',
      'BEGIN:VEVENT', // 27
      'UID:bad-param',
      'DTSTART;TZID="Europe/Berlin:20240101T100000"',
      'END:VEVENT',
      'BEGIN:VTODO', // 31: not a meeting
      'UID:todo',
      'DTSTART:20240101T100000Z',
      'END:VTODO',
      'BEGIN:VEVENT', // 35: cut short by the next event
      'UID:cut',
      'DTSTART:20240601T150000Z',
      'BEGIN:VEVENT', // 38
      'UID:last',
      'DTSTART:20240602T150000Z',
      'END:VEVENT',
    ]);
    const { records, issues } = await readAll(path);
    expect(records.map((r) => [r.line, r.values.external_id])).toEqual([
      [4, 'good'],
      [38, 'last'],
    ]);
    expect(issues.map((i) => [i.line, i.code, i.message])).toMatchInlineSnapshot(`
      [
        [
          8,
          "malformed_event",
          "event no-start: the event has no DTSTART",
        ],
        [
          12,
          "malformed_event",
          "event backwards: it ends (2024-06-01T14:00:00Z) before it starts (2024-06-01T15:00:00Z)",
        ],
        [
          17,
          "invalid_recurrence",
          "the RRULE "FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30" of event never cannot be expanded: no next occurrence within 20,000 steps of its frequency: its BY parts exclude each other (e.g. BYMONTH=2;BYMONTHDAY=30)",
        ],
        [
          22,
          "invalid_recurrence",
          "the RRULE "FREQ=WEEKLY;BYMONTHDAY=3" of event weekly-monthday cannot be expanded: For WEEKLY recurrences neither BYMONTHDAY nor BYYEARDAY may appear",
        ],
        [
          27,
          "malformed_event",
          "event bad-param cannot be parsed: Missing parameter value in 'DTSTART;TZID="Europe/Berlin:20240101T100000"'",
        ],
        [
          35,
          "malformed_event",
          "event cut has no END:VEVENT: the next event or the end of the file came first",
        ],
      ]
    `);
    expect(issues[0]?.raw).toBe('BEGIN:VEVENT\r\nUID:no-start\r\nSUMMARY:When?\r\nEND:VEVENT');
  });

  it('reports a calendar with no VEVENT as empty', async () => {
    const path = await calendar('todos.ics', ['BEGIN:VTODO', 'UID:t', 'SUMMARY:Send the quote', 'END:VTODO']);
    const { records, issues } = await readAll(path);
    expect(records).toEqual([]);
    expect(issues).toEqual([{ file: path, line: 0, code: 'empty_file', message: 'the file is empty: it has no events (VEVENT)' }]);
  });

  it('rejects a VEVENT over 1 MB with its line and reads the events around it', async () => {
    const attachment = Array.from({ length: 15_000 }, () => ` ${'QUJD'.repeat(18)}`); // 15,000 folded lines of 73 characters
    const path = await calendar('attachment.ics', [
      'BEGIN:VEVENT', // 4
      'UID:before',
      'DTSTART:20240601T150000Z',
      'END:VEVENT',
      'BEGIN:VEVENT', // 8
      'UID:huge',
      'DTSTART:20240602T150000Z',
      'ATTACH;ENCODING=BASE64;VALUE=BINARY:',
      ...attachment,
      'END:VEVENT',
      'BEGIN:VEVENT', // 15,013
      'UID:after',
      'DTSTART:20240603T150000Z',
      'END:VEVENT',
    ]);
    const { records, issues } = await readAll(path);
    expect(records.map((r) => [r.line, r.values.external_id])).toEqual([
      [4, 'before'],
      [15_013, 'after'],
    ]);
    expect(issues.map((i) => [i.line, i.code, i.message])).toEqual([[8, 'malformed_event', 'event huge is 1.1 MB of text, over the 1 MB one event may have (an attachment written into the event?); it was skipped']]);
    expect(issues[0]?.raw?.startsWith('BEGIN:VEVENT\r\nUID:huge\r\n')).toBe(true);
    expect(issues[0]?.raw?.length).toBeLessThanOrEqual(4096);
  });

  it('refuses an expansion range that is not ISO 8601', async () => {
    const path = await calendar('any.ics', []);
    await expect(icsReader.open(path, { expandUntil: 'next year' })).rejects.toThrow('expandUntil must be an ISO 8601 time, got "next year"');
  });
});
