import { daysSinceLastMetric } from './days-since-last-metric.js';
import { evidenceFor } from './evidence-for.js';

export const daysSinceActive = daysSinceLastMetric({
  name: 'days-since-active',
  description: 'Days from the last usage row with any active user to asOf (from the first row when no row has any). No usage rows at all is missing data.',
  signal: 'usage_days',
  source: 'usageDays',
  list: (signals) => signals.usageDays(),
  counts: (day) => day.activeUsers > 0,
  evidence: evidenceFor.usageDay,
});
