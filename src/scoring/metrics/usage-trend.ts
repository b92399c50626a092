import type { MetricDefinition } from '../metric-definition.js';
import { aggregate, relativeChange } from './aggregate.js';
import { evidenceFor } from './evidence-for.js';
import { trendItems } from './trend-items.js';
import { windowChange } from './window-change.js';

export const usageTrend: MetricDefinition = {
  name: 'usage-trend',
  description:
    'The relative change of average active users (or events) per usage row from the baseline span to the recent one: -0.25 means usage fell by a quarter.',
  signal: 'usage_days',
  unit: 'relative change (-1 … +∞)',
  windows: ['trend'],
  defaultWindow: '30d vs previous 90d',
  aggregations: ['active_users', 'events'],
  valueType: 'number',
  minSamples: 4,
  compute(signals, window, asOfMs, params) {
    const { recent: now, baseline: before } = trendItems(signals.usageDays(), window, asOfMs);
    const field = params.aggregation === 'events' ? 'events' : 'activeUsers';
    const last = now[now.length - 1];
    return {
      value: relativeChange(aggregate(now.map((r) => r.record[field]), 'avg'), aggregate(before.map((r) => r.record[field]), 'avg')),
      ...(last ? { observedAt: last.record.date } : {}),
      samples: now.length + before.length,
      evidence: now.map(evidenceFor.usageDay),
    };
  },
  nextChange(signals, window, asOfMs) {
    return windowChange(signals, 'usageDays', signals.usageDays(), window, asOfMs);
  },
};
