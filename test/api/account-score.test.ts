import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../test-setup.js';
import { API_TEST_NOW, startApiHarness, type ApiHarness } from './api-harness.js';

interface EvidenceLink {
  entity: string;
  id: string;
  kind: string | null;
  href: string;
  usedBy: Array<{ scorecard: string; component: string; metric: string }>;
}

const DAY_MS = 86_400_000;
const daysBefore = (days: number) => new Date(Date.parse(API_TEST_NOW) - days * DAY_MS).toISOString();

for (const dialect of DIALECTS) {
  describe(`account scores API: explain, history, why-changed (${dialect})`, () => {
    let h: ApiHarness;
    beforeAll(async () => {
      h = await startApiHarness(dialect);
    }, 180_000);
    afterAll(async () => h?.close());

    it('explains an account with every evidence record, each fetchable at its link, and the drivers in words', async () => {
      const id = h.repAccounts[0] as string;
      const { status, body } = await h.json('rep', `/api/v1/accounts/${id}/explain`);
      expect(status).toBe(200);
      expect(body.account).toBe(id);
      expect(body.asOf).toBe(API_TEST_NOW);
      expect(body.scorecards.map((s: { scorecard: string }) => s.scorecard)).toEqual(['health', 'churn-risk', 'expansion']);
      const health = body.scorecards[0];
      expect(health.explanation.headline).toMatch(/^health \d+\.\d/);
      expect(health.explanation.drivers.length).toBeGreaterThan(0);
      const evidence = body.evidence as EvidenceLink[];
      const records = evidence.filter((e) => e.kind !== null);
      expect(records.length).toBeGreaterThan(5);
      // Every id a metric names is in the list, once.
      const named = new Set(body.scorecards.flatMap((s: { components: Array<{ metrics: Array<{ evidence: Array<{ entity: string; id: string }> }> }> }) => s.components.flatMap((c) => c.metrics.flatMap((m) => m.evidence.map((e) => `${e.entity}:${e.id}`)))));
      expect(new Set(evidence.map((e) => `${e.entity}:${e.id}`))).toEqual(named);
      expect(evidence.length).toBe(named.size);
      // Every record behind the score is a real record of this account, as known then, which the rep may read.
      const kinds = new Set(records.map((e) => e.kind));
      expect([...kinds]).toEqual(expect.arrayContaining(['invoices', 'usage_days', 'survey_responses', 'contacts', 'metric_values']));
      const fetched = await Promise.all(records.map(async (e) => ({ e, got: await h.json('rep', e.href) })));
      for (const { e, got } of fetched) {
        expect(got.status, e.href).toBe(200);
        expect(got.body).toMatchObject({ kind: e.kind, accountExternalId: id });
      }
    });

    it('explains one scorecard as of a past moment', async () => {
      const id = h.repAccounts[0] as string;
      const asOf = daysBefore(60);
      const { status, body } = await h.json('rep', `/api/v1/accounts/${id}/explain?asOf=${asOf}&scorecard=churn-risk`);
      expect(status).toBe(200);
      expect(body.asOf).toBe(asOf);
      expect(body.scorecards.map((s: { scorecard: string }) => s.scorecard)).toEqual(['churn-risk']);
      expect(body.evidence.every((e: EvidenceLink) => e.usedBy.every((u) => u.scorecard === 'churn-risk'))).toBe(true);
    });

    it('rejects an unknown scorecard and a bad moment naming the field', async () => {
      const id = h.repAccounts[0] as string;
      const card = await h.json('rep', `/api/v1/accounts/${id}/explain?scorecard=nope`);
      expect(card.status).toBe(400);
      expect(card.body.errors[0]).toMatchObject({ field: 'scorecard', in: 'query', code: 'unknown_scorecard' });
      const when = await h.json('rep', `/api/v1/accounts/${id}/explain?asOf=yesterday`);
      expect(when.status).toBe(400);
      expect(when.body.errors[0]).toMatchObject({ field: 'asOf', in: 'query' });
    });

    it("answers 404 for an account not yet known at asOf", async () => {
      const id = h.repAccounts[0] as string;
      const res = await h.json('rep', `/api/v1/accounts/${id}/explain?asOf=2000-01-01`);
      expect(res.status).toBe(404);
      expect(res.body.type).toBe('https://bellwether.dev/problems/account-not-found');
    });

    it('gives the stored history with its trend, and an override made on the account as an event', async () => {
      const id = h.repAccounts[1] as string;
      const made = await h.json('rep', `/api/v1/accounts/${id}/overrides`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ delta: -10, reason: 'exec escalation open', scorecard: 'health' }) });
      expect(made.status).toBe(201);
      const { status, body } = await h.json('rep', `/api/v1/accounts/${id}/history?scorecard=health`);
      expect(status).toBe(200);
      expect(body).toMatchObject({ account: id, scorecard: 'health', to: API_TEST_NOW, from: null });
      expect(body.points.length).toBeGreaterThan(0);
      expect(body.points.at(-1)).toMatchObject({ asOf: API_TEST_NOW, band: expect.any(String), confidence: expect.any(Number) });
      expect(body.trend).toEqual({ d7: null, d30: null, d90: null });
      expect(body.events).toContainEqual({ kind: 'override', change: 'created', at: API_TEST_NOW, overrideId: made.body.id, scorecard: 'health', mode: 'delta', value: -10, by: h.emails.rep, reason: 'exec escalation open' });
      // Another scorecard's chart does not mark an override of health.
      const churn = await h.json('rep', `/api/v1/accounts/${id}/history?scorecard=churn-risk`);
      expect(churn.body.events.filter((e: { kind: string }) => e.kind === 'override')).toEqual([]);
      // Ended early, it is marked twice.
      await h.json('rep', `/api/v1/overrides/${made.body.id}/expire`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ reason: 'escalation resolved' }) });
      const ended = await h.json('rep', `/api/v1/accounts/${id}/history?scorecard=health`);
      expect(ended.body.events.filter((e: { overrideId?: number }) => e.overrideId === made.body.id)).toEqual([
        expect.objectContaining({ change: 'created', reason: 'exec escalation open' }),
        expect.objectContaining({ change: 'revoked', at: API_TEST_NOW, by: h.emails.rep, reason: 'escalation resolved' }),
      ]);
      // A range that ends before it leaves it out.
      const before = await h.json('rep', `/api/v1/accounts/${id}/history?to=${daysBefore(1)}`);
      expect(before.body.events.filter((e: { kind: string }) => e.kind === 'override')).toEqual([]);
    });

    it('marks outcomes in the history', async () => {
      const { rows } = await sql<{ external_id: string; date: string; kind: string }>`select a.external_id, o.date, o.kind from outcomes o join accounts a on a.id = o.account_id order by o.id limit 1`.execute(h.store.db);
      const outcome = rows[0];
      expect(outcome).toBeDefined();
      const { body } = await h.json('admin', `/api/v1/accounts/${outcome?.external_id}/history`);
      expect(body.events).toContainEqual(expect.objectContaining({ kind: 'outcome', at: `${outcome?.date}T00:00:00.000Z`, outcome: outcome?.kind }));
    });

    it('rejects a history whose from is after its to, naming from', async () => {
      const id = h.repAccounts[0] as string;
      const res = await h.json('rep', `/api/v1/accounts/${id}/history?from=2026-11-20&to=2026-11-01`);
      expect(res.status).toBe(400);
      expect(res.body.errors[0]).toMatchObject({ field: 'from', in: 'query' });
    });

    it('says why a score changed, with the part an override made', async () => {
      const id = h.repAccounts[2] ?? (h.repAccounts[0] as string);
      const from = daysBefore(30);
      const plain = await h.json('rep', `/api/v1/accounts/${id}/why-changed?from=${from}&scorecard=health`);
      expect(plain.status).toBe(200);
      expect(plain.body).toMatchObject({ account: id, from, to: API_TEST_NOW });
      const [change] = plain.body.scorecards;
      expect(change.scorecard).toBe('health');
      // Scores are rounded to a tenth and raw scores are not: without an override the two differ by rounding only.
      expect(Math.abs(change.overrideDelta)).toBeLessThan(0.1);
      expect(change.rawDelta).toBeCloseTo(change.components.reduce((n: number, c: { delta: number }) => n + c.delta, 0), 6);

      await h.json('manager', `/api/v1/accounts/${id}/overrides`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ set: 5, reason: 'champion left', scorecard: 'health' }) });
      const after = await h.json('rep', `/api/v1/accounts/${id}/why-changed?from=${from}&scorecard=health`);
      const [overridden] = after.body.scorecards;
      // The signals moved the raw score as before; the override moved the score on top, to 5.
      expect(overridden.rawDelta).toBeCloseTo(change.rawDelta, 6);
      expect(Math.abs(overridden.overrideDelta)).toBeGreaterThan(1);
      expect(overridden.overrideDelta).toBeCloseTo(overridden.scoreDelta - change.scoreDelta, 0);
      const explained = await h.json('rep', `/api/v1/accounts/${id}/explain?scorecard=health`);
      expect(explained.body.scorecards[0]).toMatchObject({ score: 5, override: expect.objectContaining({ mode: 'absolute', value: 5, authorEmail: h.emails.manager }) });
      expect(explained.body.scorecards[0].explanation.override).toMatch(/to 5 by manager@test\.bellwether\.local: champion left/);
    });

    it('answers why-changed from after to with a 400 naming from, without from naming from, and before the account was known with 404', async () => {
      const id = h.repAccounts[0] as string;
      const reversed = await h.json('rep', `/api/v1/accounts/${id}/why-changed?from=${API_TEST_NOW}&to=${daysBefore(3)}`);
      expect(reversed.status).toBe(400);
      expect(reversed.body.errors[0]).toMatchObject({ field: 'from', in: 'query' });
      const missing = await h.json('rep', `/api/v1/accounts/${id}/why-changed`);
      expect(missing.status).toBe(400);
      expect(missing.body.errors[0]).toMatchObject({ field: 'from', in: 'query' });
      const early = await h.json('rep', `/api/v1/accounts/${id}/why-changed?from=2000-01-01`);
      expect(early.status).toBe(404);
      expect(early.body.detail).toMatch(/not yet known at 2000-01-01T00:00:00.000Z \(from\)/);
    });

    it("answers 404 to a rep for another rep's account on every route", async () => {
      const other = h.otherRepAccounts[0] as string;
      for (const path of ['explain', 'history', `why-changed?from=${daysBefore(30)}`]) {
        const res = await h.json('rep', `/api/v1/accounts/${other}/${path}`);
        expect(res.status, path).toBe(404);
        expect(res.body.type).toBe('https://bellwether.dev/problems/account-not-found');
      }
      expect((await h.json('otherRep', `/api/v1/accounts/${other}/explain`)).status).toBe(200);
    });
  });
}
