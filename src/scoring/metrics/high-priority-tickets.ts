import { matchingTicketsMetric } from './matching-tickets-metric.js';

export const highPriorityTickets = matchingTicketsMetric(
  {
    name: 'high-priority-tickets',
    description: 'Tickets of high or urgent priority opened in the window: a count, or their share of all tickets opened (null when none were opened).',
  },
  (t) => t.record.priority === 'high' || t.record.priority === 'urgent',
);
