import type { MetricDefinition } from '../metric-definition.js';
import { itemsBetween } from '../timed-list.js';
import { aggregate } from './aggregate.js';
import { evidenceFor } from './evidence-for.js';
import { daysLate as lateness, isBillable } from './invoice-lateness.js';
import { windowSpan } from './window-span.js';

export const daysLate: MetricDefinition = {
  name: 'days-late',
  description: 'How many days after their due date the invoices due in the window were paid (unpaid ones count until asOf): the average, or the worst.',
  signal: 'invoices',
  unit: 'days',
  windows: ['span'],
  defaultWindow: '180d',
  aggregations: ['avg', 'max'],
  valueType: 'number',
  minSamples: 2,
  compute(signals, window, asOfMs, params) {
    const [from, to] = windowSpan(window, asOfMs);
    const due = itemsBetween(signals.invoices(), from, to).filter(isBillable);
    const last = due[due.length - 1];
    return {
      value: aggregate(due.map((inv) => lateness(inv, asOfMs)), params.aggregation),
      ...(last ? { observedAt: last.record.dueDate } : {}),
      samples: due.length,
      evidence: due.map(evidenceFor.invoice),
    };
  },
};
