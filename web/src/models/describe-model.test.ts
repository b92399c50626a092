/// <reference types="vite/client" />
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import defaultYaml from '../../../models/default.yaml?raw';
import { ModelSchema } from '../../../src/scoring/model/model-schema.ts';
import { describeModel } from './describe-model.ts';
import { describeNormalizer } from './describe-normalizer.ts';
import type { ModelDefinition } from './model-definition.ts';

// The definition as the API sends it: the file validated, defaults filled in.
const model: ModelDefinition = ModelSchema.parse(parse(defaultYaml));
const d = describeModel(model);
const scorecard = (key: string) => d.scorecards.find((s) => s.key === key);

describe('describeModel on the shipped models/default.yaml', () => {
  it('names every scorecard, component and metric of the model', () => {
    expect(d.scorecards.map((s) => s.title)).toEqual(['Account health', 'Churn risk', 'Expansion readiness']);
    for (const [key, sc] of Object.entries(model.scorecards)) {
      const described = scorecard(key);
      expect(described?.components.map((c) => c.key)).toEqual(Object.keys(sc.components));
      for (const [ck, c] of Object.entries(sc.components)) expect(described?.components.find((x) => x.key === ck)?.metrics).toHaveLength(c.metrics.length);
    }
  });

  it('says what share of the scorecard a component is, and each metric threshold with its unit', () => {
    const billing = scorecard('health')?.components.find((c) => c.key === 'billing');
    expect(billing?.sentence).toBe('Billing is 15 % of Account health.');
    expect(billing?.metrics).toMatchInlineSnapshot(`
      [
        "Days late (average over 180 days; lower is better): at or above 30 days scores red, 10 yellow, 2 or less green. It is 40 % of Billing.",
        "Invoices paid late (share of invoices due over 180 days; lower is better): at or above 60 % scores red, 30 % yellow, 10 % or less green. It is 20 % of Billing.",
        "Failed payments (over 90 days; lower is better): scores 100 points at 0 or less, 50 at 1, 0 at 3 or more, in proportion in between. It is 20 % of Billing.",
        "Overdue balance (as a share of ARR, as of today; lower is better): at or above 20 % scores red, 5 % yellow, 0 % or less green. It is 20 % of Billing.",
      ]
    `);
    expect(scorecard('churn-risk')?.components.find((c) => c.key === 'billing')?.sentence).toBe('Billing is 20 % of Churn risk.');
  });

  it('describes shares, trends, curves, categories, booleans and percentiles in words', () => {
    const health = scorecard('health');
    expect(health?.components.find((c) => c.key === 'usage')?.metrics).toMatchInlineSnapshot(`
      [
        "Active users per seat (average over 30 days; higher is better): at or below 25 % scores red, 50 % yellow, 75 % or more green. It is 42.9 % of Usage.",
        "Usage trend (change in active users the last 30 days against the 90 days before; higher is better): at or below -30 % scores red, -10 % yellow, +5 % or more green. It is 28.6 % of Usage.",
        "Features used (over 30 days; higher is better): scores 0 points at 1 feature or less and 100 at 11 or more, in proportion in between. It is 14.3 % of Usage.",
        "Days since last active (as of today; lower is better): at or above 60 days scores red, 30 yellow, 14 or less green. It is 14.3 % of Usage.",
      ]
    `);
    expect([...(health?.components.find((c) => c.key === 'relationships')?.metrics ?? []), ...(health?.components.find((c) => c.key === 'pulse')?.metrics ?? [])]).toMatchInlineSnapshot(`
      [
        "A champion is known (as of today; higher is better): yes scores 100 points, no 0.",
        "The rep's pulse (newest over 180 days): red scores 0 points, yellow 50, green 100; any other value counts as missing.",
      ]
    `);
    expect(scorecard('expansion')?.components.find((c) => c.key === 'custom')?.metrics).toMatchInlineSnapshot(`
      [
        "Custom series "api_calls_k" (average over 90 days; higher is better): ranked among accounts of the same segment: the points are the share of them it beats (ties count half), so the highest value scores near 100; with fewer than 10 accounts to rank among it counts as missing.",
      ]
    `);
  });

  it('explains that churn risk is a risk score with its own bands', () => {
    expect(scorecard('churn-risk')?.sentences).toMatchInlineSnapshot(`
      [
        "How likely the account is to leave at its next renewal; 100 is the highest risk.",
        "Churn risk is made of 6 components: Usage 30 %, Billing 20 %, Support 15 %, Sentiment 15 %, Engagement 10 %, Pulse 10 %.",
        "Churn risk is a risk score: it rises as the account gets worse. Its metrics read as for health, and each metric's points are turned around (100 minus the points), so a metric in the red raises the risk and one in the green lowers it.",
        "Churn risk has its own bands. A score of 75 or more is Critical risk, 50 to under 75 High risk, 25 to under 50 Moderate risk, under 25 Low risk.",
      ]
    `);
  });

  it('gives the bands, the segments and what each overrides', () => {
    expect(d.bands).toEqual(['A score of 75 or more is Healthy, 50 to under 75 Neutral, 25 to under 50 At risk, under 25 Critical.']);
    expect(d.segmentList).toMatchInlineSnapshot(`
      [
        {
          "name": "enterprise",
          "sentences": [
            "Applies to accounts whose segment is Enterprise (any case).",
            "Big accounts have many seats (so fewer tickets per seat) and live on relationships.",
            "In Account health, Engagement weighs 15 instead of 10 (13.6 % of the score instead of 10 %); Relationships weighs 10 instead of 5 (9.1 % of the score instead of 5 %).",
            "In Account health, tickets opened reads: Tickets opened (over 90 days; lower is better): at or above 0.3 tickets per 10 seats scores red, 0.12 yellow, 0.03 or less green.",
          ],
        },
        {
          "name": "onboarding",
          "sentences": [
            "Applies to accounts whose lifecycle stage is onboarding (any case).",
            "New customers are still rolling out, so usage weighs less while they onboard.",
            "In Account health, Usage weighs 15 instead of 30 (17.6 % of the score instead of 30 %).",
            "In Churn risk, Usage weighs 15 instead of 30 (17.6 % of the score instead of 30 %).",
          ],
        },
      ]
    `);
  });

  it('explains staleness, missing data, confidence and parent accounts from the model settings', () => {
    expect([...d.staleness, ...d.missingData, ...d.confidence, ...d.rollUp]).toMatchInlineSnapshot(`
      [
        "A metric whose newest record is older than 45 days is stale: its points drift toward the neutral 50, their distance from 50 halving every 90 days after that. Counts and states as of today (such as days since contact) never go stale; a metric may set its own limits or never go stale.",
        "A metric without data is missing, not zero: no payments on record means "we don't know", not "no failed payments".",
        "A missing metric drops out and its weight is shared among the other metrics of its component; a component with no data drops out and its weight is shared among the other components.",
        "An account with no data for any metric of a scorecard gets no score on it, never a made-up 50. Facts about the contract alone (days to renewal, lifecycle stage) do not make a score.",
        "Each score comes with a confidence from 0 to 100 %: the share of the scorecard's weight whose metrics had data, times how fresh that data is, times whether there were enough records.",
        "The range shown with a score is what it would be if every missing or stale metric took its worst or its best value: a green score with a wide range is green only because data is missing.",
        "A parent account's score is 50 % its own signals and 50 % its child accounts' scores, the children weighted by ARR. A parent with no data of its own takes its children's score.",
      ]
    `);
  });
});

