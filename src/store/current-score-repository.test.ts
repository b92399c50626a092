import { readFile } from 'node:fs/promises';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestStore, DIALECTS, makeTempDir, type TestStore } from '../../test/test-setup.js';
import { activateModel, DEFAULT_MODEL_FILE } from '../app/active-model.js';
import { importFiles } from '../app/import-files.js';
import { scoreAccounts } from '../app/score-accounts.js';
import { expandSnapshot } from '../app/stored-snapshot.js';
import { generateDemo } from '../demo/index.js';
import { loadModel, topDriver, type CompiledModel } from '../scoring/index.js';

const DEMO_AS_OF = '2026-11-01T00:00:00Z';
const IMPORTED = '2026-11-02T00:00:00.000Z';
const AS_OF = '2026-11-15T00:00:00.000Z';
const LATER = '2026-11-16T00:00:00.000Z';
const DAY = 86_400_000;
const daysBefore = (iso: string, days: number) => new Date(Date.parse(iso) - days * DAY).toISOString();
const ACCOUNTS = 30;

const demo = makeTempDir('bw-current-demo-');
let model: CompiledModel;
let source: string;
beforeAll(async () => {
  await generateDemo({ size: ACCOUNTS, asOf: DEMO_AS_OF, outDir: demo.dir, seed: 5 });
  source = await readFile(DEFAULT_MODEL_FILE, 'utf8');
  const loaded = loadModel(source);
  if (!loaded.ok) throw new Error('the default model does not load');
  model = loaded.model;
});
afterAll(() => demo.remove());

