import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countRows, createTestStore, DIALECTS, makeTempDir, type TestStore } from '../../test/test-setup.js';
import type { ModelPreview } from '../app/index.js';
import { generateDemo } from '../demo/index.js';

const temp = makeTempDir('bw-preview-cli-');
const DEFAULT_YAML = readFileSync(join(import.meta.dirname, '../../models/default.yaml'), 'utf8');
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
  describe(`bellwether model preview (${dialect})`, () => {
    let test: TestStore;
    beforeAll(async () => {
      test = await createTestStore(dialect);
      const imported = bellwether(test.url, 'import', join(temp.dir, 'demo'));
      expect(imported.status, imported.stderr).toBe(1); // the demo has dirty rows on purpose
      const scored = bellwether(test.url, 'score', '--as-of', '2026-10-01');
      expect(scored.status, scored.stderr).toBe(0);
    });
    afterAll(() => test.cleanup());

    const scoringRows = async () => Promise.all(['score_snapshots', 'score_runs', 'score_populations', 'score_models'].map((t) => countRows(test.store, t)));

    it('prints the band transitions and the largest changes of a raised band, and stores nothing', async () => {
      const file = join(temp.dir, `raised-${dialect}.yaml`);
      writeFileSync(file, DEFAULT_YAML.replace('{ name: Healthy, min: 75, max: 100', '{ name: Healthy, min: 80, max: 100').replace('{ name: Neutral, min: 50, max: 75,', '{ name: Neutral, min: 50, max: 80,'));
      const before = await scoringRows();

      const text = bellwether(test.url, 'model', 'preview', file, '--as-of', '2026-10-01', '--limit', '3');
      const json = bellwether(test.url, '--json', 'model', 'preview', file, '--as-of', '2026-10-01');

      expect(text.status, text.stderr).toBe(0);
      expect(json.status, json.stderr).toBe(0);
      expect(await scoringRows()).toEqual(before);
      const preview = JSON.parse(json.stdout) as ModelPreview;
      expect(preview).toMatchObject({ asOf: '2026-10-01T00:00:00.000Z', accounts: 25 });
      expect(preview.totalChanges).toBeGreaterThan(0);
      const health = preview.scorecards.find((c) => c.scorecard === 'health');
      const lines = text.stdout.split('\n');
      expect(lines[0]).toBe(`Model "default" (${preview.candidateVersion}) against the active "default" (${preview.activeVersion}), as of 2026-10-01T00:00:00.000Z, 25 accounts:`);
      expect(lines[1]).toBe(`  health: ${health?.changedBand} account${health?.changedBand === 1 ? '' : 's'} change band; scores unchanged`);
      expect(lines[2]).toMatch(/^ {4}from \\ to {2}Healthy {2}Neutral/);
      expect(text.stdout).toContain(`Largest changes (${Math.min(3, preview.totalChanges)} of ${preview.totalChanges}, band changes first):`);
      const first = preview.changes[0]!;
      expect(text.stdout).toContain(`  ${first.externalId}  ${first.name.padEnd(28)}  `);
      expect(text.stdout).toMatch(/ Healthy -> \d+\.\d Neutral {2}0\.0\n/);
    });

    it('rejects a bad model with its line, and a bad --limit as a usage error', () => {
      const bad = join(temp.dir, `bad-${dialect}.yaml`);
      const lines = DEFAULT_YAML.split('\n');
      const at = lines.findIndex((l) => l.includes('metric: active-user-ratio'));
      lines[at] = lines[at]!.replace('metric: active-user-ratio', 'metric: active-users-ratio');
      writeFileSync(bad, lines.join('\n'));

      const run = bellwether(test.url, 'model', 'preview', bad);
      const limit = bellwether(test.url, 'model', 'preview', bad, '--limit', 'ten');

      expect(run.status).toBe(1);
      expect(run.stderr).toContain(`${bad}:${at + 1}: scorecards.health.components.usage.metrics[0].metric: `);
      expect(run.stderr).toContain('there is nothing to preview');
      expect(run.stdout).toBe('');
      expect(limit.status).toBe(2);
      expect(limit.stderr).toContain('--limit "ten" must be a whole number of 1 or more');
    });
  });
}
