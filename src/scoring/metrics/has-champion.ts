import type { MetricDefinition } from '../metric-definition.js';
import { NO_READING } from '../metric-definition.js';

export const hasChampion: MetricDefinition = {
  name: 'has-champion',
  description: 'Whether any known contact has the role champion (1) or none does (0), or with `executive_sponsor` that role instead. No contacts at all is missing data.',
  signal: 'contacts',
  unit: '1 yes, 0 no',
  windows: [],
  aggregations: ['champion', 'executive_sponsor'],
  valueType: 'number',
  minSamples: 0,
  compute(signals, _window, _asOfMs, params) {
    const contacts = signals.contacts();
    if (contacts.length === 0) return NO_READING;
    const holders = contacts.filter((c) => c.role === params.aggregation);
    return { value: holders.length > 0 ? 1 : 0, samples: contacts.length, evidence: holders.map((c) => ({ entity: 'contact', id: c.externalId ?? c.email })) };
  },
  nextChange(signals) {
    return { at: signals.upcoming('contacts') };
  },
};
