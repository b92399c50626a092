import type { SurveyKind, SurveyResponse } from '../../domain/index.js';
import type { Known } from '../account-signals.js';
import type { MetricDefinition } from '../metric-definition.js';
import type { Timed } from '../signal-index.js';
import { itemsBetween } from '../timed-list.js';
import { aggregate } from './aggregate.js';
import { evidenceFor } from './evidence-for.js';
import { windowSpan } from './window-span.js';
import { windowChange } from './window-change.js';

/** What a survey metric's own file says about it; the rest is the same for every survey kind. */
export type SurveyAnswerFields = Pick<MetricDefinition, 'name' | 'description' | 'unit' | 'aggregations' | 'minSamples'> & { readonly defaultWindow: string };

/** Sums up the answers of one kind in the window, oldest first; null for none. */
export type SummarizeAnswers = (rows: readonly Timed<Known<SurveyResponse>>[], aggregation: string) => number | null;

const aggregateScores: SummarizeAnswers = (rows, aggregation) => aggregate(rows.map((r) => r.record.score), aggregation);

/**
 * A metric of the survey answers of one kind in a span window: their scores aggregated (or
 * `summarize`d), observed at the newest answer, every answer as evidence.
 * @example surveyAnswerMetric('ces', { name: 'ces', description: '…', unit: 'answer 1..7', defaultWindow: '180d', aggregations: ['avg', 'latest'], minSamples: 2 })
 */
export function surveyAnswerMetric(kind: SurveyKind, fields: SurveyAnswerFields, summarize: SummarizeAnswers = aggregateScores): MetricDefinition {
  return {
    name: fields.name,
    description: fields.description,
    signal: 'survey_responses',
    unit: fields.unit,
    windows: ['span'],
    defaultWindow: fields.defaultWindow,
    aggregations: fields.aggregations,
    valueType: 'number',
    minSamples: fields.minSamples,
    compute(signals, window, asOfMs, params) {
      const [from, to] = windowSpan(window, asOfMs);
      const rows = itemsBetween(signals.surveys(kind), from, to);
      const last = rows[rows.length - 1];
      return {
        value: summarize(rows, params.aggregation),
        ...(last ? { observedAt: last.record.respondedAt } : {}),
        samples: rows.length,
        evidence: rows.map(evidenceFor.survey),
      };
    },
    nextChange(signals, window, asOfMs) {
      return windowChange(signals, `surveys:${kind}`, signals.surveys(kind), window, asOfMs);
    },
  };
}
