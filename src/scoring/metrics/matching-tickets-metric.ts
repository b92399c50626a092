import type { MetricDefinition } from '../metric-definition.js';
import { NO_READING } from '../metric-definition.js';
import type { IndexedTicket } from '../signal-index.js';
import { evidenceFor } from './evidence-for.js';
import { ticketsOpenedInWindow } from './tickets-opened-in-window.js';
import { windowChange } from './window-change.js';

/** What a matching-tickets metric's own file says about it: who it is and which tickets it counts. */
export type MatchingTicketsFields = Pick<MetricDefinition, 'name' | 'description'>;

/**
 * A metric of the tickets opened in the window that `matches`: a count, or their share of all
 * tickets opened (null when none were). The matching tickets are the evidence.
 * @example matchingTicketsMetric({ name: 'escalated-tickets', description: '…' }, (t) => t.record.escalations > 0)
 */
export function matchingTicketsMetric(fields: MatchingTicketsFields, matches: (ticket: IndexedTicket) => boolean): MetricDefinition {
  return {
    name: fields.name,
    description: fields.description,
    signal: 'tickets',
    unit: 'count, or share 0..1',
    windows: ['span'],
    defaultWindow: '90d',
    aggregations: ['count', 'share'],
    valueType: 'number',
    minSamples: 0,
    compute(signals, window, asOfMs, params) {
      const opened = ticketsOpenedInWindow(signals, window, asOfMs);
      if (!opened) return NO_READING;
      const matching = opened.filter(matches);
      if (params.aggregation === 'share' && opened.length === 0) return NO_READING;
      return { value: params.aggregation === 'share' ? matching.length / opened.length : matching.length, samples: opened.length, evidence: matching.map(evidenceFor.ticket) };
    },
    nextChange(signals, window, asOfMs) {
      return windowChange(signals, 'tickets', signals.tickets(), window, asOfMs);
    },
  };
}
