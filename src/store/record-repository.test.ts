import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestStore, DIALECTS, makeTempDir, type TestStore } from '../../test/test-setup.js';
import { importFile } from '../ingest/import-file.js';
import { RecordRepository } from './record-repository.js';

const NOW = '2026-11-23T00:00:00.000Z';
const at = (date: string) => `${date}T00:00:00.000Z`;

const ACCOUNTS = `external_id,name,known_at
ACC-1,Acme,2026-01-01T00:00:00Z
ACC-2,Globex,2026-01-01T00:00:00Z
`;
// INV-2 and INV-3 share an issue date, so the page order falls back to the id.
const INVOICES = `external_id,account_external_id,issued_date,due_date,amount,status,known_at
INV-1,ACC-1,2026-01-10,2026-02-10,100,open,2026-02-01T00:00:00Z
INV-2,ACC-1,2026-02-10,2026-03-10,200,open,2026-02-11T00:00:00Z
INV-3,ACC-1,2026-02-10,2026-03-10,300,open,2026-02-11T00:00:00Z
INV-9,ACC-2,2026-02-10,2026-03-10,900,open,2026-02-11T00:00:00Z
`;
const INVOICES_LATER = `external_id,account_external_id,issued_date,due_date,amount,amount_paid,status,paid_at,known_at
INV-1,ACC-1,2026-01-10,2026-02-10,100,100,paid,2026-03-20T10:00:00Z,2026-04-01T00:00:00Z
`;
// Both accounts used the product on 01-02: a usage day's evidence id (its date) names one only within an account.
const USAGE = `account_external_id,date,active_users,features_used,known_at
ACC-1,2026-01-02,4,reports;api,2026-01-03T00:00:00Z
ACC-2,2026-01-02,9,,2026-01-03T00:00:00Z
`;
const SURVEYS = `account_external_id,contact_email,kind,score,responded_at,known_at
ACC-1,ann@acme.com,nps,9,2026-01-05T10:00:00Z,2026-01-06T00:00:00Z
`;

for (const dialect of DIALECTS) {
  describe(`RecordRepository (${dialect})`, () => {
    let test: TestStore;
    let temp: ReturnType<typeof makeTempDir>;
    const ids: Record<string, number> = {};
    const db = () => test.store.db;
    const importCsv = async (dir: string, name: string, content: string) => {
      mkdirSync(join(temp.dir, dir), { recursive: true });
      const path = join(temp.dir, dir, name);
      writeFileSync(path, content);
      const report = await importFile(db(), path, { now: NOW });
      expect(report.counts.quarantined, `${dir}/${name} imports cleanly`).toBe(0);
    };

    beforeAll(async () => {
      test = await createTestStore(dialect);
      temp = makeTempDir();
      await importCsv('first', 'accounts.csv', ACCOUNTS);
      await importCsv('first', 'invoices.csv', INVOICES);
      await importCsv('first', 'usage_days.csv', USAGE);
      await importCsv('first', 'survey_responses.csv', SURVEYS);
      await importCsv('second', 'invoices.csv', INVOICES_LATER);
      for (const r of await db().selectFrom('accounts').select(['id', 'external_id']).execute()) ids[r.external_id] = Number(r.id);
    });
    afterAll(async () => {
      await test.cleanup();
      temp.remove();
    });

    it("pages an account's invoices newest first by issue date, then id, within a date range", async () => {
      const all = await RecordRepository.list(db(), 'invoices', { accountId: ids['ACC-1']!, limit: 10 });
      expect(all.map((r) => r.recordKey)).toEqual(['INV-3', 'INV-2', 'INV-1']);
      expect(all[2]).toMatchObject({ kind: 'invoices', accountExternalId: 'ACC-1', knownAt: at('2026-04-01'), fields: { externalId: 'INV-1', status: 'paid', amountPaid: 100, issuedDate: '2026-01-10' } });
      const [first] = all;
      const next = await RecordRepository.list(db(), 'invoices', { accountId: ids['ACC-1']!, limit: 10, after: [String(first?.fields.issuedDate), first?.id ?? 0] });
      expect(next.map((r) => r.recordKey)).toEqual(['INV-2', 'INV-1']);
      // A date field is compared by day: from noon on 02-09 the first day in range is 02-10.
      const ranged = await RecordRepository.list(db(), 'invoices', { accountId: ids['ACC-1']!, from: '2026-02-09T12:00:00.000Z', to: at('2026-02-10'), limit: 10 });
      expect(ranged.map((r) => r.recordKey)).toEqual(['INV-3', 'INV-2']);
    });

    it('finds a record by its natural key, as it was known at a moment', async () => {
      expect((await RecordRepository.find(db(), 'invoices', { key: 'INV-1' }))?.fields.status).toBe('paid');
      expect((await RecordRepository.find(db(), 'invoices', { key: 'INV-1' }, at('2026-03-01')))?.fields).toMatchObject({ status: 'open' });
      expect(await RecordRepository.find(db(), 'invoices', { key: 'INV-1' }, at('2026-01-15'))).toBeUndefined();
    });

    it('finds a record by its evidence id only within its account', async () => {
      const day = await RecordRepository.find(db(), 'usage_days', { key: '2026-01-02', accountId: ids['ACC-2']! });
      expect(day).toMatchObject({ recordKey: 'ACC-2|2026-01-02', accountExternalId: 'ACC-2', fields: { activeUsers: 9 } });
      expect(await RecordRepository.find(db(), 'usage_days', { key: '2026-01-02' })).toBeUndefined();
      expect((await RecordRepository.find(db(), 'usage_days', { key: 'ACC-1|2026-01-02' }))?.fields.featuresUsed).toEqual(['reports', 'api']);
      const survey = await RecordRepository.find(db(), 'survey_responses', { key: 'nps@2026-01-05T10:00:00.000Z', accountId: ids['ACC-1']! });
      expect(survey?.fields).toMatchObject({ kind: 'nps', score: 9 });
      // Another account's invoice is not found through this one.
      expect(await RecordRepository.find(db(), 'invoices', { key: 'INV-9', accountId: ids['ACC-1']! })).toBeUndefined();
    });
  });
}
