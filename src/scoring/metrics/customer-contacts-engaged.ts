import { peopleEngagedMetric } from './people-engaged-metric.js';

export const customerContactsEngaged = peopleEngagedMetric({
  name: 'customer-contacts-engaged',
  description:
    'How many different people at the customer wrote to us or attended a held meeting (accepted the invitation) in the window: one champion alone is a thin relationship. No emails or meetings at all is missing data.',
  side: 'customer',
});
