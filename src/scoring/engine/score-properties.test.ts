import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadModel } from '../model/load-model.js';
import { randomSignals, seededRandom } from '../test-support/random-signals.js';
import { buildPopulation, populationInputs } from './population.js';
import { scoreAccount } from './score-account.js';

const text = readFileSync(new URL('../../../models/default.yaml', import.meta.url), 'utf8');
const loaded = loadModel(text);
if (!loaded.ok) throw new Error('default model does not load');
const model = loaded.model;
const ASOF = '2025-06-30T00:00:00.000Z';

function expectWithin(x: number | null, lo: number, hi: number): void {
  if (x === null) return;
  expect(x).toBeGreaterThanOrEqual(lo);
  expect(x).toBeLessThanOrEqual(hi);
}

describe('scores of random accounts (seeded)', () => {
  const rand = seededRandom(20250630);
  const accounts = Array.from({ length: 300 }, (_, i) => randomSignals(rand, i + 1));
  const population = buildPopulation(accounts.flatMap((s) => populationInputs(s, model, ASOF)));
  const results = accounts.map((s) => scoreAccount(s, model, ASOF, { population }));
  const snapshots = results.flatMap((r) => r.scorecards);

  it('stay within 0..100, with normalized values, effective weights and confidence in range', () => {
    expect(snapshots.length).toBe(900);
    for (const s of snapshots) {
      expectWithin(s.rawScore, 0, 100);
      expectWithin(s.score, 0, 100);
      expectWithin(s.confidence.value, 0, 1);
      for (const m of s.components.flatMap((c) => c.metrics)) expectWithin(m.normalized, 0, 100);
    }
    // The generator must exercise both sides: scored accounts and some that are not.
    expect(snapshots.filter((s) => s.rawScore === null).length).toBeGreaterThan(0);
    expect(snapshots.filter((s) => s.rawScore !== null).length).toBeGreaterThan(600);
  });

  it('have contributions that sum to the raw score, per metric and per component, with weights summing to 1', () => {
    for (const s of snapshots) {
      if (s.rawScore === null) continue;
      const metrics = s.components.flatMap((c) => c.metrics);
      expect(metrics.reduce((a, m) => a + m.contribution, 0)).toBeCloseTo(s.rawScore, 9);
      expect(s.components.reduce((a, c) => a + c.contribution, 0)).toBeCloseTo(s.rawScore, 9);
      expect(metrics.reduce((a, m) => a + m.effectiveWeight, 0)).toBeCloseTo(1, 9);
      expect(metrics.reduce((a, m) => a + m.impact, 0)).toBeCloseTo(s.rawScore - 50, 9);
    }
  });

  it('have a confidence range that holds the raw score', () => {
    for (const s of snapshots) {
      if (s.rawScore === null) continue;
      expect(s.confidence.low).not.toBeNull();
      expect(s.confidence.low ?? NaN).toBeLessThanOrEqual(s.rawScore + 1e-9);
      expect(s.confidence.high ?? NaN).toBeGreaterThanOrEqual(s.rawScore - 1e-9);
    }
  });

  it('are the same when scored again', () => {
    expect(accounts.slice(0, 50).map((s) => scoreAccount(s, model, ASOF, { population }))).toEqual(results.slice(0, 50));
  });
});
