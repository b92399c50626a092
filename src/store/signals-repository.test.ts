import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestStore, DIALECTS, makeTempDir, type TestStore } from '../../test/test-setup.js';
import { importFile } from '../ingest/import-file.js';
import { SignalsRepository } from './signals-repository.js';

const NOW = '2026-11-23T00:00:00.000Z';
const at = (date: string) => `${date}T00:00:00.000Z`;

// ACC-1 is renamed on 03-01; ACC-3 is first known on 03-01.
const ACCOUNTS = `external_id,name,domains,known_at
ACC-1,Acme,acme.com,2026-01-01T00:00:00Z
ACC-2,Globex,globex.com,2026-01-01T00:00:00Z
ACC-1,Acme Corp,acme.com,2026-03-01T00:00:00Z
ACC-3,Initech,initech.com,2026-03-01T00:00:00Z
`;

// Not in issue order, so the order read back is the loader's. INV-6 is learned only on 06-01.
const INVOICES = `external_id,account_external_id,issued_date,due_date,amount,status,known_at
INV-1,ACC-1,2026-01-10,2026-02-10,100,open,2026-02-01T00:00:00Z
INV-4,ACC-1,2026-01-20,2026-02-20,400,open,2026-02-01T00:00:00Z
INV-3,ACC-1,2025-12-10,2026-01-10,300,open,2026-02-01T00:00:00Z
INV-2,ACC-2,2026-01-05,2026-02-05,200,open,2026-02-01T00:00:00Z
INV-6,ACC-1,2026-01-20,2026-02-20,600,open,2026-06-01T00:00:00Z
`;

// The second export: INV-1 paid, and a first invoice for ACC-3.
const INVOICES_LATER = `external_id,account_external_id,issued_date,due_date,amount,amount_paid,status,paid_at,known_at
INV-1,ACC-1,2026-01-10,2026-02-10,100,100,paid,2026-03-20T10:00:00Z,2026-04-01T00:00:00Z
INV-5,ACC-3,2026-03-05,2026-04-05,500,,open,,2026-04-01T00:00:00Z
`;

const USAGE = `account_external_id,date,active_users,events,features_used,known_at
ACC-1,2026-01-03,5,50,reports;api,2026-01-04T00:00:00Z
ACC-1,2026-01-01,3,30,reports,2026-01-02T00:00:00Z
ACC-2,2026-01-02,9,90,,2026-01-03T00:00:00Z
ACC-1,2026-01-02,4,40,,2026-01-03T00:00:00Z
`;

