import type { MetricDefinition } from '../metric-definition.js';
import { balanceReading } from './balance-reading.js';

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
    return balanceReading(signals, () => true, params.aggregation);
  },
  nextChange(signals) {
    return { at: signals.upcoming('invoices') };
  },
};