describe('describeNormalizer', () => {
  it('covers every normalizer type of the model schema, both directions', () => {
    const days = { kind: 'days' } as const;
    const plain = { kind: 'plain' } as const;
    expect([
      describeNormalizer({ type: 'thresholds', red: 30, yellow: 10, green: 2 }, 'lower-is-better', days),
      describeNormalizer({ type: 'thresholds', red: 0.25, yellow: 0.5, green: 0.75 }, 'higher-is-better', { kind: 'share' }),
      describeNormalizer({ type: 'linear', min: 1, max: 11 }, 'higher-is-better', plain),
      describeNormalizer({ type: 'linear', min: 0, max: 40 }, 'lower-is-better', days),
      describeNormalizer({ type: 'piecewise', points: [[0, 100], [1, 50], [3, 0]] }, 'lower-is-better', plain),
      describeNormalizer({ type: 'percentile', within: 'all', minPopulation: 20 }, 'lower-is-better', plain),
      describeNormalizer({ type: 'category', map: { promoter: 100, passive: 55, detractor: 0 }, default: 50 }, 'higher-is-better', plain),
      describeNormalizer({ type: 'boolean' }, 'higher-is-better', plain),
      describeNormalizer({ type: 'boolean' }, 'lower-is-better', plain),
    ]).toMatchInlineSnapshot(`
      [
        "at or above 30 days scores red, 10 yellow, 2 or less green",
        "at or below 25 % scores red, 50 % yellow, 75 % or more green",
        "scores 0 points at 1 or less and 100 at 11 or more, in proportion in between",
        "scores 100 points at 0 days or less and 0 at 40 or more, in proportion in between",
        "scores 100 points at 0 or less, 50 at 1, 0 at 3 or more, in proportion in between",
        "ranked among all accounts: the points are the share of them it beats (ties count half), so the lowest value scores near 100; with fewer than 20 accounts to rank among it counts as missing",
        "promoter scores 100 points, passive 55, detractor 0; any other value scores 50",
        "yes scores 100 points, no 0",
        "yes scores 0 points, no 100",
      ]
    `);
  });
});
