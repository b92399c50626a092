import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestStore, DIALECTS, makeTempDir, type TestStore } from '../../test/test-setup.js';
import { generateDemo, type MailFileSummary } from '../demo/index.js';
import { FREE_MAIL_DOMAINS } from '../ingest/index.js';
import { loadDemo } from './load-demo.js';
import { listUnmatchedActivities, listUnmatchedAddresses } from './review-list.js';

const AS_OF = '2026-11-01T00:00:00Z';
const NOW = '2026-11-02T00:00:00.000Z';
const ACCOUNTS = 30;

for (const dialect of DIALECTS) {
  describe(`loadDemo (${dialect})`, () => {
    let test: TestStore;
    let temp: ReturnType<typeof makeTempDir>;
    beforeEach(async () => {
      test = await createTestStore(dialect);
      temp = makeTempDir();
    });
    afterEach(async () => {
      await test.cleanup();
      temp.remove();
    });

    it('lists exactly the planted free-mail and other-domain messages on the review list, with their reasons', async () => {
      // loadDemo writes the default seed; the same options give the same files, and so the same summary.
      const { files } = await generateDemo({ size: ACCOUNTS, asOf: AS_OF, outDir: `${temp.dir}/expected` });
      const mail = files.find((f): f is MailFileSummary => f.format === 'mbox');
      const planted = mail?.unmatchedByKind ?? { free_mail_sender: 0, unknown_domain_sender: 0 };
      expect(planted.free_mail_sender).toBeGreaterThan(0);
      expect(planted.unknown_domain_sender).toBeGreaterThan(0);

      const loaded = await loadDemo(test.store, { size: ACCOUNTS, asOf: AS_OF, directory: `${temp.dir}/demo`, now: NOW });
      const mailReport = loaded.report?.files.find((f) => f.file.endsWith('.mbox'));
      expect(mailReport?.counts.unmatched).toBe(planted.free_mail_sender + planted.unknown_domain_sender);

      const waiting = await listUnmatchedActivities(test.store, { limit: 1000 });
      const byReason = (reason: string) => waiting.filter((w) => w.reason === reason).length;
      expect({ total: waiting.length, free_mail_only: byReason('free_mail_only'), unknown_address: byReason('unknown_address') }).toEqual({
        total: planted.free_mail_sender + planted.unknown_domain_sender,
        free_mail_only: planted.free_mail_sender,
        unknown_address: planted.unknown_domain_sender,
      });
      for (const w of waiting) {
        expect(w.type).toBe('email');
        expect(w.addresses).toHaveLength(1);
        const domain = w.addresses[0]?.split('@')[1] ?? '';
        expect(w.reason === 'free_mail_only' ? FREE_MAIL_DOMAINS.has(domain) : domain.endsWith('-holdings.com'), w.addresses[0]).toBe(true);
      }
      const addresses = await listUnmatchedAddresses(test.store, { limit: 1000, offset: 0 });
      expect(addresses.items.reduce((n, a) => n + a.activities, 0)).toBe(waiting.length);
    });
  });
}
