import type { MetricDefinition } from '../metric-definition.js';
import { NO_READING } from '../metric-definition.js';
import { DAY_MS } from '../time-ms.js';
import { evidenceFor } from './evidence-for.js';

export const daysSinceContact: MetricDefinition = {
  name: 'days-since-contact',
  description:
    'Days since the customer last reached us (an inbound email or call) or met us (a completed meeting), counted from the first activity when they never did. No activities at all is missing data.',
  signal: 'activities',
  unit: 'days',
  windows: [],
  aggregations: ['days'],
  valueType: 'number',
  minSamples: 0,
  compute(signals, _window, asOfMs) {
    const { items } = signals.activities();
    const first = items[0];
    if (!first) return NO_READING;
    let last = first;
    for (let i = items.length - 1; i >= 0; i--) {
      const a = items[i] as typeof first;
      if (a.record.direction === 'inbound' || (a.record.type === 'meeting' && a.record.status === 'completed')) {
        last = a;
        break;
      }
    }
    return { value: Math.max(0, Math.floor((asOfMs - last.ms) / DAY_MS)), samples: items.length, evidence: [evidenceFor.activity(last)] };
  },
};
