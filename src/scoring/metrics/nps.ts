import { npsOf } from './nps-score.js';
import { surveyAnswerMetric } from './survey-answer-metric.js';

export const nps = surveyAnswerMetric(
  'nps',
  {
    name: 'nps',
    description: "The account's Net Promoter Score from NPS answers in the window (% promoters − % detractors, −100..100), or the mean answer (`avg`, 0..10), or the latest answer (`latest`).",
    unit: 'NPS −100..100, or answer 0..10',
    defaultWindow: '365d',
    aggregations: ['score', 'avg', 'latest'],
    minSamples: 2,
  },
  npsOf,
);
