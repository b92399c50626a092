import type { MetricDefinition } from '../metric-definition.js';
import { itemsBetween } from '../timed-list.js';
import { evidenceFor } from './evidence-for.js';
import { npsOf } from './nps-score.js';
import { trendSpans } from './window-span.js';
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
    const { recent, baseline } = trendSpans(window, asOfMs);
    const list = signals.surveys('nps');
    const now = itemsBetween(list, recent[0], recent[1]);
    const before = itemsBetween(list, baseline[0], baseline[1]);
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
