import type { MetricDefinition } from '../metric-definition.js';
import { evidenceFor } from './evidence-for.js';
import { npsOf } from './nps-score.js';
import { trendItems } from './trend-items.js';
import { windowChange } from './window-change.js';

export const npsTrend: MetricDefinition = {
  name: 'nps-trend',
  description: 'How many points the NPS (or the mean answer, `avg`) moved from the baseline span to the recent span; null unless both spans have answers.',
  signal: 'survey_responses',
  unit: 'points',
  windows: ['trend'],
  defaultWindow: '180d vs previous 180d',
  aggregations: ['score', 'avg'],
  valueType: 'number',
  minSamples: 2,
  compute(signals, window, asOfMs, params) {
    const { recent: now, baseline: before } = trendItems(signals.surveys('nps'), window, asOfMs);
    const a = npsOf(now, params.aggregation);
    const b = npsOf(before, params.aggregation);
    const last = now[now.length - 1];
    return {
      value: a === null || b === null ? null : a - b,
      ...(last ? { observedAt: last.record.respondedAt } : {}),
      samples: now.length + before.length,
      evidence: [...before, ...now].map(evidenceFor.survey),
    };
  },
  nextChange(signals, window, asOfMs) {
    return windowChange(signals, 'surveys:nps', signals.surveys('nps'), window, asOfMs);
  },
};
