import type { MetricDefinition } from '../metric-definition.js';
import { itemsBetween } from '../timed-list.js';
import { evidenceFor } from './evidence-for.js';
import { npsCategory as categoryOf } from './nps-score.js';
import { windowSpan } from './window-span.js';
import { windowChange } from './window-change.js';

export const npsCategory: MetricDefinition = {
  name: 'nps-category',
  description: 'Whether the latest NPS answer in the window came from a promoter (9–10), a passive (7–8) or a detractor (0–6).',
  signal: 'survey_responses',
  unit: 'promoter | passive | detractor',
  windows: ['span'],
  defaultWindow: '365d',
  aggregations: ['latest'],
  valueType: 'category',
  categories: ['promoter', 'passive', 'detractor'],
  minSamples: 1,
  compute(signals, window, asOfMs) {
    const [from, to] = windowSpan(window, asOfMs);
    const rows = itemsBetween(signals.surveys('nps'), from, to);
    const last = rows[rows.length - 1];
    if (!last) return { value: null, samples: 0, evidence: [] };
    return { value: categoryOf(last.record.score), observedAt: last.record.respondedAt, samples: 1, evidence: [evidenceFor.survey(last)] };
  },
  nextChange(signals, window, asOfMs) {
    return windowChange(signals, 'surveys:nps', signals.surveys('nps'), window, asOfMs);
  },
};
