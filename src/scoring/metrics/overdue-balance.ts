import type { MetricDefinition } from '../metric-definition.js';
import { balanceReading } from './balance-reading.js';
import { amountOwed, daysLate } from './invoice-lateness.js';
import { DAY_MS } from '../time-ms.js';

export const overdueBalance: MetricDefinition = {
  name: 'overdue-balance',
  description: 'The amount still unpaid on invoices past their due date as of asOf, in the account currency, or as a share of ARR (`share_of_arr`).',
  signal: 'invoices',
  unit: 'amount, or share of ARR',
  windows: [],
  aggregations: ['amount', 'share_of_arr'],
  valueType: 'number',
  minSamples: 0,
  compute(signals, _window, asOfMs, params) {
    // An invoice due today is not overdue yet: it takes a whole day past the due date.
    return balanceReading(signals, (inv) => daysLate(inv, asOfMs) >= 1, params.aggregation);
  },
  nextChange(signals, _window, asOfMs) {
    // An unpaid invoice turns overdue a whole day after its due date.
    let at = signals.upcoming('invoices');
    for (const inv of signals.invoices().items) if (amountOwed(inv) > 0 && daysLate(inv, asOfMs) < 1) at = Math.min(at, inv.dueMs + DAY_MS);
    return { at };
  },
};
