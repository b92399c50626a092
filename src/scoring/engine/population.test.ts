import { describe, expect, it } from 'vitest';
import { account, ASOF, BANDS, modelFrom, signals } from '../test-support/signals-fixture.js';
import { scorecardOf } from './account-score.js';
import { buildPopulation, populationInputs } from './population.js';
import { scoreAccount } from './score-account.js';

const model = modelFrom(`name: pct
${BANDS}
segments:
  - { name: big, match: { arr: { min: 100000 } } }
scorecards:
  expansion:
    components:
      api:
        weight: 1
        metrics:
          - { metric: custom, series: api_calls_k, window: 90d, aggregation: avg, normalizer: { type: percentile, within: segment, minPopulation: 3 } }
          - { metric: custom, id: api-all, series: api_calls_k, window: 90d, aggregation: max, normalizer: { type: percentile, within: all, minPopulation: 3 } }
`);

function withCalls(id: number, arr: number, value: number) {
  return signals({
    account: account({ id, externalId: `ACC-${id}`, arr }),
    metricValues: [{ accountExternalId: `ACC-${id}`, metric: 'api_calls_k', observedAt: '2025-06-01T00:00:00.000Z', value, knownAt: '2025-06-02T00:00:00.000Z' }],
  });
}

const accounts = [withCalls(1, 10_000, 5), withCalls(2, 20_000, 10), withCalls(3, 30_000, 20), withCalls(4, 200_000, 1), withCalls(5, 300_000, 2), withCalls(6, 400_000, 3)];

describe('percentile within segment', () => {
  const population = buildPopulation(accounts.flatMap((s) => populationInputs(s, model, ASOF)));

  it('keeps sorted raw values per metric, per segment and for all accounts', () => {
    expect(population['custom|90d|avg|api_calls_k']).toEqual({ '(none)': [5, 10, 20], big: [1, 2, 3], '*': [1, 2, 3, 5, 10, 20] });
  });

  it('ranks an account among its own segment, or among all', () => {
    const small = scorecardOf(scoreAccount(accounts[1]!, model, ASOF, { population }), 'expansion');
    const big = scorecardOf(scoreAccount(accounts[5]!, model, ASOF, { population }), 'expansion');
    const normalized = (s: typeof small) => s?.components[0]?.metrics.map((m) => m.normalized);
    expect(normalized(small)).toEqual([50, (100 * 4.5) / 6]);
    expect(normalized(big)).toEqual([(100 * 2.5) / 3, (100 * 2.5) / 6]);
  });

  it('counts a percentile as missing without a population, rather than guessing', () => {
    const s = scorecardOf(scoreAccount(accounts[0]!, model, ASOF), 'expansion');
    expect(s).toMatchObject({ rawScore: null, score: null });
  });

  it('gives one account the same score in a batch and scored alone with the stored population', () => {
    const stored = JSON.parse(JSON.stringify(population));
    const batch = accounts.map((s) => scoreAccount(s, model, ASOF, { population }));
    expect(scoreAccount(accounts[3]!, model, ASOF, { population: stored })).toEqual(batch[3]);
  });
});
