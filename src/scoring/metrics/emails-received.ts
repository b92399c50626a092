import { emailVolumeMetric } from './email-volume-metric.js';

export const emailsReceived = emailVolumeMetric({
  name: 'emails-received',
  description:
    'Emails the customer sent us in the window, per 30 days (or a plain count); with a trend window, how much the daily rate changed from the baseline span to the recent one (-0.5: half as many). No emails at all is missing data, not zero.',
  side: 'customer',
});