for (const dialect of DIALECTS) {
  describe(`SignalsRepository (${dialect})`, () => {
    let test: TestStore;
    let temp: ReturnType<typeof makeTempDir>;
    let ids: Record<string, number>;
    const db = () => test.store.db;

    const write = (dir: string, name: string, content: string) => {
      mkdirSync(join(temp.dir, dir), { recursive: true });
      const path = join(temp.dir, dir, name);
      writeFileSync(path, content);
      return path;
    };
    const importCsv = async (dir: string, name: string, content: string) => {
      const report = await importFile(db(), write(dir, name, content), { now: NOW });
      expect(report.counts.quarantined, `${dir}/${name} imports cleanly`).toBe(0);
      return report;
    };

    beforeEach(async () => {
      test = await createTestStore(dialect);
      temp = makeTempDir();
      await importCsv('first', 'accounts.csv', ACCOUNTS);
      await importCsv('first', 'invoices.csv', INVOICES);
      await importCsv('first', 'usage_days.csv', USAGE);
      const rows = await db().selectFrom('accounts').select(['id', 'external_id']).execute();
      ids = Object.fromEntries(rows.map((r) => [r.external_id, Number(r.id)]));
    });
    afterEach(async () => {
      await test.cleanup();
      temp.remove();
    });

    const invoicesOf = async (account: string, asOf: string) => {
      const signals = await SignalsRepository.load(db(), [ids[account]!], asOf);
      return signals.get(ids[account]!)?.invoices ?? [];
    };

    it('gives the version of an invoice believed before, between and after its two versions', async () => {
      await importCsv('second', 'invoices.csv', INVOICES_LATER);

      expect((await invoicesOf('ACC-1', at('2026-01-15'))).map((i) => i.externalId)).toEqual([]);
      const between = (await invoicesOf('ACC-1', at('2026-03-01'))).find((i) => i.externalId === 'INV-1');
      expect(between).toMatchObject({ status: 'open', knownAt: at('2026-02-01'), accountExternalId: 'ACC-1', amount: 100 });
      expect(between?.paidAt).toBeUndefined();
      const after = (await invoicesOf('ACC-1', at('2026-05-01'))).find((i) => i.externalId === 'INV-1');
      expect(after).toMatchObject({ status: 'paid', paidAt: '2026-03-20T10:00:00.000Z', amountPaid: 100, knownAt: at('2026-04-01'), accountExternalId: 'ACC-1' });
      // Both versions are the same fact: one row id.
      expect(after?.id).toBe(between?.id);
    });

    it('leaves out a fact learned after asOf', async () => {
      expect((await invoicesOf('ACC-1', at('2026-05-31'))).map((i) => i.externalId)).not.toContain('INV-6');
      expect((await invoicesOf('ACC-1', at('2026-06-01'))).map((i) => i.externalId)).toContain('INV-6');
    });

    it('gives the account as it was then, and not at all before it was known', async () => {
      expect(await SignalsRepository.accountIds(db(), at('2026-02-15'))).toEqual([ids['ACC-1'], ids['ACC-2']]);
      expect(await SignalsRepository.accountIds(db(), at('2026-03-01'))).toEqual([ids['ACC-1'], ids['ACC-2'], ids['ACC-3']]);

      const before = await SignalsRepository.load(db(), [ids['ACC-3']!, ids['ACC-1']!], at('2026-02-15'));
      expect([...before.keys()]).toEqual([ids['ACC-1']]);
      expect(before.get(ids['ACC-1']!)?.account).toMatchObject({ id: ids['ACC-1'], externalId: 'ACC-1', name: 'Acme', domains: ['acme.com'], knownAt: at('2026-01-01') });
      const later = await SignalsRepository.load(db(), [ids['ACC-1']!], at('2026-03-02'));
      expect(later.get(ids['ACC-1']!)?.account).toMatchObject({ name: 'Acme Corp', knownAt: at('2026-03-01') });
    });

    it("keeps to the requested accounts: another account's facts are not mixed in", async () => {
      const signals = await SignalsRepository.load(db(), [ids['ACC-2']!], at('2026-05-01'));
      expect([...signals.keys()]).toEqual([ids['ACC-2']]);
      const acc2 = signals.get(ids['ACC-2']!)!;
      expect(acc2.invoices.map((i) => i.externalId)).toEqual(['INV-2']);
      expect(acc2.usageDays.map((u) => [u.accountExternalId, u.date, u.activeUsers])).toEqual([['ACC-2', '2026-01-02', 9]]);
    });

    it('reads only the kinds asked for, and those in full', async () => {
      const all = await SignalsRepository.load(db(), [ids['ACC-1']!], at('2026-07-01'));
      const some = await SignalsRepository.load(db(), [ids['ACC-1']!], at('2026-07-01'), { lists: ['usageDays'] });

      const acc1 = some.get(ids['ACC-1']!)!;
      expect(acc1.invoices).toEqual([]);
      expect(acc1.usageDays).toEqual(all.get(ids['ACC-1']!)?.usageDays);
      expect(acc1.usageDays).toHaveLength(3);
      expect(acc1.account).toEqual(all.get(ids['ACC-1']!)?.account);
    });

    it('sorts each list by when the fact happened, current and past versions together', async () => {
      await importCsv('second', 'invoices.csv', INVOICES_LATER);
      // As of 03-01, INV-1 is read from history, the others from the current table.
      const between = await SignalsRepository.load(db(), [ids['ACC-1']!], at('2026-03-01'));
      expect(between.get(ids['ACC-1']!)?.invoices.map((i) => [i.externalId, i.issuedDate])).toEqual([
        ['INV-3', '2025-12-10'],
        ['INV-1', '2026-01-10'],
        ['INV-4', '2026-01-20'],
      ]);
      const usage = between.get(ids['ACC-1']!)?.usageDays ?? [];
      expect(usage.map((u) => [u.date, u.featuresUsed])).toEqual([
        ['2026-01-01', ['reports']],
        ['2026-01-02', []],
        ['2026-01-03', ['reports', 'api']],
      ]);
      // Same issue date: by id, so INV-4 (imported first) before INV-6.
      const later = await SignalsRepository.load(db(), [ids['ACC-1']!], at('2026-07-01'));
      expect(later.get(ids['ACC-1']!)?.invoices.map((i) => i.externalId)).toEqual(['INV-3', 'INV-1', 'INV-4', 'INV-6']);
    });

    it('names exactly the accounts a later import touched, and none after a re-import of the same file', async () => {
      const before = await SignalsRepository.latestImportId(db());
      expect(before).toBeGreaterThan(0);
      expect(await SignalsRepository.changedAccounts(db(), { importId: before })).toEqual([]);

      const second = await importCsv('second', 'invoices.csv', INVOICES_LATER);
      const changed = await SignalsRepository.changedAccounts(db(), { importId: before });
      expect(changed).toHaveLength(2);
      expect(changed).toEqual([ids['ACC-1'], ids['ACC-3']]);
      const latest = await SignalsRepository.latestImportId(db());
      expect(latest).toBe(second.importId);

      const again = await importCsv('second', 'invoices.csv', INVOICES_LATER);
      expect(again.counts).toMatchObject({ inserted: 0, updated: 0, unchanged: 2 });
      expect(await SignalsRepository.changedAccounts(db(), { importId: latest })).toEqual([]);
      expect(await SignalsRepository.latestImportId(db())).toBe(latest);
    });

    it("counts an account's own new version as a change", async () => {
      const before = await SignalsRepository.latestImportId(db());
      await importCsv('second', 'accounts.csv', 'external_id,name,domains,known_at\nACC-2,Globex Intl,globex.com,2026-05-01T00:00:00Z\n');
      expect(await SignalsRepository.changedAccounts(db(), { importId: before })).toEqual([ids['ACC-2']]);
    });
  });
}

describe('SignalsRepository on an empty store', () => {
  it('has no import and no accounts', async () => {
    const test = await createTestStore('sqlite');
    try {
      expect(await SignalsRepository.latestImportId(test.store.db)).toBe(0);
      expect(await SignalsRepository.accountIds(test.store.db, NOW)).toEqual([]);
      expect((await SignalsRepository.load(test.store.db, [1, 2], NOW)).size).toBe(0);
    } finally {
      await test.cleanup();
    }
  });
});
