import { daysSinceLastMetric } from './days-since-last-metric.js';
import { evidenceFor } from './evidence-for.js';

export const daysSinceContact = daysSinceLastMetric({
  name: 'days-since-contact',
  description:
    'Days since the customer last reached us (an inbound email or call) or met us (a completed meeting), counted from the first activity when they never did. No activities at all is missing data.',
  signal: 'activities',
  source: 'activities',
  list: (signals) => signals.activities(),
  counts: (a) => a.direction === 'inbound' || (a.type === 'meeting' && a.status === 'completed'),
  evidence: evidenceFor.activity,
});
