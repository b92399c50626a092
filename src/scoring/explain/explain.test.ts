import { describe, expect, it } from 'vitest';
import { HEALTH_METRICS, healthModelYaml } from '../test-support/health-model.js';
import { healthSnapshot } from '../test-support/health-snapshot.js';
import { account, ASOF, invoice, modelFrom, pulse, signals, usage } from '../test-support/signals-fixture.js';
import { explain } from './explain.js';

const model = modelFrom(
  healthModelYaml('explain', {
    billing: { weight: 1, metrics: [HEALTH_METRICS.daysLate] },
    usage: { weight: 2, metrics: [HEALTH_METRICS.activeUserRatio] },
    surveys: { weight: 1, metrics: [HEALTH_METRICS.nps] },
    pulse: { weight: 1, metrics: [HEALTH_METRICS.pulse] },
  }),
);

describe('explain', () => {
  it('summarizes a snapshot in plain words', () => {
    const s = signals({
      account: account({ seats: 10 }),
      invoices: [invoice('INV-1', '2025-06-01', '2025-06-21T09:00:00.000Z'), invoice('INV-2', '2025-05-01', '2025-05-01T09:00:00.000Z')],
      usageDays: [usage('2025-06-16', 7), usage('2025-06-23', 9)],
      pulses: [pulse('yellow', '2025-06-01T00:00:00.000Z')],
      overrides: [{ accountExternalId: 'ACC-1', mode: 'delta', value: -10, reason: 'champion left', authorEmail: 'rep@us.com', createdAt: '2025-06-20T00:00:00.000Z', expiresAt: '2025-07-31T00:00:00.000Z' }],
    });
    expect(explain(healthSnapshot(s, model, ASOF))).toMatchInlineSnapshot(`
      {
        "caveats": [
          "1 of 4 metrics had no data: nps",
        ],
        "components": [
          "billing: 75.0, 25 % of the score, 18.8 points",
          "usage: 80.0, 50 % of the score, 40.0 points",
          "surveys: no data (weight 1 re-spread over the rest)",
          "pulse: 50.0, 25 % of the score, 12.5 points",
        ],
        "drivers": [
          "active-user-ratio (usage) = 0.8 → 80.0/100, lifts the score 15.0 points",
          "days-late (billing) = 10 → 75.0/100, lifts the score 6.3 points",
        ],
        "headline": "health 61.3 (Neutral), confidence 0.80, raw score could be 57.0–77.0",
        "override": "overridden from 71.3 by -10 by rep@us.com: champion left (until 2025-07-31)",
      }
    `);
  });

  it('says when there is nothing to score', () => {
    expect(explain(healthSnapshot(signals(), model, ASOF)).headline).toBe('health: no score (no data), confidence 0');
  });
});
