import { writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestStore, DIALECTS, makeTempDir, type TestStore } from '../../test/test-setup.js';
import { generateDemo } from '../demo/index.js';
import { loadModel, type CompiledModel } from '../scoring/index.js';
import { AuditRepository, ModelRepository, SnapshotRepository } from '../store/index.js';
import { activateModel, activeModel, DEFAULT_MODEL_FILE } from './active-model.js';
import { importFiles } from './import-files.js';
import { scoreAccounts } from './score-accounts.js';
import { scoreOneAccount } from './score-one-account.js';

const DEMO_AS_OF = '2026-11-01T00:00:00Z';
// Demo files carry their own known_at; everything is known by the import below.
const IMPORTED = '2026-11-02T00:00:00.000Z';
const AS_OF = '2026-11-15T00:00:00.000Z';
const LATER = '2026-11-16T00:00:00.000Z';

const demo = makeTempDir('bw-score-demo-');
let defaultModel: CompiledModel;
beforeAll(async () => {
  await generateDemo({ size: 30, asOf: DEMO_AS_OF, outDir: demo.dir, seed: 11 });
  const loaded = loadModel(await readFile(DEFAULT_MODEL_FILE, 'utf8'));
  if (!loaded.ok) throw new Error('the default model does not load');
  defaultModel = loaded.model;
});
afterAll(() => demo.remove());

