import type { MetricDefinition } from '../metric-definition.js';
import { NO_READING } from '../metric-definition.js';
import { itemsBetween } from '../timed-list.js';
import { evidenceFor } from './evidence-for.js';
import { windowSpan } from './window-span.js';
import { windowChange } from './window-change.js';

export const escalatedTickets: MetricDefinition = {
  name: 'escalated-tickets',
  description: 'Tickets opened in the window that were escalated at least once: a count, or their share of all tickets opened (null when none were opened).',
  signal: 'tickets',
  unit: 'count, or share 0..1',
  windows: ['span'],
  defaultWindow: '90d',
  aggregations: ['count', 'share'],
  valueType: 'number',
  minSamples: 0,
  compute(signals, window, asOfMs, params) {
    const all = signals.tickets();
    if (all.items.length === 0) return NO_READING;
    const [from, to] = windowSpan(window, asOfMs);
    const opened = itemsBetween(all, from, to);
    const escalated = opened.filter((t) => t.record.escalations > 0);
    if (params.aggregation === 'share' && opened.length === 0) return NO_READING;
    return { value: params.aggregation === 'share' ? escalated.length / opened.length : escalated.length, samples: opened.length, evidence: escalated.map(evidenceFor.ticket) };
  },
  nextChange(signals, window, asOfMs) {
    return windowChange(signals, 'tickets', signals.tickets(), window, asOfMs);
  },
};
