import { readFile } from 'node:fs/promises';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { countRows, createTestStore, DIALECTS, makeTempDir, type TestStore } from '../../test/test-setup.js';
import { generateDemo } from '../demo/index.js';
import { loadModel, ModelError, type CompiledModel } from '../scoring/index.js';
import { activateModel, DEFAULT_MODEL_FILE } from './active-model.js';
import { importFiles } from './import-files.js';
import { previewModel } from './preview-model.js';
import { scoreAccounts } from './score-accounts.js';

const DEMO_AS_OF = '2026-11-01T00:00:00Z';
const IMPORTED = '2026-11-02T00:00:00.000Z';
const AS_OF = '2026-11-15T00:00:00.000Z';
const LATER = '2026-11-16T00:00:00.000Z';
const SCORING_TABLES = ['score_snapshots', 'score_runs', 'score_populations', 'score_models'];

const demo = makeTempDir('bw-preview-demo-');
let defaultSource: string;
let defaultModel: CompiledModel;
beforeAll(async () => {
  await generateDemo({ size: 30, asOf: DEMO_AS_OF, outDir: demo.dir, seed: 11 });
  defaultSource = await readFile(DEFAULT_MODEL_FILE, 'utf8');
  const loaded = loadModel(defaultSource);
  if (!loaded.ok) throw new Error('the default model does not load');
  defaultModel = loaded.model;
});
afterAll(() => demo.remove());

/** The default model with the Healthy band raised from 75 to 80 (health and expansion use the model's bands). */
const raisedHealthy = () => {
  const source = defaultSource.replace('{ name: Healthy, min: 75, max: 100', '{ name: Healthy, min: 80, max: 100').replace('{ name: Neutral, min: 50, max: 75,', '{ name: Neutral, min: 50, max: 80,');
  if (source === defaultSource) throw new Error('the default bands moved: update the test');
  return source;
};

