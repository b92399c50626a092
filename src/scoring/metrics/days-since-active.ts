import type { UsageDay } from '../../domain/index.js';
import type { Known } from '../account-signals.js';
import type { MetricDefinition } from '../metric-definition.js';
import { NO_READING } from '../metric-definition.js';
import type { Timed } from '../signal-index.js';
import { daysSince, daysSinceDrift } from './days-since.js';
import { evidenceFor } from './evidence-for.js';

/** The last usage row with any active user, else the first row; undefined without rows. */
function lastActive(items: readonly Timed<Known<UsageDay>>[]): Timed<Known<UsageDay>> | undefined {
  for (let i = items.length - 1; i >= 0; i--) {
    const row = items[i] as Timed<Known<UsageDay>>;
    if (row.record.activeUsers > 0) return row;
  }
  return items[0];
}

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
    const last = lastActive(items);
    if (!last) return NO_READING;
    return { value: daysSince(last.ms, asOfMs), samples: items.length, evidence: [evidenceFor.usageDay(last)] };
  },
  nextChange(signals) {
    const at = signals.upcoming('usageDays');
    const last = lastActive(signals.usageDays().items);
    return last ? { at, drift: daysSinceDrift(last.ms) } : { at };
  },
};
