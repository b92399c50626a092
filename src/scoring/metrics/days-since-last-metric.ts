import type { Evidence } from '../../domain/index.js';
import type { MetricDefinition } from '../metric-definition.js';
import { NO_READING } from '../metric-definition.js';
import type { SignalIndex, SignalSource, Timed } from '../signal-index.js';
import type { TimedList } from '../timed-list.js';
import { daysSince, daysSinceDrift } from './days-since.js';

/** What a days-since metric's own file says about it, and where its records come from. */
export interface DaysSinceLastSpec<T> extends Pick<MetricDefinition, 'name' | 'description' | 'signal'> {
  /** The list it reads and the name under which `upcoming` reports that list's events. */
  readonly source: SignalSource;
  readonly list: (signals: SignalIndex) => TimedList<Timed<T>>;
  /** Which records count as the event it measures from. */
  readonly counts: (record: T) => boolean;
  readonly evidence: (row: Timed<T>) => Evidence;
}

/** The last record that counts, else the first record; undefined without records. */
function lastCounted<T>(items: readonly Timed<T>[], counts: (record: T) => boolean): Timed<T> | undefined {
  for (let i = items.length - 1; i >= 0; i--) {
    const row = items[i] as Timed<T>;
    if (counts(row.record)) return row;
  }
  return items[0];
}

/**
 * A metric of the whole days from the last record that `counts` to asOf, measured from the
 * first record when none counts; no records at all is missing data. It rises a day at a time.
 * @example daysSinceLastMetric({ name: 'days-since-active', description: '…', signal: 'usage_days', source: 'usageDays', list: (s) => s.usageDays(), counts: (d) => d.activeUsers > 0, evidence: evidenceFor.usageDay })
 */
export function daysSinceLastMetric<T>(spec: DaysSinceLastSpec<T>): MetricDefinition {
  return {
    name: spec.name,
    description: spec.description,
    signal: spec.signal,
    unit: 'days',
    windows: [],
    aggregations: ['days'],
    valueType: 'number',
    minSamples: 0,
    compute(signals, _window, asOfMs) {
      const { items } = spec.list(signals);
      const last = lastCounted(items, spec.counts);
      if (!last) return NO_READING;
      return { value: daysSince(last.ms, asOfMs), samples: items.length, evidence: [spec.evidence(last)] };
    },
    nextChange(signals) {
      const at = signals.upcoming(spec.source);
      const last = lastCounted(spec.list(signals).items, spec.counts);
      return last ? { at, drift: daysSinceDrift(last.ms) } : { at };
    },
  };
}