for (const dialect of DIALECTS) {
  describe(`previewModel (${dialect})`, () => {
    let test: TestStore;
    beforeEach(async () => {
      test = await createTestStore(dialect);
      await importFiles(test.store, [demo.dir], { now: IMPORTED, threads: 'inline' });
    });
    afterEach(() => test.cleanup());

    const counts = async () => Object.fromEntries(await Promise.all(SCORING_TABLES.map(async (t) => [t, await countRows(test.store, t)])));
    const stored = async (scorecard: string) => test.store.db.selectFrom('score_snapshots').select(['account_external_id', 'score', 'band']).where('scorecard', '=', scorecard).where('as_of', '=', AS_OF).execute();

    it('a raised band threshold moves exactly the accounts between the old and the new one, and writes nothing', async () => {
      // A full run of the shipped default (not activated: the preview must not store it either).
      await scoreAccounts(test.store, defaultModel, { asOf: AS_OF, now: LATER, mode: 'full' });
      const before = await counts();

      const preview = await previewModel(test.store, { source: raisedHealthy(), asOf: AS_OF, now: LATER });

      expect(await counts()).toEqual(before);
      expect(before.score_models).toBe(0);
      expect(preview).toMatchObject({ activeVersion: defaultModel.version, asOf: AS_OF, computedAt: LATER, accounts: 30 });
      expect(preview.candidateVersion).not.toBe(defaultModel.version);
      const movers = async (scorecard: string) => (await stored(scorecard)).filter((r) => r.band === 'Healthy' && r.score !== null && r.score < 80).map((r) => r.account_external_id).sort();
      const health = await movers('health');
      const expansion = await movers('expansion');
      expect(health.length + expansion.length).toBeGreaterThan(0);
      const moved = (scorecard: string) => preview.changes.filter((c) => c.scorecard === scorecard).map((c) => c.externalId).sort();
      expect(moved('health')).toEqual(health);
      expect(moved('expansion')).toEqual(expansion);
      expect(moved('churn-risk')).toEqual([]);
      for (const c of preview.changes) expect([c.before.band, c.after.band, c.delta]).toEqual(['Healthy', 'Neutral', 0]);
      expect(preview.totalChanges).toBe(health.length + expansion.length);
      const card = preview.scorecards.find((s) => s.scorecard === 'health');
      expect(card).toMatchObject({ inActive: true, inCandidate: true, changedBand: health.length, meanDelta: 0, medianDelta: 0, maxUp: 0, maxDown: 0 });
      expect(card?.transitions.find((t) => t.from === 'Healthy' && t.to === 'Neutral')?.accounts ?? 0).toBe(health.length);
      expect(card?.transitions.reduce((n, t) => n + t.accounts, 0)).toBe(30);
    });

    it("the active side is the active model's score as a full run at the same moment stores it", async () => {
      await scoreAccounts(test.store, defaultModel, { asOf: AS_OF, now: LATER, mode: 'full' });
      // Scores that change under the candidate on every account: weights moved between components.
      const source = defaultSource.replace(/usage:\n(\s+)weight: 30/, 'usage:\n$1weight: 60');
      const preview = await previewModel(test.store, { source, asOf: AS_OF, now: LATER, limit: 1000 });

      const runScores = new Map((await stored('health')).map((r) => [r.account_external_id, r.score]));
      const health = preview.changes.filter((c) => c.scorecard === 'health');
      expect(health.length).toBeGreaterThan(10);
      for (const c of health) expect(c.before.score, c.externalId).toBe(runScores.get(c.externalId));
      // Band changes first, then the largest moves.
      const firstSame = preview.changes.findIndex((c) => c.before.band === c.after.band);
      if (firstSame >= 0) expect(preview.changes.slice(firstSame).every((c) => c.before.band === c.after.band)).toBe(true);
      const deltas = preview.changes.slice(0, firstSame < 0 ? undefined : firstSame).map((c) => Math.abs(c.delta ?? Infinity));
      expect(deltas).toEqual([...deltas].sort((a, b) => b - a));
    });

    it('an identical candidate changes nothing', async () => {
      await activateModel(test.store, defaultSource, { now: IMPORTED, actor: 'ann@example.org' });

      const preview = await previewModel(test.store, { source: defaultSource, asOf: AS_OF, now: LATER });

      expect(preview.candidateVersion).toBe(preview.activeVersion);
      expect(preview.changes).toEqual([]);
      expect(preview.totalChanges).toBe(0);
      for (const card of preview.scorecards) {
        expect(card).toMatchObject({ inActive: true, inCandidate: true, changedBand: 0, meanDelta: 0, maxUp: 0, maxDown: 0 });
        expect(card.transitions.every((t) => t.from === t.to)).toBe(true);
      }
    });

    it('an invalid candidate gives the model error with its line, and nothing is scored', async () => {
      const lines = defaultSource.split('\n');
      const at = lines.findIndex((l) => l.includes('metric: active-user-ratio'));
      lines[at] = lines[at]!.replace('metric: active-user-ratio', 'metric: active-users-ratio');
      let progressed = false;

      const error = await previewModel(test.store, { source: lines.join('\n'), asOf: AS_OF, now: LATER, onProgress: () => (progressed = true) }).catch((e: unknown) => e);

      expect(error).toBeInstanceOf(ModelError);
      expect((error as ModelError).issues[0]).toMatchObject({ code: 'unknown_metric', line: at + 1, path: 'scorecards.health.components.usage.metrics[0].metric' });
      expect(progressed).toBe(false);
    });

    it('restricted to some accounts, it compares only those, ranked as in the whole portfolio', async () => {
      const source = raisedHealthy().replace(/usage:\n(\s+)weight: 30/, 'usage:\n$1weight: 60');
      const whole = await previewModel(test.store, { source, asOf: AS_OF, now: LATER, limit: 1000 });
      const ids = (await test.store.db.selectFrom('accounts').select('id').orderBy('id').execute()).map((r) => r.id);
      const some = ids.filter((_, i) => i % 3 === 0);

      const part = await previewModel(test.store, { source, asOf: AS_OF, now: LATER, accountIds: some, limit: 1000 });

      expect(part.accounts).toBe(some.length);
      expect(part.changes.length).toBeGreaterThan(0);
      expect(part.changes).toEqual(whole.changes.filter((c) => some.includes(c.accountId)));
      for (const card of part.scorecards) expect(card.transitions.reduce((n, t) => n + t.accounts, 0)).toBe(some.length);
    });

    it('a scorecard added in the candidate is reported as added, one it drops as removed', async () => {
      const expansionAt = defaultSource.indexOf('\n  expansion:\n');
      const segmentsAt = defaultSource.indexOf('\n# The first segment');
      const added = '\n  adoption:\n    components:\n      usage:\n        weight: 1\n        metrics:\n          - { metric: feature-breadth, window: 30d, direction: higher-is-better, normalizer: { type: linear, min: 1, max: 11 } }\n';
      const source = defaultSource.slice(0, expansionAt) + added + defaultSource.slice(segmentsAt);

      const preview = await previewModel(test.store, { source, asOf: AS_OF, now: LATER });

      const card = (name: string) => preview.scorecards.find((s) => s.scorecard === name);
      expect(card('adoption')).toMatchObject({ inActive: false, inCandidate: true, changedBand: 0, meanDelta: null, maxUp: null });
      expect(card('adoption')?.transitions.every((t) => t.from === null)).toBe(true);
      expect(card('adoption')?.transitions.reduce((n, t) => n + t.accounts, 0)).toBe(30);
      expect(card('expansion')).toMatchObject({ inActive: true, inCandidate: false });
      expect(card('expansion')?.transitions.every((t) => t.to === null)).toBe(true);
      expect(preview.scorecards.map((s) => s.scorecard)).toEqual(['health', 'churn-risk', 'adoption', 'expansion']);
      // Kept scorecards score as before; added and removed ones list no account changes.
      expect(preview.changes).toEqual([]);
    });

    it('a pool of threads gives the same preview as this thread alone, with progress to the end', async () => {
      const source = raisedHealthy().replace(/usage:\n(\s+)weight: 30/, 'usage:\n$1weight: 60');
      const seen: Array<[number, number]> = [];
      const alone = await previewModel(test.store, { source, asOf: AS_OF, now: LATER, threads: 1, batchSize: 7, onProgress: (done, total) => seen.push([done, total]) });

      const pooled = await previewModel(test.store, { source, asOf: AS_OF, now: LATER, threads: 2, batchSize: 7 });

      expect(pooled).toEqual(alone);
      expect(seen.at(-1)).toEqual([30, 30]);
    });

    it('an aborted preview stops with the abort reason', async () => {
      const controller = new AbortController();
      controller.abort(new Error('cancelled by the user'));

      await expect(previewModel(test.store, { source: defaultSource, asOf: AS_OF, now: LATER, signal: controller.signal })).rejects.toThrow('cancelled by the user');
    });
  });
}
