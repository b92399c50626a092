import type { MetricDefinition } from '../metric-definition.js';
import { itemsBetween } from '../timed-list.js';
import { aggregate } from './aggregate.js';
import { evidenceFor } from './evidence-for.js';
import { daysLate as lateness, isBillable, isSettled } from './invoice-lateness.js';
import { windowSpan } from './window-span.js';
import { nextWindowEdge } from '../next-window-edge.js';
import { DAY_MS } from '../time-ms.js';

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
  nextChange(signals, window, asOfMs, params) {
    const list = signals.invoices();
    const at = Math.min(signals.upcoming('invoices'), nextWindowEdge(list.times, window, asOfMs));
    const [from, to] = windowSpan(window, asOfMs);
    const due = itemsBetween(list, from, to).filter(isBillable);
    // Unpaid invoices get a day later every day: the value only rises until `at`.
    const unpaid = due.filter((inv) => !isSettled(inv));
    const first = unpaid[0];
    if (!first) return { at };
    const valueAt = (ms: number) => aggregate(due.map((inv) => lateness(inv, ms)), params.aggregation) ?? NaN;
    // Lateness steps a day after each due time: with due times on one time of day (dates are midnight), so does the value.
    const samePhase = unpaid.every((inv) => (inv.dueMs - first.dueMs) % DAY_MS === 0);
    return { at, drift: samePhase ? { direction: 1, valueAt, phase: first.dueMs } : { direction: 1, valueAt } };
  },
};
