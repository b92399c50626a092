import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../test-setup.js';
import { startApiHarness, type ApiHarness } from './api-harness.js';

interface Row {
  externalId: string;
  score: number | null;
  band: string | null;
  ownerEmail: string | null;
  segment: string | null;
}
interface Page {
  items: Row[];
  nextCursor: string | null;
  scorecard: string;
  totals?: { accounts: number; byBand: Array<{ band: string | null; accounts: number }> };
}

for (const dialect of DIALECTS) {
  describe(`accounts API (${dialect})`, () => {
    let h: ApiHarness;
    beforeAll(async () => {
      h = await startApiHarness(dialect);
    }, 120_000);
    afterAll(async () => h?.close());

    it('lists the portfolio risk first, with totals that count every account', async () => {
      const { status, body } = await h.json<Page>('manager', '/api/v1/accounts?limit=200&include=totals');
      expect(status).toBe(200);
      expect(body.scorecard).toBe('health');
      const scores = body.items.map((r) => r.score).filter((s): s is number => s !== null);
      expect(scores.length).toBeGreaterThan(10);
      expect(scores).toEqual([...scores].sort((a, b) => a - b));
      expect(body.totals?.accounts).toBe(body.items.length);
      expect(body.totals?.byBand.reduce((n, b) => n + b.accounts, 0)).toBe(body.items.length);
    });

    it('filters by band, and walking the cursor returns each account once', async () => {
      const all = (await h.json<Page>('admin', '/api/v1/accounts?limit=200')).body.items;
      const band = all.find((r) => r.band)?.band as string;
      const filtered = (await h.json<Page>('admin', `/api/v1/accounts?band=${band}&limit=200`)).body.items;
      expect(filtered.length).toBe(all.filter((r) => r.band === band).length);
      expect(filtered.every((r) => r.band === band)).toBe(true);

      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page: Page = (await h.json<Page>('admin', `/api/v1/accounts?sort=name&limit=7${cursor ? `&cursor=${cursor}` : ''}`)).body;
        seen.push(...page.items.map((r) => r.externalId));
        cursor = page.nextCursor;
      } while (cursor);
      expect(seen.length).toBe(all.length);
      expect(new Set(seen).size).toBe(all.length);
    });

    it('flags upsell by the expansion scorecard\'s top band, filters by the 7-day change, and gives each row its weekly trend', async () => {
      const expansion = (await h.json<Page>('admin', '/api/v1/accounts?scorecard=expansion&limit=200')).body.items;
      const flagged = expansion.filter((r) => r.score !== null && r.score >= 75).map((r) => r.externalId);
      const upsell = await h.json<Page>('admin', '/api/v1/accounts?upsell=true&limit=200');
      expect(upsell.status).toBe(200);
      expect(upsell.body.scorecard).toBe('health');
      expect(upsell.body.items.map((r) => r.externalId).sort()).toEqual(flagged.sort());
      expect((await h.json<Page>('admin', '/api/v1/accounts?upsell=false&limit=200')).body.items.length).toBe(expansion.length);
      expect((await h.json('admin', '/api/v1/accounts?upsell=maybe')).status).toBe(400);

      // One scoring run: no score is 7 days old yet, so nothing changed this week.
      const moved = await h.json<Page & { items: Array<Row & { change7d: number | null }> }>('admin', '/api/v1/accounts?movedBy7d=0&limit=200');
      expect(moved.status).toBe(200);
      expect(moved.body.items).toEqual([]);

      const page = await h.json<{ items: Array<Row & { trend: Array<number | null>; change7d: number | null }> }>('admin', '/api/v1/accounts?limit=20');
      for (const r of page.body.items) {
        expect(r.change7d).toBeNull();
        if (r.score === null) expect(r.trend).toEqual([]);
        else expect(r.trend).toEqual([null, null, null, null, null, null, null, r.score]);
      }
    });

    it('gives a rep only their own accounts, in the list and by id', async () => {
      const mine = (await h.json<Page>('rep', '/api/v1/accounts?limit=200')).body.items;
      expect(mine.map((r) => r.externalId).sort()).toEqual([...h.repAccounts].sort());
      // Asking for the other rep's accounts by owner filter or search finds nothing.
      const byOwner = (await h.json<Page>('rep', `/api/v1/accounts?owner=${encodeURIComponent(h.emails.otherRep)}`)).body.items;
      expect(byOwner).toEqual([]);
      const other = h.otherRepAccounts[0] as string;
      expect((await h.json<Page>('rep', `/api/v1/accounts?q=${other}`)).body.items).toEqual([]);
      const res = await h.json('rep', `/api/v1/accounts/${other}`);
      expect(res.status).toBe(404);
      expect(res.headers.get('content-type')).toBe('application/problem+json');
      expect(res.body.type).toBe('https://bellwether.dev/problems/account-not-found');
    });

    it("exports a rep's own book as CSV and nothing of another rep's", async () => {
      const res = await h.fetchAs('rep', `/api/v1/accounts?format=csv&owner=${encodeURIComponent(h.emails.otherRep)}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
      expect((await res.text()).trim().split('\r\n')).toHaveLength(1); // the header only
      const mine = (await (await h.fetchAs('rep', '/api/v1/accounts?format=csv')).text()).trim().split('\r\n');
      expect(mine[0]).toMatch(/^externalId,name,segment,ownerEmail,arr/);
      expect(mine.slice(1).map((l) => l.split(',')[0]).sort()).toEqual([...h.repAccounts].sort());
      const all = (await (await h.fetchAs('manager', '/api/v1/accounts?format=csv')).text()).trim().split('\r\n');
      const listed = (await h.json<Page>('manager', '/api/v1/accounts?limit=200')).body.items;
      expect(all.length - 1).toBe(listed.length);
    });

    it('shows an account with its scores, confidence reasons, components, drivers and trend', async () => {
      const id = h.repAccounts[0] as string;
      const { status, body } = await h.json('rep', `/api/v1/accounts/${id}`);
      expect(status).toBe(200);
      expect(body.account.externalId).toBe(id);
      expect(body.scorecards.map((s: { scorecard: string }) => s.scorecard)).toEqual(['health', 'churn-risk', 'expansion']);
      const health = body.scorecards[0];
      expect(health.components.length).toBeGreaterThan(0);
      expect(health.confidence.value).toBeGreaterThanOrEqual(0);
      expect(Array.isArray(health.confidence.reasons)).toBe(true);
      expect(health.trend).toEqual({ d7: null, d30: null, d90: null }); // one run: no history yet
      expect(health.components.flatMap((c: { metrics: Array<{ evidence: unknown[] }> }) => c.metrics).some((m: { evidence: unknown[] }) => m.evidence.length > 0)).toBe(true);
    });

    it('rejects a bad query with a problem naming the field, and a bad cursor as invalid-cursor', async () => {
      const tooMany = await h.json('admin', '/api/v1/accounts?limit=100000');
      expect(tooMany.status).toBe(400);
      expect(tooMany.body.errors[0]).toMatchObject({ field: 'limit', in: 'query' });
      const bad = await h.json('admin', '/api/v1/accounts?cursor=not-a-cursor');
      expect(bad.status).toBe(400);
      expect(bad.body.type).toBe('https://bellwether.dev/problems/invalid-cursor');
      const card = await h.json('admin', '/api/v1/accounts?scorecard=nope');
      expect(card.body.errors[0]).toMatchObject({ field: 'scorecard' });
    });

    it('answers 401 without a key and with a revoked or made-up one, without a stack trace', async () => {
      const none = await fetch(`${h.base}/api/v1/accounts`);
      expect(none.status).toBe(401);
      const made = await fetch(`${h.base}/api/v1/accounts`, { headers: { authorization: 'Bearer bw_nothere00_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa' } });
      expect(made.status).toBe(401);
      const body = await made.text();
      expect(body).not.toMatch(/at \w+ \(|node_modules/);
    });
  });
}
