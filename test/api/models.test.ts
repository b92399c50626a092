import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_MODEL_FILE } from '../../src/app/index.js';
import { DIALECTS } from '../test-setup.js';
import { startApiHarness, type ApiHarness } from './api-harness.js';

const yaml = (source: string, method = 'POST') => ({ method, headers: { 'content-type': 'text/yaml' }, body: source });

for (const dialect of DIALECTS) {
  describe(`models API (${dialect})`, () => {
    let h: ApiHarness;
    let source: string;
    /** The default model with the Healthy band starting at 90 instead of 75: some accounts must drop to Neutral. */
    let stricter: string;
    beforeAll(async () => {
      h = await startApiHarness(dialect);
      source = await readFile(DEFAULT_MODEL_FILE, 'utf8');
      stricter = source.replace('{ name: Healthy, min: 75, max: 100', '{ name: Healthy, min: 90, max: 100').replace('{ name: Neutral, min: 50, max: 75', '{ name: Neutral, min: 50, max: 90');
      expect(stricter).not.toBe(source);
    }, 120_000);
    afterAll(async () => h?.close());

    it('shows the active model with its YAML and definition', async () => {
      const { status, body } = await h.json('viewer', '/api/v1/models/active');
      expect(status).toBe(200);
      expect(body).toMatchObject({ name: 'default', active: true, source });
      expect(Object.keys(body.definition.scorecards)).toEqual(['health', 'churn-risk', 'expansion']);
      const one = await h.json('viewer', `/api/v1/models/${body.version}`);
      expect(one.body.version).toBe(body.version);
      expect((await h.json('viewer', '/api/v1/models/nope')).status).toBe(404);
    });

    it('validates YAML, naming the line of each problem', async () => {
      const ok = await h.json('rep', '/api/v1/models/validate', yaml(source));
      expect(ok.body).toMatchObject({ valid: true, name: 'default', sameAsActive: true });
      const broken = source.replace('metric: days-late,', 'metric: days-very-late,');
      const bad = await h.json('rep', '/api/v1/models/validate', yaml(broken));
      expect(bad.status).toBe(400);
      expect(bad.body.type).toBe('https://bellwether.dev/problems/invalid-model');
      const line = broken.split('\n').findIndex((l) => l.includes('days-very-late')) + 1;
      expect(bad.body.errors[0]).toMatchObject({ line, code: 'unknown_metric' });
      const json = await h.json('rep', '/api/v1/models/validate', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ nope: 1 }) });
      expect(json.status).toBe(400);
      expect(json.body.errors[0]).toMatchObject({ field: 'source' });
    });

    it('previews a stricter band: accounts move from Healthy to Neutral and nothing is stored', async () => {
      const before = await h.json('admin', '/api/v1/models');
      const { status, body } = await h.json('manager', '/api/v1/models/previews?wait=true', yaml(stricter));
      expect(status).toBe(200);
      expect(body.status).toBe('completed');
      const health = body.result.scorecards.find((s: { scorecard: string }) => s.scorecard === 'health');
      const moved = health.transitions.find((t: { from: string; to: string }) => t.from === 'Healthy' && t.to === 'Neutral');
      expect(moved?.accounts).toBeGreaterThan(0);
      expect(body.result.changes.every((c: { after: { band: string }; before: { score: number } }) => c.before.score < 90 || c.after.band === 'Healthy')).toBe(true);
      expect((await h.json('admin', '/api/v1/models')).body).toEqual(before.body);
      // Polling the job by id gives the same result; another rep cannot see it.
      expect((await h.json('manager', `/api/v1/models/previews/${body.id}`)).body.result.totalChanges).toBe(body.result.totalChanges);
      expect((await h.json('rep', `/api/v1/models/previews/${body.id}`)).status).toBe(404);
    });

    it("limits a rep's preview to the accounts they see", async () => {
      const { body } = await h.json('rep', '/api/v1/models/previews?wait=true', yaml(stricter));
      expect(body.result.accounts).toBeLessThanOrEqual(h.repAccounts.length);
      expect(body.result.changes.every((c: { externalId: string }) => h.repAccounts.includes(c.externalId))).toBe(true);
    });

    it('activates a model for managers only, then rescores under it', async () => {
      expect((await h.json('rep', '/api/v1/models/activate', yaml(stricter))).status).toBe(403);
      const activated = await h.json('manager', '/api/v1/models/activate', yaml(stricter));
      expect(activated.status).toBe(200);
      expect(activated.body).toMatchObject({ rescoring: true, active: { active: true, createdBy: h.emails.manager } });
      await h.server.deps.background.idle();
      const page = await h.json('manager', '/api/v1/accounts?limit=200');
      expect(page.body.modelVersion).toBe(activated.body.active.version);
      expect(page.body.items.filter((r: { band: string; score: number }) => r.band === 'Healthy').every((r: { score: number }) => r.score >= 90)).toBe(true);
      const audit = await h.store.db.selectFrom('audit_entries').selectAll().where('action', '=', 'model.activate').orderBy('id', 'desc').executeTakeFirst();
      expect(audit?.actor).toBe(h.emails.manager);
      // Back to the default for the other suites' sake is not needed: each suite has its own store.
    });
  });
}
