import type { MetricDefinition } from '../metric-definition.js';
import { NEVER, NO_READING } from '../metric-definition.js';
import { DAY_MS, timeMs } from '../time-ms.js';

/** Whole days from asOf to the renewal; it steps down 1 ms after each whole day before the renewal. */
function daysTo(renewalMs: number, asOfMs: number): number {
  return Math.floor((renewalMs - asOfMs) / DAY_MS);
}

export const daysToRenewal: MetricDefinition = {
  name: 'days-to-renewal',
  description: "Days from asOf to the account's renewal date; negative once the date has passed without a new one.",
  signal: 'account',
  unit: 'days',
  windows: [],
  aggregations: ['days'],
  valueType: 'number',
  minSamples: 0,
  compute(signals, _window, asOfMs) {
    const { renewalDate, externalId } = signals.account;
    if (!renewalDate) return NO_READING;
    return { value: daysTo(timeMs(renewalDate), asOfMs), samples: 1, evidence: [{ entity: 'account', id: externalId }] };
  },
  nextChange(signals) {
    const { renewalDate } = signals.account;
    const renewalMs = renewalDate ? timeMs(renewalDate) : NaN;
    if (Number.isNaN(renewalMs)) return NEVER;
    return { at: Infinity, drift: { direction: -1, valueAt: (ms) => daysTo(renewalMs, ms), phase: renewalMs + 1 } };
  },
};
