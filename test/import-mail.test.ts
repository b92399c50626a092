import { writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importFiles } from '../src/app/index.js';
import { createTestStore, DIALECTS, makeTempDir, selectRows, type TestStore } from './test-setup.js';

const MAIL = '/work/shared/corpus/mail';
const NOW = '2026-12-01T00:00:00.000Z';

// The corpus's third-party mail names example.com people throughout, and ponymail's list
// traffic comes from rcbowen.com; those two stand for customer accounts here.
const ACCOUNTS = 'external_id,name,domains\nA-EX,Example Inc,example.com\nA-RB,Bowen Consulting,rcbowen.com\n';

for (const dialect of DIALECTS) {
  describe(`importing the shared mail corpus (${dialect})`, () => {
    let test: TestStore;
    let temp: ReturnType<typeof makeTempDir>;
    let accounts: string;
    beforeEach(async () => {
      test = await createTestStore(dialect);
      temp = makeTempDir();
      accounts = join(temp.dir, 'accounts.csv');
      writeFileSync(accounts, ACCOUNTS);
    });
    afterEach(async () => {
      await test.cleanup();
      temp.remove();
    });

    it('imports every message, lists what matches no account for review, and rejects only what has no date at all', async () => {
      const report = await importFiles(test.store, [accounts, MAIL], { now: NOW, internalDomains: ['mailgun.org', 'xxx.mailgun.org', 'apache.org'] });
      const mail = report.files.filter((f) => f.kind === 'activities');
      expect(mail).toHaveLength(35);
      expect(mail.every((f) => f.fileIssue === undefined)).toBe(true);
      const rejected = mail.flatMap((f) => f.issues.map((i) => `${basename(f.file)}:${i.line} ${i.code}`));
      expect(rejected.sort()).toEqual([
        'flanker-charset-gb18030.eml:1 missing_date',
        'flanker-charset-gb2312.eml:1 missing_date',
        'flanker-missing-final-boundary.eml:1 missing_date',
        'flanker-signed.eml:1 missing_date',
        'talon-reply-outlook.eml:1 missing_date',
      ]);
      const sum = (k: 'rowsRead' | 'inserted' | 'quarantined' | 'unmatched') => mail.reduce((n, f) => n + f.counts[k], 0);
      expect(sum('rowsRead')).toBe(38);
      expect(sum('quarantined')).toBe(5);
      // Nothing is lost: every message read is imported, listed for review, or rejected with its reason.
      expect(sum('inserted') + sum('quarantined') + sum('unmatched')).toBe(38);
      expect(sum('inserted')).toBeGreaterThan(10);

      const rows = await selectRows(test.store, 'activities', ['occurred_at']);
      const ponymail = rows.filter((r) => String(r.subject).includes('Apache-wide announce'));
      expect(ponymail.length).toBeGreaterThanOrEqual(2);
      // A reply names the message it answers, so threads can be rebuilt.
      const ids = new Set(ponymail.map((r) => r.external_id));
      expect(ponymail.some((r) => r.in_reply_to !== null && ids.has(r.in_reply_to))).toBe(true);
      // talon's replies from Gmail, iPhone, Yahoo … to bob@example.com are the customer answering Example Inc.
      const replies = rows.filter((r) => r.subject === 'Re: Test');
      expect(replies.length).toBe(6);
      expect(new Set(replies.map((r) => `${r.account_id} ${r.direction}`))).toEqual(new Set([`${replies[0]?.account_id} inbound`]));
      for (const r of rows) {
        expect(['inbound', 'outbound']).toContain(r.direction);
        expect(JSON.parse(String(r.participants)).every((p: { side?: string }) => p.side === 'internal' || p.side === 'customer')).toBe(true);
        expect(JSON.parse(String(r.features)).chars).toBe(r.body_text === null ? 0 : [...String(r.body_text)].length);
        // A message is known from when it was sent, so history replays mail then; never after the import.
        expect(r.known_at).toBe(String(r.occurred_at) < NOW ? r.occurred_at : NOW);
      }
      expect(rows.some((r) => String(r.known_at) < '2020-01-01')).toBe(true);
    });

    it("makes contacts of the customers at an account's own domains, each once, known from their mail; a re-import makes none", async () => {
      const report = await importFiles(test.store, [accounts, MAIL], { now: NOW, internalDomains: ['mailgun.org', 'xxx.mailgun.org', 'apache.org'] });
      const created = report.files.reduce((n, f) => n + f.contactsCreated, 0);
      const contacts = await selectRows(test.store, 'contacts', ['email']);
      expect(contacts.length).toBe(created);
      expect(created).toBeGreaterThan(0);
      const activities = await selectRows(test.store, 'activities', ['occurred_at']);
      const accountIds = new Map((await selectRows(test.store, 'accounts')).map((a) => [a.external_id, a.id]));
      for (const c of contacts) {
        const domain = String(c.email).split('@')[1];
        expect(['example.com', 'rcbowen.com'], String(c.email)).toContain(domain);
        expect(c.account_id).toBe(accountIds.get(domain === 'example.com' ? 'A-EX' : 'A-RB'));
        // Known from a message they are on, of their account, never later than the import.
        const theirs = activities.filter((a) => a.account_id === c.account_id && String(a.participants).includes(`"${String(c.email)}"`));
        expect(theirs.map((a) => a.known_at), String(c.email)).toContain(c.known_at);
      }
      const again = await importFiles(test.store, [MAIL], { now: '2026-12-02T00:00:00.000Z' });
      expect(again.files.reduce((n, f) => n + f.contactsCreated, 0)).toBe(0);
      expect((await selectRows(test.store, 'contacts')).length).toBe(created);
    });

    it('re-importing the same mail changes nothing and lists nothing again', async () => {
      const first = await importFiles(test.store, [accounts, MAIL], { now: NOW });
      const listed = (await selectRows(test.store, 'unmatched_activities')).length;
      const again = await importFiles(test.store, [MAIL], { now: '2026-12-02T00:00:00.000Z' });
      // What waits for review still waits and is counted so, but is listed once.
      expect(again.totals).toMatchObject({ inserted: 0, updated: 0, unmatched: first.totals.unmatched });
      expect(again.totals.unchanged + again.totals.quarantined + again.totals.unmatched).toBe(again.totals.rowsRead);
      expect((await selectRows(test.store, 'unmatched_activities')).length).toBe(listed);
    });
  });
}

