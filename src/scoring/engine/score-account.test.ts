import { describe, expect, it } from 'vitest';
import type { Override, ScoreSnapshot } from '../../domain/index.js';
import type { AccountSignals } from '../account-signals.js';
import { HEALTH_METRICS, healthModelYaml } from '../test-support/health-model.js';
import { healthSnapshot } from '../test-support/health-snapshot.js';
import { account, ASOF, invoice, modelFrom, pulse, signals, usage } from '../test-support/signals-fixture.js';
import { scoreAccount } from './score-account.js';

const SEGMENTS = `decay: { halfLifeDays: 30, staleAfterDays: 30 }
segments:
  - name: premium
    match: { tier: [premium, strategic] }
    scorecards:
      health:
        components: { usage: { weight: 1 } }
        metrics: { days-late: { normalizer: { type: linear, min: 0, max: 20 } } }
`;
const MODEL = healthModelYaml(
  'golden',
  {
    billing: { weight: 1, metrics: [HEALTH_METRICS.daysLate] },
    usage: { weight: 3, metrics: [HEALTH_METRICS.activeUserRatio, HEALTH_METRICS.featureBreadth] },
    pulse: { weight: 1, metrics: [HEALTH_METRICS.pulse] },
  },
  SEGMENTS,
);
const model = modelFrom(MODEL);

/** billing 75 (10 days late), usage 60 (ratio 0.8 → 80, 4 features → 40), pulse green 100. */
function golden(fields: Partial<AccountSignals> = {}): AccountSignals {
  return signals({
    account: account({ seats: 20 }),
    invoices: [invoice('INV-1', '2025-06-01', '2025-06-11T09:00:00.000Z')],
    usageDays: [usage('2025-06-23', 16, ['dashboards', 'reports', 'alerts', 'api'])],
    pulses: [pulse('green', '2025-06-20T00:00:00.000Z')],
    ...fields,
  });
}

const health = (s: AccountSignals, asOf = ASOF): ScoreSnapshot => healthSnapshot(s, model, asOf);

const metric = (snap: ScoreSnapshot, id: string) => snap.components.flatMap((c) => c.metrics).find((m) => m.metric === id);
const sumOfContributions = (snap: ScoreSnapshot) => snap.components.flatMap((c) => c.metrics).reduce((a, m) => a + m.contribution, 0);

