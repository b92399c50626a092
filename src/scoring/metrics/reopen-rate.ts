import type { MetricDefinition } from '../metric-definition.js';
import { itemsBetween } from '../timed-list.js';
import { evidenceFor } from './evidence-for.js';
import { windowSpan } from './window-span.js';
import { windowChange } from './window-change.js';

export const reopenRate: MetricDefinition = {
  name: 'reopen-rate',
  description: 'The share of tickets closed in the window that had been reopened at least once: fixes that did not stick.',
  signal: 'tickets',
  unit: 'share 0..1',
  windows: ['span'],
  defaultWindow: '180d',
  aggregations: ['share'],
  valueType: 'number',
  minSamples: 3,
  compute(signals, window, asOfMs) {
    const [from, to] = windowSpan(window, asOfMs);
    const closed = itemsBetween(signals.closedTickets(), from, to);
    const reopened = closed.filter((t) => t.record.reopenings > 0);
    const last = closed[closed.length - 1];
    return {
      value: closed.length === 0 ? null : reopened.length / closed.length,
      ...(last?.record.closedAt ? { observedAt: last.record.closedAt } : {}),
      samples: closed.length,
      evidence: reopened.map(evidenceFor.ticket),
    };
  },
  nextChange(signals, window, asOfMs) {
    return windowChange(signals, 'tickets', signals.closedTickets(), window, asOfMs);
  },
};