const CALENDAR = '/work/shared/corpus/calendar';

for (const dialect of DIALECTS) {
  describe(`importing the shared calendar corpus (${dialect})`, () => {
    let test: TestStore;
    let temp: ReturnType<typeof makeTempDir>;
    beforeEach(async () => {
      test = await createTestStore(dialect);
      temp = makeTempDir();
      writeFileSync(join(temp.dir, 'accounts.csv'), 'external_id,name,domains\nA-MZ,Mozilla,mozilla.com\nA-EX,Example,example.com\n');
    });
    afterEach(async () => {
      await test.cleanup();
      temp.remove();
    });

    it('imports every meeting with people in it, and reports every other event with its line and a precise reason', async () => {
      const range = { expandFrom: '2016-01-01T00:00:00.000Z', expandUntil: '2027-01-01T00:00:00.000Z' };
      const report = await importFiles(test.store, [join(temp.dir, 'accounts.csv'), CALENDAR], { now: NOW, ...range });
      const calendars = report.files.filter((f) => f.format === 'ics');
      expect(calendars).toHaveLength(24);
      const codes = new Set(calendars.flatMap((f) => f.issues.map((i) => i.code)));
      expect([...codes].sort()).toEqual(['empty_file', 'invalid_recurrence', 'malformed_event', 'no_participants']);
      const issueAt = (file: string) => calendars.find((f) => basename(f.file) === file)?.issues.map((i) => `${i.line} ${i.code}`);
      expect(issueAt('node-ical-badRRULE.ics')).toContain('47 invalid_recurrence');
      expect(issueAt('node-ical-attendee-with-url.ics')).toEqual(['2 malformed_event']);
      expect(issueAt('node-ical-utf8-french-calendar.ics')).toEqual(['0 empty_file']);
      // One issue per event in the report, however many occurrences it has.
      for (const f of calendars) expect(new Set(f.issues.map((i) => `${i.line} ${i.code}`)).size).toBe(f.issues.length);

      const meetings = await selectRows(test.store, 'activities', ['occurred_at']);
      // An event is known from when it was last revised (LAST-MODIFIED, else DTSTAMP), never after the import.
      expect(meetings.every((m) => String(m.known_at) <= NOW)).toBe(true);
      expect(meetings.filter((m) => String(m.known_at) < '2020-01-01').length).toBeGreaterThan(0);
      const mozilla = meetings.find((m) => String(m.participants).includes('stomlinson@mozilla.com'));
      expect(mozilla).toMatchObject({ type: 'meeting', direction: 'inbound', status: 'scheduled' });
      const apple = calendars.find((f) => basename(f.file) === 'node-ical-tentative-apple-calendar.ics');
      expect((apple?.counts.inserted ?? 0) + (apple?.counts.unmatched ?? 0)).toBe(3);
      expect(meetings.filter((m) => m.status === 'cancelled').length + (await selectRows(test.store, 'unmatched_activities')).filter((u) => String(u.record).includes('"cancelled"')).length).toBeGreaterThanOrEqual(1);

      const listed = (await selectRows(test.store, 'unmatched_activities')).length;
      const again = await importFiles(test.store, [CALENDAR], { now: '2026-12-02T00:00:00.000Z', ...range });
      expect(again.totals).toMatchObject({ inserted: 0, updated: 0, unmatched: report.totals.unmatched });
      expect((await selectRows(test.store, 'unmatched_activities')).length).toBe(listed);
    });
  });
}
