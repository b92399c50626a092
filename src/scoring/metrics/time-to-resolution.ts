import type { MetricDefinition } from '../metric-definition.js';
import { DAY_MS } from '../time-ms.js';
import { itemsBetween } from '../timed-list.js';
import { aggregate } from './aggregate.js';
import { evidenceFor } from './evidence-for.js';
import { windowSpan } from './window-span.js';
import { windowChange } from './window-change.js';

export const timeToResolution: MetricDefinition = {
  name: 'time-to-resolution',
  description: 'Days from opening to closing of the tickets closed in the window: the average, the median or the longest.',
  signal: 'tickets',
  unit: 'days',
  windows: ['span'],
  defaultWindow: '90d',
  aggregations: ['avg', 'median', 'max'],
  valueType: 'number',
  minSamples: 3,
  compute(signals, window, asOfMs, params) {
    const [from, to] = windowSpan(window, asOfMs);
    const closed = itemsBetween(signals.closedTickets(), from, to);
    const last = closed[closed.length - 1];
    return {
      value: aggregate(closed.map((t) => (t.closedMs - t.openedMs) / DAY_MS), params.aggregation),
      ...(last?.record.closedAt ? { observedAt: last.record.closedAt } : {}),
      samples: closed.length,
      evidence: closed.map(evidenceFor.ticket),
    };
  },
  nextChange(signals, window, asOfMs) {
    return windowChange(signals, 'tickets', signals.closedTickets(), window, asOfMs);
  },
};
