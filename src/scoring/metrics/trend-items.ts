import type { MetricWindow } from '../metric-window.js';
import { itemsBetween, type TimedList } from '../timed-list.js';
import { trendSpans } from './window-span.js';

/**
 * The records of a list in a trend window's recent and baseline spans, each oldest first.
 * @example trendItems(signals.usageDays(), parseWindow('30d vs previous 90d'), asOfMs)
 */
export function trendItems<T>(list: TimedList<T>, window: MetricWindow | undefined, asOfMs: number): { readonly recent: readonly T[]; readonly baseline: readonly T[] } {
  const { recent, baseline } = trendSpans(window, asOfMs);
  return { recent: itemsBetween(list, recent[0], recent[1]), baseline: itemsBetween(list, baseline[0], baseline[1]) };
}