for (const dialect of DIALECTS) {
  describe(`current scores, as scoring writes them (${dialect})`, () => {
    let test: TestStore;
    beforeEach(async () => {
      test = await createTestStore(dialect);
      await importFiles(test.store, [demo.dir], { now: IMPORTED, threads: 'inline' });
    });
    afterEach(() => test.cleanup());

    const current = async () => {
      const rows = await test.store.db.selectFrom('current_scores').selectAll().orderBy('account_id').orderBy('scorecard').execute();
      return rows.map((r) => ({ ...r, account_id: Number(r.account_id), snapshot_id: Number(r.snapshot_id) }));
    };
    const snapshotsAt = async (asOf: string) => {
      const rows = await test.store.db.selectFrom('score_snapshots').select(['id', 'account_id', 'scorecard', 'score']).where('as_of', '=', asOf).execute();
      return new Map(rows.map((r) => [`${Number(r.account_id)} ${r.scorecard}`, { id: Number(r.id), score: r.score === null ? null : Number(r.score) }]));
    };

    it('a live run writes one row per account and scorecard, copied from the snapshot it stored', async () => {
      await scoreAccounts(test.store, model, { asOf: AS_OF, now: LATER });

      const rows = await current();
      expect(rows).toHaveLength(ACCOUNTS * model.scorecards.length);
      const snapshots = await test.store.db.selectFrom('score_snapshots').selectAll().execute();
      const byId = new Map(snapshots.map((s) => [Number(s.id), s]));
      for (const r of rows) {
        const s = byId.get(r.snapshot_id);
        expect(s, `${r.account_id} ${r.scorecard}`).toBeDefined();
        expect([Number(s!.account_id), s!.scorecard, s!.model_version, s!.as_of, s!.score, s!.band, s!.confidence]).toEqual([r.account_id, r.scorecard, r.model_version, r.as_of, r.score, r.band, r.confidence]);
        expect(r.top_driver).toBe(topDriver(expandSnapshot(s!.body).drivers));
        // Nothing was scored 30 days before.
        expect([r.score_30d_ago, r.change_30d]).toEqual([null, null]);
        expect(r.updated_at).toBe(LATER);
      }
      expect(rows.filter((r) => r.top_driver !== null).length).toBeGreaterThan(ACCOUNTS);
    });

    it('score_30d_ago is the latest snapshot at least 30 days older, and change_30d the difference', async () => {
      const moments = [daysBefore(AS_OF, 45), daysBefore(AS_OF, 31), daysBefore(AS_OF, 20), AS_OF];
      for (const asOf of moments) await scoreAccounts(test.store, model, { asOf, now: LATER, mode: 'full' });

      const before = await snapshotsAt(daysBefore(AS_OF, 31));
      const rows = await current();
      expect(new Set(rows.map((r) => r.as_of))).toEqual(new Set([AS_OF]));
      for (const r of rows) {
        const then = before.get(`${r.account_id} ${r.scorecard}`);
        expect(r.score_30d_ago, `${r.account_id} ${r.scorecard}`).toBe(then?.score ?? null);
        if (r.score === null || r.score_30d_ago === null) expect(r.change_30d).toBeNull();
        else expect(r.change_30d).toBeCloseTo(r.score - r.score_30d_ago, 9);
      }
      expect(rows.filter((r) => r.change_30d !== null && r.change_30d !== 0).length).toBeGreaterThan(0);
    });

    it('a run as of an earlier moment than one already scored (backdated, or a replay) leaves the rows alone', async () => {
      await scoreAccounts(test.store, model, { asOf: AS_OF, now: LATER });
      const live = await current();

      await scoreAccounts(test.store, model, { asOf: daysBefore(AS_OF, 7), now: LATER, mode: 'full' });
      // A replay: the CLI scores each past moment in turn.
      for (let days = 28; days >= 0; days -= 14) await scoreAccounts(test.store, model, { asOf: daysBefore(AS_OF, days + 1), now: LATER });

      expect(await current()).toEqual(live);
    });

    it('a run finishing after a run of a later moment does not put its older score back', async () => {
      // Both are live (within a minute of now); the one of the earlier moment writes last.
      const later = '2026-11-15T12:00:30.000Z';
      const earlier = '2026-11-15T12:00:00.000Z';
      await scoreAccounts(test.store, model, { asOf: later, now: later });
      const first = await current();

      await scoreAccounts(test.store, model, { asOf: earlier, now: '2026-11-15T12:00:40.000Z', mode: 'full' });

      expect((await snapshotsAt(earlier)).size).toBe(ACCOUNTS * model.scorecards.length);
      expect(await current()).toEqual(first);
    });

    it('an incremental run rewrites the rows of the accounts it rescored and keeps the rest', async () => {
      await scoreAccounts(test.store, model, { asOf: AS_OF, now: AS_OF });
      const later = new Date(Date.parse(AS_OF) + 6 * 3600_000).toISOString();

      const report = await scoreAccounts(test.store, model, { asOf: later, now: later });

      const rescored = await snapshotsAt(later);
      const rows = await current();
      expect(report.kept).toBeGreaterThan(0);
      expect(rows.filter((r) => r.as_of === later)).toHaveLength(report.scored * model.scorecards.length);
      for (const r of rows) {
        const fresh = rescored.get(`${r.account_id} ${r.scorecard}`);
        expect(r.as_of).toBe(fresh ? later : AS_OF);
        if (fresh) expect(r.snapshot_id).toBe(fresh.id);
      }
    });

    it('after a new model is activated and fully run, every row is of the new version; a model not active writes none', async () => {
      await activateModel(test.store, source, { now: IMPORTED, actor: 'ann@example.org' });
      await scoreAccounts(test.store, model, { asOf: AS_OF, now: LATER });
      const candidate = loadModel(source.replace(/^name: .*$/m, 'name: candidate'));
      if (!candidate.ok) throw new Error('candidate model does not load');

      await scoreAccounts(test.store, candidate.model, { asOf: LATER, now: LATER });
      expect(new Set((await current()).map((r) => r.model_version))).toEqual(new Set([model.version]));

      const activated = await activateModel(test.store, source.replace(/^name: .*$/m, 'name: candidate'), { now: LATER, actor: 'ann@example.org' });
      await scoreAccounts(test.store, activated.model, { asOf: LATER, now: LATER, mode: 'full' });
      const rows = await current();
      expect(rows).toHaveLength(ACCOUNTS * model.scorecards.length);
      expect(new Set(rows.map((r) => r.model_version))).toEqual(new Set([candidate.model.version]));
    });

    it('an empty read model is rebuilt from the stored snapshots by the next run, drivers included', async () => {
      await scoreAccounts(test.store, model, { asOf: daysBefore(AS_OF, 31), now: LATER });
      await scoreAccounts(test.store, model, { asOf: AS_OF, now: LATER, mode: 'full' });
      const written = await current();
      // A database scored before the read model existed: no rows, and snapshots without a top driver column.
      await test.store.db.deleteFrom('current_scores').execute();
      await test.store.db.updateTable('score_snapshots').set({ top_driver: null }).execute();

      const report = await scoreAccounts(test.store, model, { asOf: AS_OF, now: '2026-11-17T00:00:00.000Z' });

      expect(report.scored).toBe(0);
      expect((await current()).map((r) => ({ ...r, updated_at: LATER }))).toEqual(written);
    });
  });
}
