import type { MetricDefinition } from '../metric-definition.js';
import { NO_READING } from '../metric-definition.js';
import { itemsBetween } from '../timed-list.js';
import { evidenceFor } from './evidence-for.js';
import { windowSpan } from './window-span.js';
import { windowChange } from './window-change.js';

export const meetingsHeld: MetricDefinition = {
  name: 'meetings-held',
  description: 'Meetings with the customer held (status completed) in the window. No activities at all is missing data.',
  signal: 'activities',
  unit: 'count',
  windows: ['span'],
  defaultWindow: '90d',
  aggregations: ['count'],
  valueType: 'number',
  minSamples: 0,
  compute(signals, window, asOfMs) {
    const all = signals.activities();
    if (all.items.length === 0) return NO_READING;
    const [from, to] = windowSpan(window, asOfMs);
    const held = itemsBetween(all, from, to).filter((a) => a.record.type === 'meeting' && a.record.status === 'completed');
    return { value: held.length, samples: held.length, evidence: held.map(evidenceFor.activity) };
  },
  nextChange(signals, window, asOfMs) {
    return windowChange(signals, 'activities', signals.activities(), window, asOfMs);
  },
};
