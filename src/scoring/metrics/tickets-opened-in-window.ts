import type { MetricWindow } from '../metric-window.js';
import type { IndexedTicket, SignalIndex } from '../signal-index.js';
import { itemsBetween } from '../timed-list.js';
import { windowSpan } from './window-span.js';

/** The tickets opened in the span window, oldest first; null when the account has no tickets at all (missing data, not zero). */
export function ticketsOpenedInWindow(signals: SignalIndex, window: MetricWindow | undefined, asOfMs: number): readonly IndexedTicket[] | null {
  const all = signals.tickets();
  if (all.items.length === 0) return null;
  const [from, to] = windowSpan(window, asOfMs);
  return itemsBetween(all, from, to);
}
