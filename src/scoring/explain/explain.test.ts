import { describe, expect, it } from 'vitest';
import { scorecardOf } from '../engine/account-score.js';
import { scoreAccount } from '../engine/score-account.js';
import { account, ASOF, BANDS, invoice, modelFrom, pulse, signals, usage } from '../test-support/signals-fixture.js';
import { explain } from './explain.js';

const model = modelFrom(`name: explain
${BANDS}
scorecards:
  health:
    components:
      billing:
        weight: 1
        metrics:
          - { metric: days-late, window: 365d, direction: lower-is-better, normalizer: { type: linear, min: 0, max: 40 } }
      usage:
        weight: 2
        metrics:
          - { metric: active-user-ratio, window: 30d, normalizer: { type: linear, min: 0, max: 1 } }
      surveys:
        weight: 1
        metrics:
          - { metric: nps, window: 365d, normalizer: { type: thresholds, red: -30, yellow: 0, green: 30 } }
      pulse:
        weight: 1
        metrics:
          - { metric: pulse, window: 365d, normalizer: { type: category, map: { red: 0, yellow: 50, green: 100 } } }
`);

describe('explain', () => {
  it('summarizes a snapshot in plain words', () => {
    const s = signals({
      account: account({ seats: 10 }),
      invoices: [invoice('INV-1', '2025-06-01', '2025-06-21T09:00:00.000Z'), invoice('INV-2', '2025-05-01', '2025-05-01T09:00:00.000Z')],
      usageDays: [usage('2025-06-16', 7), usage('2025-06-23', 9)],
      pulses: [pulse('yellow', '2025-06-01T00:00:00.000Z')],
      overrides: [{ accountExternalId: 'ACC-1', mode: 'delta', value: -10, reason: 'champion left', authorEmail: 'rep@us.com', createdAt: '2025-06-20T00:00:00.000Z', expiresAt: '2025-07-31T00:00:00.000Z' }],
    });
    const snapshot = scorecardOf(scoreAccount(s, model, ASOF), 'health');
    expect(snapshot && explain(snapshot)).toMatchInlineSnapshot(`
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
    const snapshot = scorecardOf(scoreAccount(signals(), model, ASOF), 'health');
    expect(snapshot && explain(snapshot).headline).toBe('health: no score (no data), confidence 0');
  });
});
