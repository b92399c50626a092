import { emailVolumeMetric } from './email-volume-metric.js';

export const emailsSent = emailVolumeMetric({
  name: 'emails-sent',
  description:
    'Emails we sent the customer in the window, per 30 days (or a plain count); with a trend window, how much the daily rate changed from the baseline span to the recent one. No emails at all is missing data, not zero.',
  side: 'internal',
});
