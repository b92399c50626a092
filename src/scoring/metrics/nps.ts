import type { MetricDefinition } from '../metric-definition.js';
import { itemsBetween } from '../timed-list.js';
import { evidenceFor } from './evidence-for.js';
import { npsOf } from './nps-score.js';
import { windowSpan } from './window-span.js';
import { windowChange } from './window-change.js';

export const nps: MetricDefinition = {
  name: 'nps',
  description: "The account's Net Promoter Score from NPS answers in the window (% promoters − % detractors, −100..100), or the mean answer (`avg`, 0..10), or the latest answer (`latest`).",
  signal: 'survey_responses',
  unit: 'NPS −100..100, or answer 0..10',
  windows: ['span'],
  defaultWindow: '365d',
  aggregations: ['score', 'avg', 'latest'],
  valueType: 'number',
  minSamples: 2,
  compute(signals, window, asOfMs, params) {
    const [from, to] = windowSpan(window, asOfMs);
    const rows = itemsBetween(signals.surveys('nps'), from, to);
    const last = rows[rows.length - 1];
    return {
      value: npsOf(rows, params.aggregation),
      ...(last ? { observedAt: last.record.respondedAt } : {}),
      samples: rows.length,
      evidence: rows.map(evidenceFor.survey),
    };
  },
  nextChange(signals, window, asOfMs) {
    return windowChange(signals, 'surveys:nps', signals.surveys('nps'), window, asOfMs);
  },
};
