import type { MetricDefinition } from '../metric-definition.js';
import { NO_READING } from '../metric-definition.js';
import { DAY_MS } from '../time-ms.js';
import { evidenceFor } from './evidence-for.js';

export const daysSinceActive: MetricDefinition = {
  name: 'days-since-active',
  description: 'Days from the last usage row with any active user to asOf (from the first row when no row has any). No usage rows at all is missing data.',
  signal: 'usage_days',
  unit: 'days',
  windows: [],
  aggregations: ['days'],
  valueType: 'number',
  minSamples: 0,
  compute(signals, _window, asOfMs) {
    const { items } = signals.usageDays();
    const first = items[0];
    if (!first) return NO_READING;
    let last = first;
    for (let i = items.length - 1; i >= 0; i--) {
      const row = items[i] as typeof first;
      if (row.record.activeUsers > 0) {
        last = row;
        break;
      }
    }
    return { value: Math.max(0, Math.floor((asOfMs - last.ms) / DAY_MS)), samples: items.length, evidence: [evidenceFor.usageDay(last)] };
  },
};
