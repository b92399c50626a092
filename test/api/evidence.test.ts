import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../test-setup.js';
import { startApiHarness, type ApiHarness } from './api-harness.js';

interface Item {
  kind: string;
  id: number;
  recordKey: string;
  knownAt: string;
  accountExternalId: string;
  [field: string]: unknown;
}
interface Page {
  kind: string;
  items: Item[];
  nextCursor: string | null;
}

for (const dialect of DIALECTS) {
  describe(`evidence records API (${dialect})`, () => {
    let h: ApiHarness;
    let mine: string;
    let theirs: string;
    beforeAll(async () => {
      h = await startApiHarness(dialect);
      mine = h.repAccounts[0] as string;
      theirs = h.otherRepAccounts[0] as string;
    }, 180_000);
    afterAll(async () => h?.close());

    const countOf = async (table: string, account: string) => {
      const { rows } = await sql<{ n: number }>`select count(*) as n from ${sql.table(table)} t join accounts a on a.id = t.account_id where a.external_id = ${account}`.execute(h.store.db);
      return Number(rows[0]?.n);
    };

    it("walks an account's usage days newest first with the cursor, each once, with their wire-typed fields", async () => {
      const seen: Item[] = [];
      let cursor: string | null = null;
      do {
        const res: { status: number; body: Page } = await h.json<Page>('rep', `/api/v1/accounts/${mine}/records/usage_days?limit=40${cursor ? `&cursor=${cursor}` : ''}`);
        expect(res.status).toBe(200);
        expect(res.body.kind).toBe('usage_days');
        seen.push(...res.body.items);
        cursor = res.body.nextCursor;
      } while (cursor);
      expect(seen.length).toBe(await countOf('usage_days', mine));
      expect(seen.length).toBeGreaterThan(40);
      expect(new Set(seen.map((r) => r.id)).size).toBe(seen.length);
      const dates = seen.map((r) => r.date as string);
      expect(dates).toEqual([...dates].sort().reverse());
      const [newest] = seen;
      expect(newest).toMatchObject({ kind: 'usage_days', accountExternalId: mine, recordKey: `${mine}|${newest?.date}`, activeUsers: expect.any(Number), featuresUsed: expect.any(Array) });
      expect(newest?.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    });

    it('bounds a list by the kind\'s time field, both ends inclusive', async () => {
      const all = (await h.json<Page>('rep', `/api/v1/accounts/${mine}/records/invoices?limit=200`)).body.items;
      expect(all.length).toBeGreaterThan(1);
      const middle = all[all.length - 1]?.issuedDate as string;
      const ranged = (await h.json<Page>('rep', `/api/v1/accounts/${mine}/records/invoices?from=${middle}&to=${middle}`)).body.items;
      expect(ranged.length).toBeGreaterThan(0);
      expect(ranged.every((r) => r.issuedDate === middle)).toBe(true);
      expect(ranged.map((r) => r.id)).toEqual(all.filter((r) => r.issuedDate === middle).map((r) => r.id));
      // A record can be read by its natural key too.
      const one = await h.json('rep', `/api/v1/records/invoices/${encodeURIComponent(ranged[0]?.recordKey as string)}`);
      expect(one.status).toBe(200);
      expect(one.body).toEqual(ranged[0]);
    });

    it('rejects an unknown kind, a reversed range, a range on contacts and a made-up cursor, naming the field', async () => {
      const cases: Array<[string, string]> = [
        [`/api/v1/accounts/${mine}/records/widgets`, 'kind'],
        [`/api/v1/accounts/${mine}/records/tickets?from=2026-11-01&to=2026-10-01`, 'from'],
        [`/api/v1/accounts/${mine}/records/contacts?from=2026-11-01`, 'from'],
        [`/api/v1/accounts/${mine}/records/tickets?limit=0`, 'limit'],
        [`/api/v1/accounts/${mine}/records/tickets?cursor=bm9wZQ`, 'cursor'],
        ['/api/v1/records/widgets/X-1', 'kind'],
        ['/api/v1/records/invoices/X-1?asOf=someday', 'asOf'],
      ];
      for (const [path, field] of cases) {
        const res = await h.json('rep', path);
        expect(res.status, path).toBe(400);
        expect(res.body.errors[0], path).toMatchObject({ field });
      }
    });

    it("answers 404 to a rep for another rep's records, listed or by id, and lets their owner read them", async () => {
      expect((await h.json('rep', `/api/v1/accounts/${theirs}/records/invoices`)).status).toBe(404);
      const theirInvoice = (await h.json<Page>('otherRep', `/api/v1/accounts/${theirs}/records/invoices`)).body.items[0] as Item;
      const byKey = await h.json('rep', `/api/v1/records/invoices/${encodeURIComponent(theirInvoice.recordKey)}`);
      expect(byKey.status).toBe(404);
      expect(byKey.body.type).toBe('https://bellwether.dev/problems/not-found');
      // The same answer as for a record that does not exist.
      const none = await h.json('rep', '/api/v1/records/invoices/NO-SUCH-INVOICE');
      expect(none.body.detail).toBe('No invoices record "NO-SUCH-INVOICE".');
      expect(byKey.body.detail).toBe(`No invoices record "${theirInvoice.recordKey}".`);
      expect((await h.json('rep', `/api/v1/records/invoices/${encodeURIComponent(theirInvoice.recordKey)}?account=${theirs}`)).status).toBe(404);
      expect((await h.json('otherRep', `/api/v1/records/invoices/${encodeURIComponent(theirInvoice.recordKey)}`)).body).toEqual(theirInvoice);
      expect((await h.json('viewer', `/api/v1/records/invoices/${encodeURIComponent(theirInvoice.recordKey)}`)).status).toBe(200);
    });

    it('finds a usage day by the date its evidence names only within its account', async () => {
      const day = (await h.json<Page>('rep', `/api/v1/accounts/${mine}/records/usage_days?limit=1`)).body.items[0] as Item;
      const bare = await h.json('rep', `/api/v1/records/usage_days/${day.date}`);
      expect(bare.status).toBe(404);
      expect(bare.body.detail).toMatch(/pass \?account=/);
      const scoped = await h.json('rep', `/api/v1/records/usage_days/${day.date}?account=${mine}`);
      expect(scoped.body).toEqual(day);
    });
  });
}
