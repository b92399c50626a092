import type { MetricDefinition } from '../metric-definition.js';
import { NO_READING } from '../metric-definition.js';
import { evidenceFor } from './evidence-for.js';
import { amountOwed } from './invoice-lateness.js';

export const openBalance: MetricDefinition = {
  name: 'open-balance',
  description: 'The amount still unpaid on every invoice issued by asOf, due yet or not, in the account currency, or as a share of ARR (`share_of_arr`).',
  signal: 'invoices',
  unit: 'amount, or share of ARR',
  windows: [],
  aggregations: ['amount', 'share_of_arr'],
  valueType: 'number',
  minSamples: 0,
  compute(signals, _window, _asOfMs, params) {
    const all = signals.invoices();
    if (all.items.length === 0) return NO_READING;
    const open = all.items.filter((inv) => amountOwed(inv) > 0);
    let owed = 0;
    for (const inv of open) owed += amountOwed(inv);
    const arr = signals.account.arr;
    if (params.aggregation === 'share_of_arr' && !arr) return NO_READING;
    return { value: params.aggregation === 'share_of_arr' ? owed / (arr as number) : owed, samples: all.items.length, evidence: open.map(evidenceFor.invoice) };
  },
  nextChange(signals) {
    return { at: signals.upcoming('invoices') };
  },
};
