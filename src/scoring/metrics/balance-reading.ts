import type { MetricReading } from '../metric-definition.js';
import { NO_READING } from '../metric-definition.js';
import type { IndexedInvoice, SignalIndex } from '../signal-index.js';
import { evidenceFor } from './evidence-for.js';
import { amountOwed } from './invoice-lateness.js';

/**
 * The amount still owed on the account's invoices that `counts` (and owe anything), or with
 * `share_of_arr` that amount over ARR. Missing without invoices, or without ARR for a share;
 * every invoice issued by asOf is a sample, the owing ones that count are the evidence.
 * @example balanceReading(signals, () => true, 'amount') // the open balance
 */
export function balanceReading(signals: SignalIndex, counts: (inv: IndexedInvoice) => boolean, aggregation: string): MetricReading {
  const all = signals.invoices();
  if (all.items.length === 0) return NO_READING;
  const owing = all.items.filter((inv) => amountOwed(inv) > 0 && counts(inv));
  let owed = 0;
  for (const inv of owing) owed += amountOwed(inv);
  const arr = signals.account.arr;
  if (aggregation === 'share_of_arr' && !arr) return NO_READING;
  return { value: aggregation === 'share_of_arr' ? owed / (arr as number) : owed, samples: all.items.length, evidence: owing.map(evidenceFor.invoice) };
}
