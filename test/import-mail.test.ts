import { writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importFiles } from '../src/app/index.js';
import { createTestStore, DIALECTS, makeTempDir, selectRows, type TestStore } from './test-setup.js';

const MAIL = join(import.meta.dirname, '../../shared/corpus/mail');
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
      }
    });

    it('re-importing the same mail changes nothing and lists nothing again', async () => {
      await importFiles(test.store, [accounts, MAIL], { now: NOW });
      const again = await importFiles(test.store, [MAIL], { now: '2026-12-02T00:00:00.000Z' });
      expect(again.totals).toMatchObject({ inserted: 0, updated: 0, unmatched: 0 });
    });
  });
}
