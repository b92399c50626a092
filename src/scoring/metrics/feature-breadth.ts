import type { MetricDefinition } from '../metric-definition.js';
import { itemsBetween } from '../timed-list.js';
import { evidenceFor } from './evidence-for.js';
import { windowSpan } from './window-span.js';
import { windowChange } from './window-change.js';

export const featureBreadth: MetricDefinition = {
  name: 'feature-breadth',
  description: 'How many distinct product features the account used in the window.',
  signal: 'usage_days',
  unit: 'features',
  windows: ['span'],
  defaultWindow: '30d',
  aggregations: ['distinct'],
  valueType: 'number',
  minSamples: 1,
  compute(signals, window, asOfMs) {
    const [from, to] = windowSpan(window, asOfMs);
    const rows = itemsBetween(signals.usageDays(), from, to);
    const features = new Set<string>();
    for (const r of rows) for (const f of r.record.featuresUsed) features.add(f);
    const last = rows[rows.length - 1];
    return {
      value: rows.length === 0 ? null : features.size,
      ...(last ? { observedAt: last.record.date } : {}),
      samples: rows.length,
      evidence: rows.map(evidenceFor.usageDay),
    };
  },
  nextChange(signals, window, asOfMs) {
    return windowChange(signals, 'usageDays', signals.usageDays(), window, asOfMs);
  },
};
