import { peopleEngagedMetric } from './people-engaged-metric.js';

export const internalPeopleEngaged = peopleEngagedMetric({
  name: 'internal-people-engaged',
  description:
    'How many different people of ours wrote to the customer or attended a held meeting with them in the window: an account only its rep talks to hangs on one person. No emails or meetings at all is missing data.',
  side: 'internal',
});
