import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestStore, DIALECTS, makeTempDir, selectRows, type TestStore } from '../../test/test-setup.js';
import { importFiles } from './import-files.js';
import { updateImportSettings } from './import-settings.js';
import { assignAddress, listUnmatchedActivities, listUnmatchedAddresses } from './review-list.js';
import { ReviewListError } from './review-list-error.js';

const NOW = '2026-11-23T00:00:00.000Z';
const LATER = '2026-11-24T00:00:00.000Z';

const email = (id: string, from: string, to: string, at: string, subject: string) =>
  JSON.stringify({ external_id: id, type: 'email', occurred_at: at, subject, body_text: `Hello, about ${subject}. Thanks!`, participants: [{ email: from, role: 'from' }, { email: to, role: 'to' }] });

for (const dialect of DIALECTS) {
  describe(`the review list (${dialect})`, () => {
    let test: TestStore;
    let temp: ReturnType<typeof makeTempDir>;
    let files: { accounts: string; users: string; mail: string; contacts: string };
    beforeEach(async () => {
      test = await createTestStore(dialect);
      temp = makeTempDir();
      files = { accounts: join(temp.dir, 'accounts.csv'), users: join(temp.dir, 'internal_users.csv'), mail: join(temp.dir, 'activities.ndjson'), contacts: join(temp.dir, 'contacts.csv') };
      writeFileSync(files.accounts, 'external_id,name,domains\nA-1,Acme,acme.com\nA-2,Globex,globex.io\n');
      writeFileSync(files.users, 'email,name\nrep@ourco.com,Robin Rep\n');
      writeFileSync(
        files.mail,
        [
          email('m1', 'rep@ourco.com', 'pat@acme.com', '2026-11-02T10:00:00Z', 'renewal'),
          email('m2', 'kim@gmail.com', 'rep@ourco.com', '2026-11-03T10:00:00Z', 'question'),
          email('m3', 'rep@ourco.com', 'kim@gmail.com', '2026-11-04T10:00:00Z', 'answer'),
          email('m4', 'lee@partner.org', 'rep@ourco.com', '2026-11-05T10:00:00Z', 'intro'),
          email('m5', 'rep@ourco.com', 'ann@ourco.com', '2026-11-06T10:00:00Z', 'internal'),
        ].join('\n') + '\n',
      );
    });
    afterEach(async () => {
      await test.cleanup();
      temp.remove();
    });

    it('keeps mail no account matches for review, with its addresses and why, and imports the rest', async () => {
      const report = await importFiles(test.store, [files.accounts, files.users, files.mail], { now: NOW });
      const mail = report.files.find((f) => f.file === files.mail);
      expect(mail?.counts).toMatchObject({ rowsRead: 5, inserted: 1, quarantined: 0, unmatched: 4 });
      expect(mail?.unmatchedAddresses).toEqual([{ address: 'kim@gmail.com', activities: 2 }, { address: 'lee@partner.org', activities: 1 }]);
      const page = await listUnmatchedAddresses(test.store, { limit: 10, offset: 0 });
      expect(page.total).toBe(2);
      expect(page.items.map((a) => [a.address, a.activities])).toEqual([['kim@gmail.com', 2], ['lee@partner.org', 1]]);
      const internal = (await listUnmatchedActivities(test.store, { limit: 10 })).find((a) => a.key === 'm5');
      expect(internal).toMatchObject({ reason: 'internal_only', addresses: [], line: 5 });
      // The one matched email knows its direction and sides from who wrote it.
      const [stored] = await selectRows(test.store, 'activities');
      expect(stored).toMatchObject({ external_id: 'm1', direction: 'outbound' });
      expect(JSON.parse(String(stored?.participants))).toEqual([
        { email: 'rep@ourco.com', role: 'from', side: 'internal' },
        { email: 'pat@acme.com', role: 'to', side: 'customer' },
      ]);
      expect(JSON.parse(String(stored?.features))).toMatchObject({ chars: 29, newChars: 29, words: 4 });
    });

    it('re-importing the same mail lists nothing twice', async () => {
      await importFiles(test.store, [files.accounts, files.users, files.mail], { now: NOW });
      const again = await importFiles(test.store, [files.mail], { now: LATER });
      // Still waiting, so counted as unmatched again, but listed once.
      expect(again.totals).toMatchObject({ inserted: 0, unchanged: 1, unmatched: 4 });
      expect((await listUnmatchedActivities(test.store, { limit: 10 })).length).toBe(4);
    });

    it('an assignment imports what waits under the address, audited, and later imports match by it', async () => {
      await importFiles(test.store, [files.accounts, files.users, files.mail], { now: NOW });
      const result = await assignAddress(test.store, { address: 'Kim@Gmail.com', accountExternalId: 'A-2', actor: 'admin@ourco.com', now: LATER });
      expect(result).toMatchObject({ imported: 2, assignment: { address: 'kim@gmail.com', accountExternalId: 'A-2', assignedBy: 'admin@ourco.com' } });
      const rows = await selectRows(test.store, 'activities', ['external_id']);
      expect(rows.map((r) => [r.external_id, r.direction, r.known_at])).toEqual([
        ['m1', 'outbound', NOW],
        ['m2', 'inbound', LATER],
        ['m3', 'outbound', LATER],
      ]);
      expect((await listUnmatchedAddresses(test.store, { limit: 10, offset: 0 })).items.map((a) => a.address)).toEqual(['lee@partner.org']);
      const audit = await selectRows(test.store, 'audit_entries');
      expect(audit.map((a) => [a.action, a.entity_id, a.account_external_id])).toEqual([['address.assign', 'kim@gmail.com', 'A-2']]);

      writeFileSync(join(temp.dir, 'more_activities.ndjson'), `${email('m6', 'kim@gmail.com', 'rep@ourco.com', '2026-11-10T10:00:00Z', 'follow-up')}\n`);
      const later = await importFiles(test.store, [join(temp.dir, 'more_activities.ndjson')], { now: LATER });
      expect(later.totals).toMatchObject({ inserted: 1, unmatched: 0 });
    });

    it('a whole domain can be assigned, but never a free-mail one nor one of ours', async () => {
      await importFiles(test.store, [files.accounts, files.users, files.mail], { now: NOW });
      expect((await assignAddress(test.store, { address: 'partner.org', accountExternalId: 'A-1', actor: 'a', now: LATER })).imported).toBe(1);
      await expect(assignAddress(test.store, { address: 'gmail.com', accountExternalId: 'A-1', actor: 'a', now: LATER })).rejects.toMatchObject({ code: 'free_mail_domain' });
      await expect(assignAddress(test.store, { address: 'ann@ourco.com', accountExternalId: 'A-1', actor: 'a', now: LATER })).rejects.toMatchObject({ code: 'internal_address' });
      await expect(assignAddress(test.store, { address: 'x@y.com', accountExternalId: 'A-404', actor: 'a', now: LATER })).rejects.toBeInstanceOf(ReviewListError);
    });

    it('contacts imported later take their mail off the list when the mailbox is imported again', async () => {
      await importFiles(test.store, [files.accounts, files.users, files.mail], { now: NOW });
      writeFileSync(files.contacts, 'email,account_external_id\nlee@partner.org,A-1\n');
      await importFiles(test.store, [files.contacts, files.mail], { now: LATER });
      const waiting = await listUnmatchedActivities(test.store, { limit: 10 });
      expect(waiting.map((w) => w.key).sort()).toEqual(['m2', 'm3', 'm5']);
    });

    it('with store_bodies false keeps the features of the text but not the text', async () => {
      await updateImportSettings(test.store, { storeBodies: false, internalDomains: ['OurCo.com'] }, { actor: 'admin', at: NOW });
      await importFiles(test.store, [files.accounts, files.mail], { now: NOW });
      const [stored] = await selectRows(test.store, 'activities');
      expect(stored?.body_text).toBeNull();
      expect(JSON.parse(String(stored?.features))).toMatchObject({ chars: 29, words: 4 });
      expect(stored?.direction).toBe('outbound');
    });
  });
}