describe('scoreAccount', () => {
  it('weights normalized metrics into a raw score their contributions add up to', () => {
    const s = health(golden());
    expect(s.rawScore).toBeCloseTo(0.2 * 75 + 0.6 * 60 + 0.2 * 100, 10);
    expect(s.score).toBe(71);
    expect(s.band).toBe('Neutral');
    expect(sumOfContributions(s)).toBeCloseTo(s.rawScore ?? NaN, 10);
    expect(s.components.map((c) => [c.component, c.score, c.effectiveWeight])).toEqual([
      ['billing', 75, 0.2],
      ['usage', 60, 0.6],
      ['pulse', 100, 0.2],
    ]);
    expect(metric(s, 'days-late')).toMatchObject({ rawValue: 10, normalized: 75, status: 'ok', evidence: [{ entity: 'invoice', id: 'INV-1' }] });
    expect(s.confidence).toMatchObject({ completeness: 1, freshness: 1, low: s.rawScore, high: s.rawScore });
  });

  it('lists the largest pulls away from neutral as drivers, down first', () => {
    const s = health(golden({ pulses: [pulse('red', '2025-06-20T00:00:00.000Z')] }));
    expect(s.drivers.map((d) => [d.id, d.direction, Math.round(d.impact * 100) / 100])).toEqual([
      ['pulse', 'negative', -10],
      ['feature-breadth', 'negative', -3],
      ['active-user-ratio', 'positive', 9],
      ['days-late', 'positive', 5],
    ]);
  });

  it('re-spreads the weight of a missing component and lowers confidence, with the range it could be', () => {
    const s = health(golden({ pulses: [] }));
    expect(s.rawScore).toBeCloseTo(0.25 * 75 + 0.75 * 60, 10);
    expect(metric(s, 'pulse')).toMatchObject({ status: 'missing', normalized: null, contribution: 0, effectiveWeight: 0 });
    expect(s.confidence.completeness).toBe(0.8);
    // pulse missing at weight 0.2: worst 0, best 100; the rest as measured (0.2·75 + 0.6·60 = 51).
    expect(s.confidence.low).toBeCloseTo(51, 10);
    expect(s.confidence.high).toBeCloseTo(71, 10);
    expect(s.confidence.reasons[0]).toEqual({ kind: 'completeness', message: '1 of 4 metrics had no data: pulse', metrics: ['pulse'] });
  });

  it('re-spreads a missing metric within its component first', () => {
    const s = health(golden({ account: account({ seats: undefined }) }));
    // usage is feature-breadth alone (40): (1·75 + 3·40) / 4.
    expect(s.rawScore).toBeCloseTo((75 + 3 * 40 + 100) / 5, 10);
    expect(s.components[1]).toMatchObject({ component: 'usage', score: 40 });
    expect(metric(s, 'feature-breadth')?.effectiveWeight).toBeCloseTo(0.6, 12);
  });

  it('decays a stale metric toward neutral with the half-life and says so', () => {
    // Due 2025-04-01, asOf 2025-06-30: 90 days old, 60 past the 30-day limit: two half-lives.
    const s = health(golden({ invoices: [invoice('INV-1', '2025-04-01', '2025-04-11T09:00:00.000Z')] }), '2025-06-30T00:00:00.000Z');
    expect(metric(s, 'days-late')).toMatchObject({ undecayed: 75, normalized: 56.25, decay: 0.25, status: 'stale' });
    expect(s.confidence.freshness).toBe(0.85);
    expect(s.confidence.low).toBeCloseTo(0.6 * 60 + 0.2 * 100, 10);
    expect(s.confidence.high).toBeCloseTo(0.2 * 100 + 0.6 * 60 + 0.2 * 100, 10);
    expect(s.confidence.reasons.map((r) => r.kind)).toEqual(['freshness', 'volume']);
  });

  it("applies the first matching segment's weights and thresholds", () => {
    const s = health(golden({ account: account({ tier: 'Premium' }) }));
    expect(s.segment).toBe('premium');
    // usage weight 1, days-late on 0..20: 10 days → 50.
    expect(s.rawScore).toBeCloseTo((50 + 60 + 100) / 3, 10);
    expect(health(golden({ account: account({ tier: 'standard' }) })).segment).toBeNull();
  });

  it('applies an override until its expiry and keeps the raw score beside it', () => {
    const override: Override = { accountExternalId: 'ACC-1', mode: 'absolute', value: 40, reason: 'exec escalation last week', authorEmail: 'lead@us.com', createdAt: '2025-06-01T00:00:00.000Z', expiresAt: ASOF };
    const before = health(golden({ overrides: [override] }), '2025-06-30T11:59:59.999Z');
    expect(before).toMatchObject({ score: 40, band: 'At risk', override: { ...override, applied: true } });
    expect(before.rawScore).toBeCloseTo(71, 10);
    const onExpiry = health(golden({ overrides: [override] }), ASOF);
    expect(onExpiry).toMatchObject({ score: 71, band: 'Neutral', override: null });
  });

  it('shifts by a delta override, per scorecard or for all, the newest winning', () => {
    const base = { accountExternalId: 'ACC-1', reason: 'renewal at risk', authorEmail: 'rep@us.com' } as const;
    const older: Override = { ...base, mode: 'delta', value: -30, createdAt: '2025-06-01T00:00:00.000Z' };
    const newer: Override = { ...base, mode: 'delta', value: -10, scorecard: 'health', createdAt: '2025-06-10T00:00:00.000Z' };
    const other: Override = { ...base, mode: 'absolute', value: 5, scorecard: 'expansion', createdAt: '2025-06-20T00:00:00.000Z' };
    expect(health(golden({ overrides: [older, newer, other] })).score).toBe(61);
    expect(health(golden({ overrides: [older] })).score).toBe(41);
    expect(health(golden({ overrides: [{ ...older, createdAt: '2025-07-01T00:00:00.000Z' }] })).score).toBe(71);
  });

  it('bands the final score, rounded to one decimal: 74.96 shows as 75 and is Healthy', () => {
    const set = (value: number): Override => ({ accountExternalId: 'ACC-1', mode: 'absolute', value, reason: 'edge test', authorEmail: 'a@us.com', createdAt: '2025-06-01T00:00:00.000Z' });
    expect(health(golden({ overrides: [set(74.96)] }))).toMatchObject({ score: 75, band: 'Healthy' });
    expect(health(golden({ overrides: [set(74.94)] }))).toMatchObject({ score: 74.9, band: 'Neutral' });
    expect(health(golden({ overrides: [set(100)] }))).toMatchObject({ score: 100, band: 'Healthy' });
    expect(health(golden({ overrides: [set(0)] }))).toMatchObject({ score: 0, band: 'Critical' });
    // 7 features → 70: usage (80 + 70) / 2 = 75, raw 0.2·75 + 0.6·75 + 0.2·100 = 80.
    const s = health(golden({ usageDays: [usage('2025-06-23', 16, ['a', 'b', 'c', 'd', 'e', 'f', 'g'])] }));
    // usage = (80 + 70) / 2 = 75 → raw 0.2·75 + 0.6·75 + 0.2·100 = 80.
    expect(s).toMatchObject({ score: 80, band: 'Healthy' });
    const edge = health(golden({ usageDays: [usage('2025-06-23', 16, ['a', 'b', 'c', 'd', 'e', 'f', 'g'])], invoices: [invoice('INV-1', '2025-06-01', '2025-06-26T09:00:00.000Z')] }));
    // 25 days late → 37.5: raw 0.2·37.5 + 45 + 20 = 72.5.
    expect(edge).toMatchObject({ score: 72.5, band: 'Neutral' });
  });

  it('gives an account with no data a null score, confidence 0 and the reason, not 50', () => {
    const s = health(signals({ account: account({ renewalDate: '2025-09-01', lifecycleStage: 'active' }) }));
    expect(s).toMatchObject({ rawScore: null, score: null, band: null, drivers: [] });
    expect(s.confidence).toMatchObject({ value: 0, low: null, high: null, reasons: [{ kind: 'no_data' }] });
  });

  it('ignores signals known or dated after asOf', () => {
    const future = golden({
      usageDays: [usage('2025-06-23', 16, ['dashboards', 'reports', 'alerts', 'api']), usage('2025-07-01', 20, ['x', 'y', 'z'])],
      invoices: [invoice('INV-1', '2025-06-01', '2025-06-11T09:00:00.000Z'), invoice('INV-2', '2025-06-15', '2025-06-16T09:00:00.000Z', { knownAt: '2025-07-02T00:00:00.000Z' })],
      pulses: [pulse('green', '2025-06-20T00:00:00.000Z'), pulse('red', '2025-07-01T00:00:00.000Z')],
    });
    expect(health(future)).toEqual(health(golden()));
  });

  it('is deterministic: the same inputs give deep-equal results that survive JSON', () => {
    const a = scoreAccount(golden(), model, ASOF);
    const b = scoreAccount(golden(), model, ASOF);
    expect(a).toEqual(b);
    expect(JSON.parse(JSON.stringify(a))).toEqual(a);
  });

  it('refuses an asOf that is not a time', () => {
    expect(() => scoreAccount(golden(), model, 'yesterday')).toThrow(/not a timestamp/);
  });
});
