import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { icsReader } from './ics-reader.js';
import type { RawRecord, ReadOptions } from './source-reader.js';
import type { RowIssue } from '../row-issue.js';

const CORPUS = '/work/shared/corpus/calendar';

async function readAll(path: string, options: ReadOptions) {
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

/** A record the file must yield: found by its external_id, or by its subject when the id is derived. */
interface Expected {
  readonly line: number;
  readonly values: Readonly<Record<string, unknown>> & ({ readonly external_id: string } | { readonly subject: string });
}

interface CorpusCase {
  readonly file: string;
  readonly range?: { readonly expandFrom: string; readonly expandUntil: string };
  readonly records: number;
  readonly issues: readonly (readonly [line: number, code: string])[];
  readonly expected: readonly Expected[];
  /** Occurrences an EXDATE or a rejected override removed. */
  readonly absent?: readonly string[];
}

const MS_SERIES = '040000008200E00074C5B7101A82E00800000000C8CF296B9654D60100000000000000001000000031C6A267A9E4A2489CEB57D709E7A37F';

const CASES: readonly CorpusCase[] = [
  {
    file: 'icalendar-alarm_outlook_in_future.ics',
    range: { expandFrom: '2024-01-01T00:00:00Z', expandUntil: '2025-01-01T00:00:00Z' },
    // Two biweekly all-day series that EXDATE their second week (a DATE-TIME EXDATE in
    // "GMT Standard Time" against DATE occurrences) and end by UNTIL before the third.
    records: 3,
    issues: [],
    expected: [
      { line: 21, values: { external_id: '111/2024-07-01T00:00:00.000Z', subject: 'test123', occurred_at: '2024-07-01T00:00:00.000Z', ended_at: '2024-07-08T00:00:00.000Z', all_day: true, status: 'scheduled' } },
      { line: 70, values: { subject: 'outlook event with alarm', occurred_at: '2024-10-04T17:30:00.000Z', ended_at: '2024-10-04T18:00:00.000Z', all_day: false, participants: [] } },
    ],
    absent: ['111/2024-07-15T00:00:00.000Z'],
  },
  {
    file: 'node-ical-Office-2012-owa.ics',
    range: { expandFrom: '2020-10-01T00:00:00Z', expandUntil: '2020-12-01T00:00:00Z' },
    // No UIDs: ids are derived. No VTIMEZONEs: the offset in the Windows zone name is used
    // (+10:00 for Sydney although it is summer time there; -05:00 for Eastern).
    records: 3 + 8,
    issues: [],
    expected: [
      { line: 6, values: { subject: 'TEST Syd', occurred_at: '2020-10-28T03:30:00.000Z', ended_at: '2020-10-28T05:00:00.000Z', status: 'scheduled' } },
      { line: 44, values: { subject: 'TEST 3', occurred_at: '2020-11-02T18:30:00.000Z' } },
    ],
  },
  {
    file: 'node-ical-attendee-with-url.ics',
    records: 0,
    issues: [[2, 'malformed_event']],
    expected: [],
  },
  {
    file: 'node-ical-badRRULE.ics',
    range: { expandFrom: '2020-10-12T00:00:00Z', expandUntil: '2020-11-03T23:59:59Z' },
    // Brain Break on weekdays bar the EXDATE of 15 October (16), Budapest from 2 November (2).
    records: 16 + 2,
    issues: [[47, 'invalid_recurrence']],
    expected: [
      { line: 26, values: { external_id: '078tk5i2t4all3kk0jcoi3mdmd@google.com/2020-10-30T15:40:00.000Z', subject: 'Brain Break' } },
      // Denver left summer time on 1 November: the same 09:40 is an hour later in UTC.
      { line: 26, values: { external_id: '078tk5i2t4all3kk0jcoi3mdmd@google.com/2020-11-02T16:40:00.000Z', occurred_at: '2020-11-02T16:40:00.000Z' } },
      // Europe/Budapest has no VTIMEZONE in the file: resolved as an IANA zone.
      { line: 68, values: { external_id: '*Masked away*/2020-11-02T06:20:00.000Z', subject: 'Invalid RRULE property', occurred_at: '2020-11-02T06:20:00.000Z' } },
    ],
    absent: ['078tk5i2t4all3kk0jcoi3mdmd@google.com/2020-10-15T15:40:00.000Z'],
  },
  {
    file: 'node-ical-biweekly-exdate-until.ics',
    range: { expandFrom: '2017-06-01T00:00:00Z', expandUntil: '2017-08-31T00:00:00Z' },
    // Series 1 until 14 August, four EXDATEs in one folded list; series 2 from 14 August,
    // whose floating 06:00 EXDATEs name no occurrence and whose bare-date EXDATE is read as a date.
    records: 6 + 4,
    issues: [],
    expected: [
      { line: 9, values: { external_id: '98765432-ABCD-DCBB-999A-987765432123/2017-07-31T14:00:00.000Z', subject: 'Example of comma-separated exdates', ended_at: '2017-08-01T00:00:00.000Z' } },
      { line: 21, values: { external_id: '1234567-ABCD-ABCD-ABCD-123456789012/2017-08-14T14:00:00.000Z', subject: 'Example of exdate with bad times' } },
    ],
    absent: ['98765432-ABCD-DCBB-999A-987765432123/2017-07-06T14:00:00.000Z', '98765432-ABCD-DCBB-999A-987765432123/2017-08-03T14:00:00.000Z'],
  },
  {
    file: 'node-ical-daily-count-exdate-recurrence-id.ics',
    range: { expandFrom: '2015-07-01T00:00:00Z', expandUntil: '2015-08-01T00:00:00Z' },
    // COUNT=10 less two EXDATEs; the override of 7 July ends before it starts: rejected, and
    // 7 July is not made up from the series in its place.
    records: 7,
    issues: [[11, 'malformed_event']],
    expected: [{ line: 2, values: { external_id: '0000001/2015-07-06T19:00:00.000Z', subject: 'Treasure Hunting', occurred_at: '2015-07-06T19:00:00.000Z', ended_at: '2015-07-06T20:00:00.000Z' } }],
    absent: ['0000001/2015-07-07T19:00:00.000Z', '0000001/2015-07-08T19:00:00.000Z', '0000001/2015-07-10T19:00:00.000Z'],
  },
  {
    file: 'node-ical-dst-transition-rules.ics',
    records: 1,
    issues: [],
    // DTSTART has no TZID (floating): taken as UTC. ORGANIZER is just "mailto": no address.
    expected: [{ line: 21, values: { external_id: 'f683404f-aede-43eb-8774-27f62bb27c92', subject: 'Morgendienst', occurred_at: '2022-10-09T10:00:00.000Z', participants: [] } }],
  },
  {
    file: 'node-ical-event-organizer-cn.ics',
    records: 1,
    issues: [],
    expected: [
      {
        line: 2,
        values: {
          external_id: 'eb9e1bd2-ceba-499f-be77-f02773954c72',
          occurred_at: '2013-04-18T18:00:00.000Z',
          body_text: 'This is an event with an alarm.',
          // A quoted mailto value; CN is only the address again, so no name.
          participants: [{ email: 'stomlinson@mozilla.com', role: 'organizer' }],
        },
      },
    ],
  },
  {
    file: 'node-ical-event-with-valarm.ics',
    records: 1,
    issues: [],
    // `ORGANIZER="mailto:…"` has no colon after the name: no ORGANIZER property at all.
    expected: [{ line: 2, values: { external_id: 'eb9e1bd2-ceba-499f-be77-f02773954c72', subject: 'Event with an alarm', participants: [] } }],
  },
  {
    file: 'node-ical-example-rrule.ics',
    range: { expandFrom: '2017-01-01T00:00:00Z', expandUntil: '2018-01-01T00:00:00Z' },
    records: 7 + 1,
    issues: [],
    expected: [
      {
        line: 21,
        values: {
          external_id: '98765432-ABCD-DCBB-999A-987765432123/2017-06-29T14:00:00.000Z',
          subject: 'Last meeting in June moved to Monday July 3 and shortened to half day',
          occurred_at: '2017-07-03T14:00:00.000Z',
          ended_at: '2017-07-03T17:00:00.000Z',
        },
      },
      { line: 31, values: { external_id: '12354454-ABCD-DCBB-999A-2349872354897', occurred_at: '2017-12-01T19:00:00.000Z' } },
    ],
    absent: ['98765432-ABCD-DCBB-999A-987765432123/2017-07-06T14:00:00.000Z'],
  },
  {
    file: 'node-ical-exchange-custom-tz.ics',
    records: 1,
    issues: [],
    expected: [{ line: 19, values: { subject: 'Test event', occurred_at: '2019-04-30T02:00:00.000Z', ended_at: '2019-04-30T05:00:00.000Z' } }],
  },
  {
    file: 'node-ical-exchange_whole_day_moved_recurrence.ics',
    range: { expandFrom: '2026-02-01T00:00:00Z', expandUntil: '2026-03-31T00:00:00Z' },
    records: 12,
    issues: [],
    expected: [
      // A DATE-TIME RECURRENCE-ID for an all-day series still replaces 26 February.
      { line: 59, values: { external_id: 'exchange-moved-recurrence/2026-02-26T00:00:00.000Z', occurred_at: '2026-02-27T00:00:00.000Z', ended_at: '2026-02-28T00:00:00.000Z', all_day: true } },
      { line: 34, values: { external_id: 'exchange-moved-recurrence/2026-02-19T00:00:00.000Z', subject: 'Exchange Recurring Test', all_day: true } },
    ],
  },
  {
    file: 'node-ical-google-calendar-kiev-tz.ics',
    range: { expandFrom: '2016-08-01T00:00:00Z', expandUntil: '2016-09-01T00:00:00Z' },
    records: 4,
    issues: [],
    expected: [
      { line: 27, values: { external_id: '6m2q7kb2l02798oagemrcgm6pk@google.com/2016-08-26T11:00:00.000Z', subject: 'bla bla' } },
      { line: 42, values: { external_id: '6m2q7kb2l02798oagemrcgm6pk@google.com/2016-08-28T11:00:00.000Z', subject: 'repeated' } },
    ],
  },
  {
    file: 'node-ical-meetup-timed-tz.ics',
    records: 1,
    issues: [],
    expected: [
      {
        line: 21,
        values: {
          external_id: 'event_nsmxnyppbfc@meetup.com',
          occurred_at: '2011-11-10T02:00:00.000Z',
          ended_at: '2011-11-10T04:00:00.000Z',
          body_text: expect.stringMatching(/^Phoenix Drupal User Group\nWednesday, November 9 at 7:00 PM\n\nCustomizing node display with template pages in Drupal 6\n\n Jon Sheehan and/),
        },
      },
    ],
  },
  {
    file: 'node-ical-ms_timezones.ics',
    range: { expandFrom: '2020-09-01T00:00:00Z', expandUntil: '2020-09-30T23:59:59Z' },
    // Two single events, and the Tu/Th/Fr/Su series' 17 September days bar the EXDATE of the 3rd.
    records: 2 + 16,
    issues: [[145, 'malformed_event']],
    expected: [
      { line: 122, values: { subject: 'test', occurred_at: '2020-09-10T07:00:00.000Z', body_text: 'test new event 1' } },
      { line: 170, values: { subject: 'Not the actual summary 1', occurred_at: '2020-09-15T15:30:00.000Z' } },
      { line: 192, values: { external_id: `${MS_SERIES}/2020-09-01T19:00:00.000Z`, subject: 'Not the actual summary either' } },
    ],
    absent: [`${MS_SERIES}/2020-09-03T19:00:00.000Z`],
  },
  {
    file: 'node-ical-multi-event-basic.ics',
    records: 8,
    issues: [[71, 'malformed_event']],
    expected: [
      { line: 7, values: { subject: 'Dyncon 2011', occurred_at: '2011-03-12T20:00:00.000Z', ended_at: '2011-03-14T00:00:00.000Z', all_day: false } },
      { line: 23, values: { subject: 'JSConf US 2011', occurred_at: '2011-05-02T00:00:00.000Z', ended_at: '2011-05-04T00:00:00.000Z', all_day: true } },
    ],
  },
  {
    file: 'node-ical-recurrence-sequence.ics',
    range: { expandFrom: '2024-01-01T00:00:00Z', expandUntil: '2024-02-01T00:00:00Z' },
    // 5 daily occurrences, 2 replaced by their highest-SEQUENCE override, plus 2 overrides
    // whose RECURRENCE-ID names no occurrence of the rule (read on their own).
    records: 7,
    issues: [],
    expected: [
      { line: 13, values: { external_id: 'sequence-test@node-ical.test/2024-01-02T10:00:00.000Z', subject: 'Moved to afternoon (SEQUENCE 3)', occurred_at: '2024-01-02T14:00:00.000Z' } },
      { line: 40, values: { external_id: 'sequence-test@node-ical.test/2024-01-03T10:00:00.000Z', subject: 'Newer override (SEQUENCE 5) - should win', occurred_at: '2024-01-03T15:00:00.000Z' } },
      { line: 49, values: { external_id: 'sequence-test@node-ical.test/2024-01-04T09:00:00.000Z', subject: 'Morning slot (SEQUENCE 2)' } },
      { line: 4, values: { external_id: 'sequence-test@node-ical.test/2024-01-04T10:00:00.000Z', subject: 'Daily Meeting' } },
    ],
  },
  {
    file: 'node-ical-sabredav-school-holidays.ics',
    records: 1,
    issues: [],
    expected: [{ line: 25, values: { external_id: '56df0d2b37ded@67.calovo', subject: 'Sommerferien Sachsen', occurred_at: '2018-07-02T00:00:00.000Z', ended_at: '2018-08-11T00:00:00.000Z', all_day: true } }],
  },
  {
    file: 'node-ical-tentative-apple-calendar.ics',
    records: 4,
    issues: [],
    expected: [
      // The organizer is also the attendee: one entry, with the attendee's answer.
      { line: 8, values: { subject: 'Tentative', status: 'scheduled', participants: [{ email: 'tentative@example.com', role: 'organizer', responseStatus: 'tentative' }] } },
      { line: 26, values: { subject: 'Confirmed', occurred_at: '2022-07-05T16:00:00.000Z', participants: [{ email: 'confirmed@example.com', role: 'organizer', responseStatus: 'needs_action' }] } },
      { line: 44, values: { subject: 'Cancelled', status: 'cancelled' } },
      { line: 62, values: { subject: 'No Status', status: 'scheduled', participants: [] } },
    ],
  },
  {
    file: 'node-ical-test_with_tz_list.ics',
    range: { expandFrom: '2020-01-01T00:00:00Z', expandUntil: '2030-01-01T00:00:00Z' },
    // Its UNTIL (2021) is before its DTSTART (2024) and an EXDATE removes DTSTART itself:
    // the series has no occurrence, which is no error.
    records: 0,
    issues: [],
    expected: [],
  },
  {
    file: 'node-ical-utf8-french-calendar.ics',
    records: 0,
    issues: [[0, 'empty_file']],
    expected: [],
  },
  {
    file: 'node-ical-vtodo-vfreebusy.ics',
    records: 3,
    issues: [],
    expected: [
      { line: 8, values: { subject: 'Coffee with Jason', occurred_at: '2002-10-28T22:00:00.000Z' } },
      { line: 21, values: { subject: 'Code Review', occurred_at: '2002-11-27T20:00:00.000Z', ended_at: '2002-11-27T21:00:00.000Z' } },
    ],
  },
  {
    file: 'node-ical-whole_day_moved_over_dst_change_berlin.ics',
    records: 3,
    issues: [],
    expected: [{ line: 15, values: { external_id: '14nv8jl8d6dvdbl477lod4fftf@google.com/2024-10-28T00:00:00.000Z', occurred_at: '2024-10-30T00:00:00.000Z', ended_at: '2024-10-31T00:00:00.000Z', all_day: true } }],
  },
  {
    file: 'node-ical-windows-quoted-tz-rrule.ics',
    // DTSTART is in "(UTC-05:00) Eastern…" (read as -05:00), the EXDATEs in America/Los_Angeles:
    // 12:00 in Los Angeles is no occurrence of the series, so all 10 are read.
    records: 10,
    issues: [],
    expected: [{ line: 2, values: { external_id: '0000001/2015-07-06T17:00:00.000Z', subject: 'Treasure Hunting', ended_at: '2015-07-06T20:00:00.000Z' } }],
  },
];

describe('icsReader on the calendar corpus', () => {
  it('has a case for every file in the corpus', () => {
    expect(CASES.map((c) => c.file).sort()).toEqual(readdirSync(CORPUS).filter((f) => f.endsWith('.ics')).sort());
  });

  for (const c of CASES) {
    it(`${c.file}: ${c.records} records, issues ${JSON.stringify(c.issues)}`, async () => {
      const { records, issues } = await readAll(join(CORPUS, c.file), c.range ?? {});
      expect(issues.map((i) => [i.line, i.code])).toEqual(c.issues);
      expect(records).toHaveLength(c.records);
      for (const e of c.expected) {
        const found = records.find((r) => ('external_id' in e.values ? r.values.external_id === e.values.external_id : r.values.subject === e.values.subject));
        expect(found, JSON.stringify(e.values)).toBeDefined();
        expect(found?.line).toBe(e.line);
        expect(found?.values).toMatchObject({ type: 'meeting', ...e.values });
      }
      const ids = new Set(records.map((r) => r.values.external_id));
      for (const id of c.absent ?? []) expect(ids.has(id), id).toBe(false);
    });
  }

  it('names the rule and the UID of a series it cannot expand', async () => {
    const { issues } = await readAll(join(CORPUS, 'node-ical-badRRULE.ics'), { expandUntil: '2021-01-01T00:00:00Z' });
    expect(issues[0]?.message).toMatchInlineSnapshot(
      `"the RRULE "RRULE:AnythingRandom;FREQ=WEEKLY;BYDAY=FR,MO,TH,TU,WE" of event 11le1ep09hvog7dbotn6foj38e@google.com cannot be expanded: "RRULE:AnythingRandom" is not a rule part (NAME=VALUE)"`,
    );
    expect(issues[0]?.raw).toMatch(/^BEGIN:VEVENT\nDTSTART;TZID=America\/Denver:20200903T095000\n[\s\S]*END:VEVENT$/);
  });

  it('tells which event ical.js could not parse, and reads the others', async () => {
    const { records, issues } = await readAll(join(CORPUS, 'node-ical-ms_timezones.ics'), { expandFrom: '2020-09-01T00:00:00Z', expandUntil: '2020-09-02T00:00:00Z' });
    // The two single events lie outside the range, which bounds only the series (1 September).
    expect(records.map((r) => [r.line, r.values.subject])).toEqual([
      [122, 'test'],
      [170, 'Not the actual summary 1'],
      [192, 'Not the actual summary either'],
    ]);
    expect(issues[0]?.message).toMatchInlineSnapshot(
      `"event 040000008200E00074C5B7101A82E008000000008001F1896B63D3010000000000000000100000005D0552D848712746896D6C8E2E066560 cannot be parsed: Missing parameter value in 'DTSTART;TZID="W. Europe Standard Time:20200609T090000"'"`,
    );
  });
});
