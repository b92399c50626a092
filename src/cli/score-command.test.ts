import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestStore, DIALECTS, makeTempDir, type TestStore } from '../../test/test-setup.js';
import { generateDemo } from '../demo/index.js';

const temp = makeTempDir('bw-score-cli-');
afterAll(() => temp.remove());
beforeAll(async () => {
  await generateDemo({ size: 25, asOf: '2026-11-01T00:00:00Z', outDir: join(temp.dir, 'demo'), seed: 5 });
});

function bellwether(url: string, ...args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'main.ts'), '--database-url', url, ...args], {
    encoding: 'utf8',
    cwd: join(import.meta.dirname, '../..'),
    env: { ...process.env, BELLWETHER_USER: 'ann@example.org' },
  });
}

for (const dialect of DIALECTS) {
  describe(`bellwether score, explain, why-changed, history, model (${dialect})`, () => {
    let test: TestStore;
    beforeAll(async () => {
      test = await createTestStore(dialect);
      const imported = bellwether(test.url, 'import', join(temp.dir, 'demo'));
      expect(imported.status, imported.stderr).toBe(1); // the demo has dirty rows on purpose
    });
    afterAll(() => test.cleanup());

    it('scores every account, then only what changed', () => {
      const first = bellwether(test.url, '--json', 'score', '--as-of', '2026-10-01');
      expect(first.status, first.stderr).toBe(0);
      const report = JSON.parse(first.stdout) as { total: number; scored: number; mode: string; bands: Record<string, Record<string, number>> };
      expect(report).toMatchObject({ total: 25, scored: 25, mode: 'full' });
      expect(Object.values(report.bands.health ?? {}).reduce((a, b) => a + b, 0)).toBe(25);

      const again = bellwether(test.url, 'score', '--as-of', '2026-10-01');
      expect(again.status).toBe(0);
      expect(again.stdout).toMatch(/incremental: 0 scored, 25 unchanged/);
    });

    it('explains an account down to its evidence', () => {
      const run = bellwether(test.url, 'explain', 'ACC-000001', '--as-of', '2026-10-01', '--scorecard', 'health');
      expect(run.status, run.stderr).toBe(0);
      expect(run.stdout).toMatch(/^health \d+\.\d \((Healthy|Neutral|At risk|Critical)\), confidence \d\.\d\d/m);
      expect(run.stdout).toMatch(/usage_day:20\d\d-\d\d-\d\d/);
      expect(run.stdout).not.toMatch(/^churn-risk/m);
    });

    it('says why a score changed between two moments, under one model', () => {
      const run = bellwether(test.url, '--json', 'why-changed', 'ACC-000001', '--from', '2026-06-01', '--to', '2026-10-01', '--scorecard', 'health');
      expect(run.status, run.stderr).toBe(0);
      const [why] = JSON.parse(run.stdout) as Array<{ ok: boolean; rawDelta: number; components: Array<{ delta: number }> }>;
      expect(why?.ok).toBe(true);
      const sum = why?.components.reduce((a, c) => a + c.delta, 0) ?? NaN;
      expect(sum).toBeCloseTo(why?.rawDelta ?? NaN, 6);
    });

    it('lists stored history with trends', () => {
      bellwether(test.url, 'score', '--as-of', '2026-10-15');
      const run = bellwether(test.url, '--json', 'history', 'ACC-000001');
      expect(run.status, run.stderr).toBe(0);
      const history = JSON.parse(run.stdout) as { points: Array<{ asOf: string }>; trend: { d7: number | null } };
      expect(history.points.map((p) => p.asOf)).toEqual(['2026-10-01T00:00:00.000Z', '2026-10-15T00:00:00.000Z']);
      expect(history.trend.d7).not.toBeNull();
    });

    it('replays past moments under the active model, one run per step', () => {
      const run = bellwether(test.url, '--json', 'score', '--replay', '--from', '2026-08-01', '--to', '2026-08-15', '--every', '7d');
      expect(run.status, run.stderr).toBe(0);
      const reports = JSON.parse(run.stdout) as Array<{ asOf: string; total: number; scored: number }>;
      expect(reports.map((r) => r.asOf)).toEqual(['2026-08-01T00:00:00.000Z', '2026-08-08T00:00:00.000Z', '2026-08-15T00:00:00.000Z']);
      expect(reports[0]?.scored).toBe(reports[0]?.total);

      const history = JSON.parse(bellwether(test.url, '--json', 'history', 'ACC-000001', '--to', '2026-08-31').stdout) as { points: Array<{ asOf: string }> };
      // A step writes a snapshot only for accounts whose score could have moved; the first step scores all.
      expect(history.points[0]?.asOf).toBe('2026-08-01T00:00:00.000Z');
      for (const p of history.points) expect(reports.map((r) => r.asOf)).toContain(p.asOf);
    });

    it('refuses a scorecard the model lacks, an impossible date and an unknown model version', () => {
      const card = bellwether(test.url, 'explain', 'ACC-000001', '--scorecard', 'happiness');
      expect(card.status).toBe(2);
      expect(card.stderr).toContain('--scorecard "happiness" is not in the model (it has health, churn-risk, expansion)');
      const date = bellwether(test.url, 'score', '--as-of', '2026-02-30');
      expect(date.status).toBe(2);
      expect(date.stderr).toContain('--as-of "2026-02-30" is not a date');
      const version = bellwether(test.url, 'model', 'show', '--model-version', 'no-such-version');
      expect(version.status).toBe(1);
      expect(version.stderr).toContain('no stored model version "no-such-version"');
    });

    it('rejects a bad model with its line and keeps the active one', () => {
      const bad = join(temp.dir, `bad-${dialect}.yaml`);
      // The shipped model with one metric misspelt: the error must name that line.
      const lines = readFileSync(join(import.meta.dirname, '../../models/default.yaml'), 'utf8').split('\n');
      const at = lines.findIndex((l) => l.includes('metric: active-user-ratio'));
      lines[at] = lines[at]!.replace('metric: active-user-ratio', 'metric: active-users-ratio');
      writeFileSync(bad, lines.join('\n'));
      const validated = bellwether(test.url, 'model', 'validate', bad);
      expect(validated.status).toBe(1);
      expect(validated.stdout).toContain(`${bad}:${at + 1}: `);
      expect(validated.stdout).toContain('active-users-ratio');

      const before = bellwether(test.url, '--json', 'model', 'show');
      const activated = bellwether(test.url, 'model', 'activate', bad);
      expect(activated.status).toBe(1);
      expect(activated.stderr).toContain('previous one stays active');
      expect(JSON.parse(bellwether(test.url, '--json', 'model', 'show').stdout)).toEqual(JSON.parse(before.stdout));
    });
  });
}
