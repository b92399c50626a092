import type { NextChange } from '../metric-definition.js';
import type { MetricWindow } from '../metric-window.js';
import { nextWindowEdge } from '../next-window-edge.js';
import type { SignalIndex, SignalSource } from '../signal-index.js';
import type { TimedList } from '../timed-list.js';

/**
 * The change of a metric that reads one list through a window and nothing else that moves
 * with asOf: the next record to arrive in the list or to cross a window edge.
 */
export function windowChange(signals: SignalIndex, source: SignalSource, list: TimedList<unknown>, window: MetricWindow | undefined, asOfMs: number): NextChange {
  return { at: Math.min(signals.upcoming(source), nextWindowEdge(list.times, window, asOfMs)) };
}
