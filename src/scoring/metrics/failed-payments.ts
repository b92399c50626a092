import type { MetricDefinition } from '../metric-definition.js';
import { NO_READING } from '../metric-definition.js';
import { itemsBetween } from '../timed-list.js';
import { evidenceFor } from './evidence-for.js';
import { windowSpan } from './window-span.js';
import { windowChange } from './window-change.js';

export const failedPayments: MetricDefinition = {
  name: 'failed-payments',
  description: 'How many payment attempts failed in the window (declined cards, bank rejections). No payment records at all is missing data, not zero.',
  signal: 'payments',
  unit: 'count',
  windows: ['span'],
  defaultWindow: '90d',
  aggregations: ['count'],
  valueType: 'number',
  minSamples: 0,
  compute(signals, window, asOfMs) {
    const all = signals.payments();
    if (all.items.length === 0) return NO_READING;
    const [from, to] = windowSpan(window, asOfMs);
    const attempts = itemsBetween(all, from, to);
    const failed = attempts.filter((p) => p.record.status === 'failed');
    return { value: failed.length, samples: attempts.length, evidence: failed.map(evidenceFor.payment) };
  },
  nextChange(signals, window, asOfMs) {
    return windowChange(signals, 'payments', signals.payments(), window, asOfMs);
  },
};
