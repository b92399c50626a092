import { surveyAnswerMetric } from './survey-answer-metric.js';

export const csat = surveyAnswerMetric('csat', {
  name: 'csat',
  description: 'The mean (or latest) CSAT survey answer in the window, 1 (very unsatisfied) … 5 (very satisfied). Ticket ratings are `ticket-csat`.',
  unit: 'answer 1..5',
  defaultWindow: '180d',
  aggregations: ['avg', 'latest'],
  minSamples: 2,
});
