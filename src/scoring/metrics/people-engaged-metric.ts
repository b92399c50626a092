import type { MessageSide } from '../../communication/index.js';
import type { Evidence } from '../../domain/index.js';
import type { MetricDefinition } from '../metric-definition.js';
import { NO_READING } from '../metric-definition.js';
import { itemsBetween } from '../timed-list.js';
import { engagementRecords, hasEmailsOrMeetings } from './engagement-records.js';
import { evidenceFor } from './evidence-for.js';
import { windowSpan } from './window-span.js';
import { windowChange } from './window-change.js';

/** Distinct people of one side (by address) who wrote to the other or attended a held meeting in the window; evidence is each one's first such activity. */
export function peopleEngagedMetric(spec: Pick<MetricDefinition, 'name' | 'description'> & { readonly side: MessageSide }): MetricDefinition {
  return {
    name: spec.name,
    description: spec.description,
    signal: 'activities',
    unit: 'people',
    windows: ['span'],
    defaultWindow: '90d',
    aggregations: ['distinct'],
    valueType: 'number',
    minSamples: 0,
    compute(signals, window, asOfMs) {
      if (!hasEmailsOrMeetings(signals)) return NO_READING;
      const [from, to] = windowSpan(window, asOfMs);
      const records = itemsBetween(engagementRecords(signals, spec.side), from, to);
      const people = new Set<string>();
      const evidence: Evidence[] = [];
      for (const r of records) {
        let added = false;
        for (const p of r.people) {
          const email = p.email.toLowerCase();
          if (people.has(email)) continue;
          people.add(email);
          added = true;
        }
        if (added) evidence.push(evidenceFor.activity(r));
      }
      return { value: people.size, samples: records.length, evidence };
    },
    nextChange(signals, window, asOfMs) {
      return windowChange(signals, 'activities', engagementRecords(signals, spec.side), window, asOfMs);
    },
  };
}
