import type { MetricDefinition } from '../metric-definition.js';
import { itemsBetween } from '../timed-list.js';
import { aggregate } from './aggregate.js';
import { evidenceFor } from './evidence-for.js';
import { windowSpan } from './window-span.js';
import { windowChange } from './window-change.js';

export const ces: MetricDefinition = {
  name: 'ces',
  description: 'The mean (or latest) Customer Effort Score answer in the window, 1 … 7, where 7 means the customer strongly agreed it was easy.',
  signal: 'survey_responses',
  unit: 'answer 1..7',
  windows: ['span'],
  defaultWindow: '180d',
  aggregations: ['avg', 'latest'],
  valueType: 'number',
  minSamples: 2,
  compute(signals, window, asOfMs, params) {
    const [from, to] = windowSpan(window, asOfMs);
    const rows = itemsBetween(signals.surveys('ces'), from, to);
    const last = rows[rows.length - 1];
    return {
      value: aggregate(rows.map((r) => r.record.score), params.aggregation),
      ...(last ? { observedAt: last.record.respondedAt } : {}),
      samples: rows.length,
      evidence: rows.map(evidenceFor.survey),
    };
  },
  nextChange(signals, window, asOfMs) {
    return windowChange(signals, 'surveys:ces', signals.surveys('ces'), window, asOfMs);
  },
};
