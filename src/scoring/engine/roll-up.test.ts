import { describe, expect, it } from 'vitest';
import { account, ASOF, BANDS, modelFrom, signals, usage } from '../test-support/signals-fixture.js';
import { scorecardOf } from './account-score.js';
import { ROLL_UP_COMPONENT, rollUp } from './roll-up.js';
import { scoreAccount } from './score-account.js';

const yaml = (weightBy: string) => `name: roll
${BANDS}
rollUp: { weightBy: ${weightBy}, ownWeight: 0.4 }
scorecards:
  health:
    components:
      usage:
        weight: 1
        metrics:
          - { metric: active-user-ratio, window: 30d, normalizer: { type: linear, min: 0, max: 1 } }
`;

const at = (id: number, arr: number, active: number) =>
  signals({ account: account({ id, externalId: `ACC-${id}`, arr, seats: 10 }), usageDays: [usage('2025-06-23', active)] });

describe('rollUp', () => {
  it("blends the parent's own score with its children's, weighted by ARR, and lists the children as drivers", () => {
    const model = modelFrom(yaml('arr'));
    const kids = [scoreAccount(at(2, 30_000, 8), model, ASOF), scoreAccount(at(3, 10_000, 4), model, ASOF)];
    const parent = scoreAccount({ ...at(1, 50_000, 6), children: kids }, model, ASOF);
    const s = scorecardOf(parent, 'health');
    // own 60 at 0.4; children 80 and 40 at 0.6 × (3/4, 1/4).
    expect(s?.rawScore).toBeCloseTo(0.4 * 60 + 0.6 * (0.75 * 80 + 0.25 * 40), 10);
    const all = s?.components.flatMap((c) => c.metrics) ?? [];
    expect(all.reduce((a, m) => a + m.contribution, 0)).toBeCloseTo(s?.rawScore ?? NaN, 10);
    expect(s?.components.find((c) => c.component === ROLL_UP_COMPONENT)?.metrics.map((m) => [m.metric, Math.round(m.effectiveWeight * 1e9) / 1e9])).toEqual([
      ['ACC-2', 0.45],
      ['ACC-3', 0.15],
    ]);
    expect(s?.drivers.filter((d) => d.kind === 'child').map((d) => d.id)).toEqual(['ACC-2', 'ACC-3']);
    expect(rollUp(scoreAccount(at(1, 50_000, 6), model, ASOF), kids, model)).toEqual(parent);
  });

  it('weights children equally when configured, and takes only children when the parent has no data', () => {
    const model = modelFrom(yaml('equal'));
    const kids = [scoreAccount(at(2, 30_000, 8), model, ASOF), scoreAccount(at(3, 10_000, 4), model, ASOF)];
    const parent = scoreAccount({ ...signals({ account: account({ seats: 10 }) }), children: kids }, model, ASOF);
    expect(scorecardOf(parent, 'health')?.rawScore).toBeCloseTo(60, 10);
  });

  it('leaves out children scored with another model version', () => {
    const model = modelFrom(yaml('arr'));
    const stranger = { ...scoreAccount(at(2, 30_000, 8), model, ASOF), modelVersion: 'other' };
    expect(scorecardOf(scoreAccount({ ...at(1, 50_000, 6), children: [stranger] }, model, ASOF), 'health')?.rawScore).toBeCloseTo(60, 10);
  });
});
