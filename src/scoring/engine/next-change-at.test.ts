import { describe, expect, it } from 'vitest';
import type { Override, ScoreSnapshot } from '../../domain/index.js';
import type { AccountSignals } from '../account-signals.js';
import type { CompiledModel } from '../model/compiled-model.js';
import { account, ASOF, BANDS, modelFrom, signals, survey } from '../test-support/signals-fixture.js';
import { scorecardOf } from './account-score.js';
import { nextChangeAt } from './next-change-at.js';
import { scoreAccount } from './score-account.js';

const model = modelFrom(`name: until
${BANDS}
decay: { halfLifeDays: 30, staleAfterDays: 45 }
scorecards:
  health:
    components:
      contract:
        weight: 1
        metrics:
          - { metric: days-to-renewal, normalizer: { type: thresholds, red: 30, yellow: 60, green: 90 } }
      relationships:
        weight: 1
        metrics:
          - { metric: has-champion, normalizer: { type: boolean } }
      surveys:
        weight: 1
        metrics:
          - { metric: nps, window: 365d, normalizer: { type: linear, min: -100, max: 100 } }
`);

const champion = { email: 'c@acme.com', role: 'champion' as const, knownAt: '2025-01-01T00:00:00.000Z' };
const renewing = (renewalDate: string, fields: Partial<AccountSignals> = {}) => signals({ account: account({ renewalDate }), contacts: [champion], ...fields });
const health = (s: AccountSignals, asOf: string): ScoreSnapshot => {
  const snap = scorecardOf(scoreAccount(s, model, asOf), 'health');
  if (!snap) throw new Error('no health scorecard');
  return snap;
};
/** The parts of a snapshot that make the score, without raw values that count days. */
const scored = (s: ScoreSnapshot) => ({ score: s.score, rawScore: s.rawScore, band: s.band, confidence: s.confidence, normalized: s.components.flatMap((c) => c.metrics.map((m) => [m.metric, m.normalized, m.decay])) });
const before = (iso: string) => new Date(Date.parse(iso) - 1).toISOString();

describe('nextChangeAt', () => {
  it('is null for an account whose score nothing dated can change', () => {
    expect(nextChangeAt(signals({ contacts: [champion] }), model, ASOF)).toBeNull();
    expect(nextChangeAt(signals(), model, ASOF)).toBeNull();
  });

  it('days to renewal with thresholds: the score holds while the days stay at or above green, then changes every day, then never below red', () => {
    const s = renewing('2025-12-31');
    // 183 days out scores 100 down to 90 days; 89 days begins 1 ms after 2025-10-02T00:00.
    const until = nextChangeAt(s, model, ASOF);
    expect(until).toBe('2025-10-02T00:00:00.001Z');
    expect(scored(health(s, before(until ?? '')))).toEqual(scored(health(s, ASOF)));
    expect(health(s, until ?? '').score).not.toBe(health(s, ASOF).score);
    expect(nextChangeAt(s, model, '2025-10-15T12:00:00.000Z')).toBe('2025-10-16T00:00:00.001Z');
    expect(nextChangeAt(s, model, '2025-12-15T12:00:00.000Z')).toBeNull();
  });

  it('an override changes the score when it expires, and when it starts if created after asOf', () => {
    const override: Override = { accountExternalId: 'ACC-1', mode: 'absolute', value: 40, reason: 'exec escalation', authorEmail: 'lead@us.com', createdAt: '2025-06-01T00:00:00.000Z', expiresAt: '2025-07-15T00:00:00.000Z' };
    const s = renewing('2025-12-31', { overrides: [override] });
    expect(nextChangeAt(s, model, ASOF)).toBe('2025-07-15T00:00:00.000Z');
    expect(health(s, '2025-07-14T23:59:59.999Z').score).toBe(40);
    expect(health(s, '2025-07-15T00:00:00.000Z').score).not.toBe(40);
    expect(nextChangeAt(renewing('2025-12-31', { overrides: [{ ...override, createdAt: '2025-07-04T00:00:00.000Z' }] }), model, ASOF)).toBe('2025-07-04T00:00:00.000Z');
    // An override for a scorecard the model does not have changes nothing.
    expect(nextChangeAt(renewing('2025-12-31', { overrides: [{ ...override, scorecard: 'expansion' }] }), model, ASOF)).toBe('2025-10-02T00:00:00.001Z');
  });

  it('decay steps on whole days of age: first the day after the staleness limit, then every day', () => {
    const s = signals({ contacts: [champion], surveyResponses: [survey('S1', 'nps', 10, '2025-06-20T08:00:00.000Z')] });
    expect(nextChangeAt(s, model, ASOF)).toBe('2025-08-05T08:00:00.000Z');
    expect(health(s, '2025-08-05T07:59:59.999Z').components[2]?.metrics[0]?.decay).toBe(1);
    expect(health(s, '2025-08-05T08:00:00.000Z').components[2]?.metrics[0]?.decay).toBeLessThan(1);
    expect(nextChangeAt(s, model, '2025-08-05T08:00:00.000Z')).toBe('2025-08-06T08:00:00.000Z');
    expect(scored(health(s, '2025-08-06T07:59:59.999Z'))).toEqual(scored(health(s, '2025-08-05T08:00:00.000Z')));
  });

  it("a parent's result holds only as long as its children's", () => {
    const child = scoreAccount(renewing('2025-12-31', { account: account({ id: 2, externalId: 'ACC-2', renewalDate: '2025-12-31' }), overrides: [] }), model, ASOF);
    const kid = { ...child, validUntil: '2025-07-01T00:00:00.000Z' };
    const parent = renewing('2026-06-30', { children: [kid] });
    expect(nextChangeAt(renewing('2026-06-30'), model, ASOF)).toBe('2026-04-01T00:00:00.001Z');
    expect(nextChangeAt(parent, model, ASOF)).toBe('2025-07-01T00:00:00.000Z');
    expect(scoreAccount(parent, model, ASOF).validUntil).toBe('2025-07-01T00:00:00.000Z');
  });

  it('takes a metric without a nextChange hook to change at any moment', () => {
    const withoutHook = (m: CompiledModel): CompiledModel => ({
      ...m,
      scorecards: m.scorecards.map((c) => ({
        ...c,
        components: c.components.map((comp) => ({
          ...comp,
          metrics: comp.metrics.map((x) => {
            const { nextChange: _hook, ...definition } = x.definition;
            return x.definition.name === 'has-champion' ? { ...x, definition } : x;
          }),
        })),
      })),
    });
    expect(nextChangeAt(signals({ contacts: [champion] }), withoutHook(model), ASOF)).toBe('2025-06-30T12:00:00.001Z');
  });
});
