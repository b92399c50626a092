import type { MetricDefinition } from '../metric-definition.js';
import { itemsBetween } from '../timed-list.js';
import { aggregate, relativeChange } from './aggregate.js';
import { evidenceFor } from './evidence-for.js';
import { windowBounds } from '../metric-window.js';
import { windowChange } from './window-change.js';

export const custom: MetricDefinition = {
  name: 'custom',
  description:
    'Any custom series the user imports as metric values, named by `series:`: its latest, mean, sum, lowest or highest value in the window; with a trend window, the relative change of that aggregate from the baseline span to the recent one.',
  signal: 'metric_values',
  unit: 'the series’ own unit (relative change for trends)',
  windows: ['span', 'trend'],
  defaultWindow: '90d',
  aggregations: ['latest', 'avg', 'sum', 'min', 'max'],
  valueType: 'number',
  minSamples: 1,
  needsSeries: true,
  compute(signals, window, asOfMs, params) {
    if (!window) throw new RangeError('custom needs a window');
    const list = signals.series(params.series ?? '');
    const { recent, baseline } = windowBounds(window, asOfMs);
    const now = itemsBetween(list, recent[0], recent[1]);
    const before = baseline ? itemsBetween(list, baseline[0], baseline[1]) : [];
    const agg = (rows: typeof now) => aggregate(rows.map((r) => r.record.value), params.aggregation);
    const last = now[now.length - 1];
    return {
      value: baseline ? relativeChange(agg(now), agg(before)) : agg(now),
      ...(last ? { observedAt: last.record.observedAt } : {}),
      samples: now.length + before.length,
      evidence: [...before, ...now].map(evidenceFor.metricValue),
    };
  },
  nextChange(signals, window, asOfMs, params) {
    const series = params.series ?? '';
    return windowChange(signals, `series:${series}`, signals.series(series), window, asOfMs);
  },
};
