import type { MetricDefinition } from '../metric-definition.js';
import { NEVER, NO_READING } from '../metric-definition.js';
import { itemsBetween } from '../timed-list.js';
import { aggregate } from './aggregate.js';
import { evidenceFor } from './evidence-for.js';
import { windowSpan } from './window-span.js';
import { windowChange } from './window-change.js';

export const activeUserRatio: MetricDefinition = {
  name: 'active-user-ratio',
  description:
    'Active users of the usage rows in the window divided by licensed seats (average, peak or latest row). Rows may be daily or weekly: the ratio is of whatever period a row covers.',
  signal: 'usage_days',
  unit: 'share of seats (1 = every seat active)',
  windows: ['span'],
  defaultWindow: '30d',
  aggregations: ['avg', 'max', 'latest'],
  valueType: 'number',
  minSamples: 2,
  compute(signals, window, asOfMs, params) {
    const seats = signals.account.seats;
    if (!seats) return NO_READING;
    const [from, to] = windowSpan(window, asOfMs);
    const rows = itemsBetween(signals.usageDays(), from, to);
    const users = aggregate(rows.map((r) => r.record.activeUsers), params.aggregation);
    const last = rows[rows.length - 1];
    return {
      value: users === null ? null : users / seats,
      ...(last ? { observedAt: last.record.date } : {}),
      samples: rows.length,
      evidence: rows.map(evidenceFor.usageDay),
    };
  },
  nextChange(signals, window, asOfMs) {
    if (!signals.account.seats) return NEVER;
    return windowChange(signals, 'usageDays', signals.usageDays(), window, asOfMs);
  },
};
