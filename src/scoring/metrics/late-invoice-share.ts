import type { MetricDefinition } from '../metric-definition.js';
import { itemsBetween } from '../timed-list.js';
import { evidenceFor } from './evidence-for.js';
import { daysLate, isBillable } from './invoice-lateness.js';
import { windowSpan } from './window-span.js';

export const lateInvoiceShare: MetricDefinition = {
  name: 'late-invoice-share',
  description: 'The share of invoices due in the window that were paid at least a day late or are still unpaid past their due date.',
  signal: 'invoices',
  unit: 'share 0..1',
  windows: ['span'],
  defaultWindow: '180d',
  aggregations: ['share'],
  valueType: 'number',
  minSamples: 2,
  compute(signals, window, asOfMs) {
    const [from, to] = windowSpan(window, asOfMs);
    const due = itemsBetween(signals.invoices(), from, to).filter(isBillable);
    const late = due.filter((inv) => daysLate(inv, asOfMs) >= 1);
    const last = due[due.length - 1];
    return {
      value: due.length === 0 ? null : late.length / due.length,
      ...(last ? { observedAt: last.record.dueDate } : {}),
      samples: due.length,
      evidence: late.map(evidenceFor.invoice),
    };
  },
};
