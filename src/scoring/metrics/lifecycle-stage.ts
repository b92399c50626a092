import { LIFECYCLE_STAGES } from '../../domain/index.js';
import type { MetricDefinition } from '../metric-definition.js';
import { NEVER, NO_READING } from '../metric-definition.js';

export const lifecycleStage: MetricDefinition = {
  name: 'lifecycle-stage',
  description: "The account's lifecycle stage as a category (onboarding, adopting, active, renewing, churned), for a category map.",
  signal: 'account',
  unit: 'stage',
  windows: [],
  aggregations: ['stage'],
  valueType: 'category',
  categories: LIFECYCLE_STAGES,
  minSamples: 0,
  compute(signals) {
    const { lifecycleStage: stage, externalId } = signals.account;
    return stage ? { value: stage, samples: 1, evidence: [{ entity: 'account', id: externalId }] } : NO_READING;
  },
  nextChange() {
    return NEVER;
  },
};
