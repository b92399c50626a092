import { responseTimeMetric } from './response-time-metric.js';

export const customerResponseTime = responseTimeMetric({
  name: 'customer-response-time',
  description:
    'How long the customer took to answer our emails sent in the window: the median (or p90, average) in business hours of the account’s time zone, or in wall-clock hours (median_wall_hours, p90_wall_hours). Only answered mail counts; none is missing data.',
  answered: 'internal',
});
