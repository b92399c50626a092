import type { MetricDefinition } from '../metric-definition.js';
import { itemsBetween } from '../timed-list.js';
import { aggregate } from './aggregate.js';
import { evidenceFor } from './evidence-for.js';
import { windowSpan } from './window-span.js';
import { windowChange } from './window-change.js';

export const ticketCsat: MetricDefinition = {
  name: 'ticket-csat',
  description: 'The satisfaction rating (1 bad … 5 good) given on tickets closed in the window: the average or the latest.',
  signal: 'tickets',
  unit: 'rating 1..5',
  windows: ['span'],
  defaultWindow: '180d',
  aggregations: ['avg', 'latest'],
  valueType: 'number',
  minSamples: 3,
  compute(signals, window, asOfMs, params) {
    const [from, to] = windowSpan(window, asOfMs);
    const rated = itemsBetween(signals.closedTickets(), from, to).filter((t) => t.record.csat !== undefined);
    const last = rated[rated.length - 1];
    return {
      value: aggregate(rated.map((t) => t.record.csat as number), params.aggregation),
      ...(last?.record.closedAt ? { observedAt: last.record.closedAt } : {}),
      samples: rated.length,
      evidence: rated.map(evidenceFor.ticket),
    };
  },
  nextChange(signals, window, asOfMs) {
    return windowChange(signals, 'tickets', signals.closedTickets(), window, asOfMs);
  },
};
