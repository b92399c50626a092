import type { MetricDefinition } from '../metric-definition.js';
import { itemsBetween } from '../timed-list.js';
import { aggregate } from './aggregate.js';
import { evidenceFor } from './evidence-for.js';
import { windowSpan } from './window-span.js';
import { windowChange } from './window-change.js';

export const csat: MetricDefinition = {
  name: 'csat',
  description: 'The mean (or latest) CSAT survey answer in the window, 1 (very unsatisfied) … 5 (very satisfied). Ticket ratings are `ticket-csat`.',
  signal: 'survey_responses',
  unit: 'answer 1..5',
  windows: ['span'],
  defaultWindow: '180d',
  aggregations: ['avg', 'latest'],
  valueType: 'number',
  minSamples: 2,
  compute(signals, window, asOfMs, params) {
    const [from, to] = windowSpan(window, asOfMs);
    const rows = itemsBetween(signals.surveys('csat'), from, to);
    const last = rows[rows.length - 1];
    return {
      value: aggregate(rows.map((r) => r.record.score), params.aggregation),
      ...(last ? { observedAt: last.record.respondedAt } : {}),
      samples: rows.length,
      evidence: rows.map(evidenceFor.survey),
    };
  },
  nextChange(signals, window, asOfMs) {
    return windowChange(signals, 'surveys:csat', signals.surveys('csat'), window, asOfMs);
  },
};
