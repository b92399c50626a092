import { describe, expect, it } from 'vitest';
import { METRIC_CATALOGUE } from '../../../src/scoring/metrics/metric-catalogue.ts';
import { METRIC_WORDS } from './metric-words.ts';

describe('METRIC_WORDS', () => {
  it('has words for every catalogue metric and aggregation, the default first, with its default window', () => {
    for (const [name, def] of METRIC_CATALOGUE) {
      const words = METRIC_WORDS[name];
      expect(words, name).toBeDefined();
      expect(Object.keys(words?.aggregations ?? {}), name).toEqual([...def.aggregations]);
      expect(words?.window, name).toBe(def.defaultWindow);
    }
    expect(Object.keys(METRIC_WORDS).sort()).toEqual([...METRIC_CATALOGUE.keys()].sort());
  });
});
