import type { MessageSide } from '../../communication/index.js';
import type { MetricDefinition } from '../metric-definition.js';
import { NO_READING } from '../metric-definition.js';
import { windowBounds } from '../metric-window.js';
import { itemsBetween } from '../timed-list.js';
import { relativeChange } from './aggregate.js';
import { emailsFrom, hasEmails } from './email-lists.js';
import { evidenceFor } from './evidence-for.js';
import { windowChange } from './window-change.js';

const PER_DAYS = 30;

/**
 * A count of one side's emails in a span, per 30 days (`per_30_days`, so thresholds hold for any
 * window length: 90 days of 12 emails read 4) or as a plain `count`; with a trend window, the
 * relative change of the emails per day from the baseline span to the recent one. No email at
 * all by asOf is missing data, not zero.
 */
export function emailVolumeMetric(spec: Pick<MetricDefinition, 'name' | 'description'> & { readonly side: MessageSide }): MetricDefinition {
  return {
    name: spec.name,
    description: spec.description,
    signal: 'activities',
    unit: 'emails per 30 days (relative change with a trend window)',
    windows: ['span', 'trend'],
    defaultWindow: '90d',
    aggregations: ['per_30_days', 'count'],
    valueType: 'number',
    minSamples: 0,
    compute(signals, window, asOfMs, params) {
      if (!window) throw new RangeError(`${spec.name} needs a window`);
      if (!hasEmails(signals)) return NO_READING;
      const list = emailsFrom(signals, spec.side);
      const { recent, baseline } = windowBounds(window, asOfMs);
      const now = itemsBetween(list, recent[0], recent[1]);
      if (window.kind === 'trend' && baseline) {
        const before = itemsBetween(list, baseline[0], baseline[1]);
        const value = relativeChange(now.length / window.recentDays, before.length / window.baselineDays);
        return { value, samples: now.length + before.length, evidence: [...before, ...now].map(evidenceFor.activity) };
      }
      const days = window.kind === 'span' ? window.days : window.recentDays;
      const value = params.aggregation === 'count' ? now.length : (now.length * PER_DAYS) / days;
      return { value, samples: now.length, evidence: now.map(evidenceFor.activity) };
    },
    nextChange(signals, window, asOfMs) {
      return windowChange(signals, 'activities', emailsFrom(signals, spec.side), window, asOfMs);
    },
  };
}
