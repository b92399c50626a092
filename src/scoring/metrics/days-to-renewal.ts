import type { MetricDefinition } from '../metric-definition.js';
import { NO_READING } from '../metric-definition.js';
import { DAY_MS, timeMs } from '../time-ms.js';

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
    return { value: Math.floor((timeMs(renewalDate) - asOfMs) / DAY_MS), samples: 1, evidence: [{ entity: 'account', id: externalId }] };
  },
};
