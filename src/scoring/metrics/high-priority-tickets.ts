import type { MetricDefinition } from '../metric-definition.js';
import { NO_READING } from '../metric-definition.js';
import { itemsBetween } from '../timed-list.js';
import { evidenceFor } from './evidence-for.js';
import { windowSpan } from './window-span.js';
import { windowChange } from './window-change.js';

export const highPriorityTickets: MetricDefinition = {
  name: 'high-priority-tickets',
  description: 'Tickets of high or urgent priority opened in the window: a count, or their share of all tickets opened (null when none were opened).',
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
    const high = opened.filter((t) => t.record.priority === 'high' || t.record.priority === 'urgent');
    if (params.aggregation === 'share' && opened.length === 0) return NO_READING;
    return { value: params.aggregation === 'share' ? high.length / opened.length : high.length, samples: opened.length, evidence: high.map(evidenceFor.ticket) };
  },
  nextChange(signals, window, asOfMs) {
    return windowChange(signals, 'tickets', signals.tickets(), window, asOfMs);
  },
};
