import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../test-setup.js';
import { API_TEST_NOW, startApiHarness, type ApiHarness, type HarnessRole } from './api-harness.js';

interface Entry {
  id: number;
  at: string;
  actor: string;
  action: string;
  entity: string;
  entityId: string;
  accountExternalId?: string;
  before?: unknown;
  after?: unknown;
}
interface Page {
  items: Entry[];
  nextCursor: string | null;
}

const post = (body: unknown): RequestInit => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

for (const dialect of DIALECTS) {
  describe(`audit trail API (${dialect})`, () => {
    let h: ApiHarness;
    let mine: string;
    let theirs: string;
    beforeAll(async () => {
      h = await startApiHarness(dialect);
      mine = h.repAccounts[0] as string;
      theirs = h.otherRepAccounts[0] as string;
      // Changes on both reps' accounts, by several people.
      await h.json('rep', `/api/v1/accounts/${mine}/overrides`, post({ delta: -5, reason: 'slow onboarding' }));
      await h.json('rep', `/api/v1/accounts/${mine}/pulses`, post({ rating: 'yellow', note: 'quiet' }));
      await h.json('rep', `/api/v1/accounts/${mine}/pulses`, post({ rating: 'red', note: 'sponsor leaving' }));
      await h.json('otherRep', `/api/v1/accounts/${theirs}/pulses`, post({ rating: 'green', note: 'expanding' }));
      const o = await h.json('manager', `/api/v1/accounts/${theirs}/overrides`, post({ set: 80, reason: 'renewal signed early' }));
      await h.json('manager', `/api/v1/overrides/${o.body.id}/expire`, post({ reason: 'entered on the wrong account' }));
    }, 180_000);
    afterAll(async () => h?.close());

    const walk = async (role: HarnessRole, path: string, limit: number) => {
      const seen: Entry[] = [];
      let cursor: string | null = null;
      do {
        const sep = path.includes('?') ? '&' : '?';
        const res: { status: number; body: Page } = await h.json<Page>(role, `${path}${sep}limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`);
        expect(res.status).toBe(200);
        seen.push(...res.body.items);
        cursor = res.body.nextCursor;
      } while (cursor);
      return seen;
    };

    it('lists every change newest first for an admin, page by page, each once', async () => {
      const all = await walk('admin', '/api/v1/audit', 2);
      expect(all.map((e) => e.action)).toEqual(expect.arrayContaining(['model.activate', 'override.create', 'override.expire', 'pulse.create', 'pulse.supersede']));
      expect(new Set(all.map((e) => e.id)).size).toBe(all.length);
      const order = all.map((e) => [e.at, e.id] as const);
      expect(order).toEqual([...order].sort((a, b) => (a[0] === b[0] ? b[1] - a[1] : a[0] < b[0] ? 1 : -1)));
      const expired = all.find((e) => e.action === 'override.expire');
      expect(all.find((e) => e.action === 'override.create' && e.accountExternalId === mine)).toMatchObject({ actor: h.emails.rep, entity: 'override', after: expect.objectContaining({ mode: 'delta', value: -5, reason: 'slow onboarding' }) });
      expect(expired).toMatchObject({ actor: h.emails.manager, accountExternalId: theirs, before: expect.objectContaining({ value: 80 }), after: expect.objectContaining({ revokeReason: 'entered on the wrong account' }) });
    });

    it('filters by account, entity, actor and time', async () => {
      const byAccount = (await h.json<Page>('manager', `/api/v1/audit?account=${mine}`)).body.items;
      expect(byAccount.length).toBe(4); // override.create, pulse.create, pulse.supersede, pulse.create
      expect(byAccount.every((e) => e.accountExternalId === mine)).toBe(true);
      const pulses = (await h.json<Page>('manager', `/api/v1/audit?entity=pulse&actor=${encodeURIComponent(h.emails.rep.toUpperCase())}`)).body.items;
      expect(pulses.map((e) => e.action)).toEqual(['pulse.create', 'pulse.supersede', 'pulse.create']);
      expect((await h.json<Page>('manager', `/api/v1/audit?since=${API_TEST_NOW}&entity=override`)).body.items.length).toBe(3);
      expect((await h.json<Page>('manager', `/api/v1/audit?until=${API_TEST_NOW}&entity=override`)).body.items).toEqual([]);
      expect((await h.json<Page>('manager', `/api/v1/accounts/${theirs}/audit?entity=override`)).body.items.map((e) => e.action)).toEqual(['override.expire', 'override.create']);
    });

    it('shows a rep only the entries of their own accounts, and a viewer none', async () => {
      const rep = await walk('rep', '/api/v1/audit', 50);
      expect(rep.length).toBe(4);
      expect(rep.every((e) => e.accountExternalId === mine)).toBe(true);
      expect((await h.json<Page>('rep', `/api/v1/accounts/${mine}/audit`)).body.items.length).toBe(4);
      for (const path of [`/api/v1/accounts/${theirs}/audit`, `/api/v1/audit?account=${theirs}`]) {
        const res = await h.json('rep', path);
        expect(res.status, path).toBe(404);
        expect(res.body.type).toBe('https://bellwether.dev/problems/account-not-found');
      }
      for (const path of ['/api/v1/audit', `/api/v1/accounts/${mine}/audit`]) expect((await h.json('viewer', path)).status, path).toBe(403);
    });

    it('rejects a bad filter naming the field', async () => {
      const cases: Array<[string, string]> = [
        ['/api/v1/audit?entity=invoice', 'entity'],
        ['/api/v1/audit?since=2026-12-01&until=2026-11-01', 'since'],
        ['/api/v1/audit?limit=500', 'limit'],
        ['/api/v1/audit?cursor=WyJ4Il0', 'cursor'],
        [`/api/v1/accounts/${mine}/audit?since=tomorrow`, 'since'],
      ];
      for (const [path, field] of cases) {
        const res = await h.json('admin', path);
        expect(res.status, path).toBe(400);
        expect(res.body.errors[0], path).toMatchObject({ field });
      }
    });
  });
}