for (const dialect of DIALECTS) {
  describe(`scoreAccounts (${dialect})`, () => {
    let test: TestStore;
    let temp: ReturnType<typeof makeTempDir>;
    beforeEach(async () => {
      test = await createTestStore(dialect);
      temp = makeTempDir();
      await importFiles(test.store, [demo.dir], { now: IMPORTED, threads: 'inline' });
    });
    afterEach(async () => {
      await test.cleanup();
      temp.remove();
    });

    const snapshotBodies = async (modelVersion: string) => {
      const rows = await test.store.db.selectFrom('score_snapshots').select(['account_external_id', 'scorecard', 'as_of', 'body']).where('model_version', '=', modelVersion).orderBy('account_external_id').orderBy('scorecard').orderBy('as_of').execute();
      return rows.map((r) => `${r.account_external_id} ${r.scorecard} ${r.as_of} ${r.body}`);
    };

    it('scores every account on every scorecard and stores one snapshot each', async () => {
      const report = await scoreAccounts(test.store, defaultModel, { asOf: AS_OF, now: LATER });

      expect(report.mode).toBe('full');
      expect(report.total).toBe(30);
      expect(report.scored).toBe(30);
      expect(await SnapshotRepository.count(test.store.db, { runId: report.runId })).toBe(30 * defaultModel.scorecards.length);
      for (const card of defaultModel.scorecards) {
        expect(Object.values(report.bands[card.name] ?? {}).reduce((a, b) => a + b, 0), card.name).toBe(30);
      }
      const health = report.bands.health ?? {};
      // The demo's latent health spreads accounts over several bands, not one.
      expect(Object.keys(health).length).toBeGreaterThan(1);
    });

    it('a pool of scoring threads writes the same snapshots as this thread alone', async () => {
      const alone = await scoreAccounts(test.store, defaultModel, { asOf: AS_OF, now: LATER, threads: 1, batchSize: 7 });
      const first = await snapshotBodies(defaultModel.version);

      const pooled = await scoreAccounts(test.store, defaultModel, { asOf: AS_OF, now: LATER, mode: 'full', threads: 2, batchSize: 7 });

      expect(pooled.scored).toBe(30);
      expect(pooled.bands).toEqual(alone.bands);
      expect(await SnapshotRepository.count(test.store.db, { runId: pooled.runId })).toBe(30 * defaultModel.scorecards.length);
      expect(await snapshotBodies(defaultModel.version)).toEqual(first);
    });

    it('scoring the same inputs again writes identical snapshots', async () => {
      await scoreAccounts(test.store, defaultModel, { asOf: AS_OF, now: LATER });
      const first = await snapshotBodies(defaultModel.version);

      const again = await scoreAccounts(test.store, defaultModel, { asOf: AS_OF, now: LATER, mode: 'full' });

      expect(again.scored).toBe(30);
      expect(await snapshotBodies(defaultModel.version)).toEqual(first);
    });

    it('an incremental run at the same moment with nothing new rescores no account', async () => {
      await scoreAccounts(test.store, defaultModel, { asOf: AS_OF, now: LATER });

      const again = await scoreAccounts(test.store, defaultModel, { asOf: AS_OF, now: LATER });

      expect(again).toMatchObject({ mode: 'incremental', total: 30, scored: 0, kept: 30 });
    });

    it('an incremental run rescores exactly the accounts whose facts an import changed', async () => {
      await scoreAccounts(test.store, defaultModel, { asOf: AS_OF, now: LATER });
      const accounts = await test.store.db.selectFrom('accounts').select(['external_id']).where('parent_external_id', 'is', null).orderBy('id').limit(3).execute();
      const tickets = join(temp.dir, 'tickets.csv');
      const lines = ['external_id,account_external_id,opened_at,priority,status,subject,known_at'];
      accounts.forEach((a, i) => lines.push(`NEW-${i},${a.external_id},2026-11-10T10:00:00Z,urgent,open,Outage,2026-11-10T12:00:00Z`));
      writeFileSync(tickets, `${lines.join('\n')}\n`);
      await importFiles(test.store, [tickets], { now: LATER, threads: 'inline' });

      const again = await scoreAccounts(test.store, defaultModel, { asOf: AS_OF, now: LATER });

      expect(again.mode).toBe('incremental');
      expect(again.scored).toBe(3);
      expect(again.kept).toBe(27);
      const rescored = await test.store.db.selectFrom('score_snapshots').select('account_external_id').distinct().where('run_id', '=', again.runId).execute();
      expect(rescored.map((r) => r.account_external_id).sort()).toEqual(accounts.map((a) => a.external_id).sort());
    });

    it('a later run keeps exactly the snapshots that still hold, and they equal a fresh score', async () => {
      // Runs that score the moment they run at, as `bellwether score` does by default.
      await scoreAccounts(test.store, defaultModel, { asOf: AS_OF, now: AS_OF });
      const later = new Date(Date.parse(AS_OF) + 6 * 3600_000).toISOString();
      const validUntil = await test.store.db.selectFrom('score_snapshots').select(['account_id', 'valid_until']).where('scorecard', '=', 'health').execute();
      const expired = validUntil.filter((r) => r.valid_until !== null && r.valid_until <= later).length;

      const incremental = await scoreAccounts(test.store, defaultModel, { asOf: later, now: later });

      expect(incremental.mode).toBe('incremental');
      expect(incremental.scored).toBe(expired);
      expect(incremental.kept).toBe(30 - expired);
      // Every kept account scores the same when scored afresh at the later moment.
      const kept = validUntil.filter((r) => r.valid_until === null || r.valid_until > later);
      expect(kept.length).toBeGreaterThan(0);
      for (const row of kept.slice(0, 10)) {
        const [stored] = await test.store.db.selectFrom('score_snapshots').select(['account_external_id', 'body']).where('account_id', '=', row.account_id).where('scorecard', '=', 'health').where('as_of', '=', AS_OF).execute();
        const fresh = await scoreOneAccount(test.store, defaultModel, stored!.account_external_id, later);
        const health = fresh?.scorecards.find((c) => c.scorecard === 'health');
        expect(health?.score ?? null, stored!.account_external_id).toBeCloseTo((JSON.parse(stored!.body) as { score: number }).score ?? NaN, 3);
      }
    });

    it('after a run as of a past moment, a later run rescores every account: facts learned in between were already stored', async () => {
      const t1 = '2026-09-01T00:00:00.000Z';
      const t2 = '2026-10-01T00:00:00.000Z';
      // Stored now, but learned between t1 and t2: a run as of t1 cannot have seen them.
      const accounts = await test.store.db.selectFrom('accounts').select(['external_id']).where('parent_external_id', 'is', null).orderBy('id').limit(3).execute();
      const tickets = join(temp.dir, 'tickets.csv');
      const lines = ['external_id,account_external_id,opened_at,priority,status,subject,known_at'];
      accounts.forEach((a, i) => lines.push(`MID-${i},${a.external_id},2026-09-10T10:00:00Z,urgent,open,Outage,2026-09-10T12:00:00Z`));
      writeFileSync(tickets, `${lines.join('\n')}\n`);
      await importFiles(test.store, [tickets], { now: LATER, threads: 'inline' });
      await scoreAccounts(test.store, defaultModel, { asOf: t1, now: LATER });

      const later = await scoreAccounts(test.store, defaultModel, { asOf: t2, now: LATER });

      expect(later).toMatchObject({ mode: 'incremental', scored: 30, kept: 0 });
      for (const a of accounts) {
        const [row] = await test.store.db.selectFrom('score_snapshots').select('body').where('account_external_id', '=', a.external_id).where('scorecard', '=', 'health').where('as_of', '=', t2).execute();
        const fresh = (await scoreOneAccount(test.store, defaultModel, a.external_id, t2))?.scorecards.find((c) => c.scorecard === 'health');
        expect((JSON.parse(row!.body) as { score: number | null }).score ?? NaN).toBeCloseTo(fresh?.score ?? NaN, 3);
      }
    });

    it('explaining a grandparent rolls up its whole subtree, as the run stored it', async () => {
      const accounts = join(temp.dir, 'accounts.csv');
      writeFileSync(accounts, 'external_id,name,domains,arr,parent_external_id,known_at\nG-1,Group,group.example,300000,,2026-01-01T00:00:00Z\nP-1,Parent,parent.example,200000,G-1,2026-01-01T00:00:00Z\nC-1,Child,child.example,100000,P-1,2026-01-01T00:00:00Z\n');
      const usage = join(temp.dir, 'usage_days.csv');
      writeFileSync(usage, 'account_external_id,date,active_users,events,known_at\nC-1,2026-11-01,3,10,2026-11-02T00:00:00Z\nP-1,2026-11-01,40,900,2026-11-02T00:00:00Z\n');
      await importFiles(test.store, [accounts, usage], { now: LATER, threads: 'inline' });
      await scoreAccounts(test.store, defaultModel, { asOf: AS_OF, now: LATER });

      const [row] = await test.store.db.selectFrom('score_snapshots').select('body').where('account_external_id', '=', 'G-1').where('scorecard', '=', 'health').execute();
      const stored = JSON.parse(row!.body) as { score: number | null; drivers: Array<{ kind: string; id: string }> };
      const fresh = (await scoreOneAccount(test.store, defaultModel, 'G-1', AS_OF))?.scorecards.find((c) => c.scorecard === 'health');

      expect(stored.score).not.toBeNull();
      expect(fresh?.score ?? NaN).toBeCloseTo(stored.score ?? NaN, 3);
      expect(fresh?.drivers.filter((d) => d.kind === 'child').map((d) => d.id)).toEqual(stored.drivers.filter((d) => d.kind === 'child').map((d) => d.id));
    });

    it('rolls a child up into the parent it had at the moment scored, and rescores the parent it left', async () => {
      const write = (name: string, text: string) => {
        const file = join(temp.dir, name);
        writeFileSync(file, text);
        return file;
      };
      const header = 'external_id,name,domains,arr,parent_external_id,known_at\n';
      await importFiles(test.store, [write('accounts.csv', `${header}P-1,One,one.example,1000,,2026-01-01T00:00:00Z\nP-2,Two,two.example,1000,,2026-01-01T00:00:00Z\nC-1,Kid,kid.example,500,P-1,2026-01-01T00:00:00Z\n`), write('usage_days.csv', 'account_external_id,date,active_users,events,known_at\nC-1,2026-11-01,30,900,2026-11-02T00:00:00Z\n')], { now: LATER, threads: 'inline' });
      const children = async (parent: string, asOf: string) => {
        const rows = await test.store.db.selectFrom('score_snapshots').select('body').where('account_external_id', '=', parent).where('scorecard', '=', 'health').where('as_of', '=', asOf).execute();
        const body = JSON.parse(rows[0]!.body) as { components: Array<{ component: string; metrics: Array<{ metric: string }> }> };
        return body.components.filter((c) => c.component === 'children').flatMap((c) => c.metrics.map((m) => m.metric));
      };

      // C-1 moves to P-2 in a version learned after the moment scored: the past roll-up stays with P-1.
      await importFiles(test.store, [write('accounts-later.csv', `${header}C-1,Kid,kid.example,500,P-2,2026-12-01T00:00:00Z\n`)], { now: LATER, threads: 'inline' });
      await scoreAccounts(test.store, defaultModel, { asOf: AS_OF, now: AS_OF });
      expect(await children('P-1', AS_OF)).toEqual(['C-1']);
      expect(await children('P-2', AS_OF)).toEqual([]);

      // Now learned before the moment: an incremental run rescores the child and both parents.
      await importFiles(test.store, [write('accounts-move.csv', `${header}C-1,Kid,kid.example,500,P-2,2026-11-10T00:00:00Z\n`)], { now: LATER, threads: 'inline' });
      const again = await scoreAccounts(test.store, defaultModel, { asOf: AS_OF, now: AS_OF });
      expect(again.scored).toBeGreaterThanOrEqual(3);
      expect(await children('P-1', AS_OF)).toEqual([]);
      expect(await children('P-2', AS_OF)).toEqual(['C-1']);
    });

    it('a new model version rescores every account', async () => {
      await scoreAccounts(test.store, defaultModel, { asOf: AS_OF, now: LATER });
      const source = (await readFile(DEFAULT_MODEL_FILE, 'utf8')).replace(/^name: .*$/m, 'name: changed');
      const loaded = loadModel(source);
      if (!loaded.ok) throw new Error('changed model does not load');

      const report = await scoreAccounts(test.store, loaded.model, { asOf: AS_OF, now: LATER });

      expect(loaded.model.version).not.toBe(defaultModel.version);
      expect(report).toMatchObject({ mode: 'full', scored: 30 });
    });

    it('explaining one account gives the stored snapshot, with its evidence in full', async () => {
      await scoreAccounts(test.store, defaultModel, { asOf: AS_OF, now: LATER });
      const [row] = await test.store.db.selectFrom('score_snapshots').select(['account_external_id', 'scorecard', 'body']).where('scorecard', '=', 'health').where('score', 'is not', null).orderBy('id').limit(1).execute();
      if (!row) throw new Error('no health snapshot');

      const result = await scoreOneAccount(test.store, defaultModel, row.account_external_id, AS_OF);
      const health = result?.scorecards.find((s) => s.scorecard === 'health');
      const stored = JSON.parse(row.body) as typeof health;

      // Stored figures keep 4 decimals.
      expect(health?.score).toBeCloseTo(stored?.score ?? NaN, 4);
      const four = (x: number) => Math.round(x * 1e4) / 1e4;
      expect(health?.components.map((c) => [c.component, four(c.contribution)])).toEqual(stored?.components.map((c) => [c.component, c.contribution]));
      const evidence = (s: typeof health) => s?.components.flatMap((c) => c.metrics.flatMap((m) => m.evidence)).length ?? 0;
      expect(evidence(health)).toBeGreaterThanOrEqual(evidence(stored));
    });

    it('the default model is stored and activated with an audit entry on first use; a bad model leaves it active', async () => {
      const first = await activeModel(test.store, { now: LATER, actor: 'ann@example.org' });
      expect(first.model.version).toBe(defaultModel.version);
      expect((await ModelRepository.active(test.store.db))?.version).toBe(defaultModel.version);
      const audit = await AuditRepository.list(test.store.db, { entity: 'model', limit: 10 });
      expect(audit.map((a) => [a.action, a.entityId, a.actor])).toEqual([['model.activate', defaultModel.version, 'ann@example.org']]);

      await expect(activateModel(test.store, 'name: broken\nscorecards: {}\n', { now: LATER, actor: 'ann@example.org' })).rejects.toThrow(/model|scorecard/i);
      expect((await ModelRepository.active(test.store.db))?.version).toBe(defaultModel.version);
      // The database itself holds at most one active model.
      await ModelRepository.save(test.store.db, { version: 'other', name: 'other', source: 'x', createdAt: LATER, createdBy: 'ann@example.org' });
      await expect(test.store.db.updateTable('score_models').set({ active: 1 }).where('version', '=', 'other').execute()).rejects.toThrow();
      await ModelRepository.activate(test.store.db, 'other', LATER);
      expect((await ModelRepository.list(test.store.db)).filter((m) => m.active).map((m) => m.version)).toEqual(['other']);
    });
  });
}
