import { describe, expect, it } from 'vitest';
import { scorecardOf } from '../engine/account-score.js';
import { scoreAccount } from '../engine/score-account.js';
import { HEALTH_METRICS, healthModelYaml } from '../test-support/health-model.js';
import { healthSnapshot } from '../test-support/health-snapshot.js';
import { account, invoice, modelFrom, pulse, signals, usage } from '../test-support/signals-fixture.js';
import { whyChanged } from './why-changed.js';

const yaml = healthModelYaml('why', {
  billing: { weight: 1, metrics: [HEALTH_METRICS.daysLate] },
  usage: { weight: 2, metrics: [HEALTH_METRICS.activeUserRatio, HEALTH_METRICS.featureBreadth] },
  pulse: { weight: 1, metrics: [HEALTH_METRICS.pulse] },
});
const model = modelFrom(yaml);
const s = signals({
  account: account({ seats: 10 }),
  invoices: [invoice('INV-1', '2025-05-01', '2025-05-05T09:00:00.000Z'), invoice('INV-2', '2025-06-01', '2025-06-29T09:00:00.000Z')],
  usageDays: [usage('2025-05-12', 9, ['a', 'b', 'c']), usage('2025-06-23', 3, ['a', 'b', 'c'])],
  pulses: [pulse('green', '2025-05-01T00:00:00.000Z'), pulse('red', '2025-06-25T00:00:00.000Z')],
});
const snap = (asOf: string) => healthSnapshot(s, model, asOf);

describe('whyChanged', () => {
  const before = snap('2025-05-31T00:00:00.000Z');
  const after = snap('2025-06-30T00:00:00.000Z');
  const why = whyChanged(before, after);

  it('splits the raw-score change by component and metric, largest first, adding up', () => {
    if (!why.ok) throw new Error(why.message);
    expect(why.rawDelta).toBeCloseTo((after.rawScore ?? 0) - (before.rawScore ?? 0), 10);
    expect(why.components.reduce((a, c) => a + c.delta, 0)).toBeCloseTo(why.rawDelta, 10);
    // pulse green → red: 0.25 × −100; usage 60 → 30: 0.5 × −30; billing 90 → 60: 0.25 × −30.
    expect(why.components.map((c) => [c.component, c.delta])).toEqual([
      ['pulse', -25],
      ['usage', -15],
      ['billing', -7.5],
    ]);
    const deltas = why.components.map((c) => Math.abs(c.delta));
    expect(deltas).toEqual([...deltas].sort((a, b) => b - a));
    for (const c of why.components) expect(c.metrics.reduce((a, m) => a + m.delta, 0)).toBeCloseTo(c.delta, 10);
    expect(why.components[1]?.metrics[0]).toMatchObject({ metric: 'active-user-ratio', before: { rawValue: 0.9 }, after: { rawValue: 0.3 } });
    expect(why).toMatchObject({ bandBefore: 'Healthy', bandAfter: 'At risk', overrideDelta: 0 });
  });

  it('refuses to compare snapshots of different model versions', () => {
    const other = modelFrom(yaml.replace('max: 40', 'max: 60'));
    const r = whyChanged(before, scorecardOf(scoreAccount(s, other, '2025-06-30T00:00:00.000Z'), 'health') ?? after);
    expect(r).toMatchObject({ ok: false, code: 'model_version_mismatch' });
    expect(r.ok ? '' : r.message).toMatch(/different model versions/);
  });

  it('refuses snapshots of different scorecards or accounts', () => {
    expect(whyChanged(before, { ...after, scorecard: 'expansion' })).toMatchObject({ ok: false, code: 'different_scorecard' });
    expect(whyChanged(before, { ...after, accountExternalId: 'ACC-2' })).toMatchObject({ ok: false, code: 'different_account' });
  });
});
