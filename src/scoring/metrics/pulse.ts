import { PULSE_RATINGS } from '../../domain/index.js';
import type { MetricDefinition } from '../metric-definition.js';
import { NO_READING } from '../metric-definition.js';
import { timeMs } from '../time-ms.js';
import { evidenceFor } from './evidence-for.js';
import { windowSpan } from './window-span.js';
import { windowChange } from './window-change.js';

export const pulse: MetricDefinition = {
  name: 'pulse',
  description:
    "The rep's own rating of the account (red, yellow or green): the newest pulse created by asOf that has not expired (one expiring on or before asOf no longer counts) and is no older than the window.",
  signal: 'pulses',
  unit: 'red | yellow | green',
  windows: ['span'],
  defaultWindow: '180d',
  aggregations: ['latest'],
  valueType: 'category',
  categories: PULSE_RATINGS,
  minSamples: 1,
  compute(signals, window, asOfMs) {
    const [from] = windowSpan(window, asOfMs);
    const { items } = signals.pulses();
    for (let i = items.length - 1; i >= 0; i--) {
      const p = items[i] as (typeof items)[number];
      if (p.ms <= from) break;
      if (p.record.expiresAt !== undefined && timeMs(p.record.expiresAt) <= asOfMs) continue;
      return { value: p.record.rating, observedAt: p.record.createdAt, samples: 1, evidence: [evidenceFor.pulse(p)] };
    }
    return NO_READING;
  },
  nextChange(signals, window, asOfMs) {
    return windowChange(signals, 'pulses', signals.pulses(), window, asOfMs);
  },
};
