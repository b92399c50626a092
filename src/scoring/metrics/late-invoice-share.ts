import type { MetricDefinition } from '../metric-definition.js';
import { itemsBetween } from '../timed-list.js';
import { evidenceFor } from './evidence-for.js';
import { daysLate, isBillable, isSettled } from './invoice-lateness.js';
import { windowSpan } from './window-span.js';
import { nextWindowEdge } from '../next-window-edge.js';
import { DAY_MS } from '../time-ms.js';

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
  nextChange(signals, window, asOfMs) {
    const list = signals.invoices();
    let at = Math.min(signals.upcoming('invoices'), nextWindowEdge(list.times, window, asOfMs));
    const [from, to] = windowSpan(window, asOfMs);
    // An unpaid invoice in the window turns late a whole day after its due date.
    for (const inv of itemsBetween(list, from, to)) if (isBillable(inv) && !isSettled(inv) && daysLate(inv, asOfMs) < 1) at = Math.min(at, inv.dueMs + DAY_MS);
    return { at };
  },
};
