import { describe, expect, it } from 'vitest';
import { parseWindow } from '../metric-window.js';
import { readMetric, signals } from '../test-support/signals-fixture.js';
import { METRIC_CATALOGUE } from './metric-catalogue.js';

describe('metric catalogue', () => {
  it('describes every metric and gives windowed ones a default window of an accepted kind', () => {
    for (const m of METRIC_CATALOGUE.values()) {
      expect(m.description.length, m.name).toBeGreaterThan(30);
      if (m.windows.length === 0) expect(m.defaultWindow, m.name).toBeUndefined();
      else expect(m.windows, m.name).toContain(parseWindow(m.defaultWindow ?? '')?.kind);
      if (m.valueType === 'category') expect(m.categories?.length, m.name).toBeGreaterThan(0);
    }
  });

  it('finds no value in an account with no records', () => {
    for (const m of METRIC_CATALOGUE.values()) {
      const r = readMetric(m.name, signals(), m.needsSeries ? { series: 'x' } : {});
      expect(r.value, m.name).toBeNull();
    }
  });
});
