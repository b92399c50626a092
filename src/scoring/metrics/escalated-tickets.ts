import { matchingTicketsMetric } from './matching-tickets-metric.js';

export const escalatedTickets = matchingTicketsMetric(
  {
    name: 'escalated-tickets',
    description: 'Tickets opened in the window that were escalated at least once: a count, or their share of all tickets opened (null when none were opened).',
  },
  (t) => t.record.escalations > 0,
);
