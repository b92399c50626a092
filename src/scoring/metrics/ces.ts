import { surveyAnswerMetric } from './survey-answer-metric.js';

export const ces = surveyAnswerMetric('ces', {
  name: 'ces',
  description: 'The mean (or latest) Customer Effort Score answer in the window, 1 … 7, where 7 means the customer strongly agreed it was easy.',
  unit: 'answer 1..7',
  defaultWindow: '180d',
  aggregations: ['avg', 'latest'],
  minSamples: 2,
});
