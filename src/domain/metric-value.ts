import { z } from 'zod';
import { idField, numberField, optional, required, slugField, timestampField } from './fields.js';

/** One point of a custom numeric series (any metric a user tracks elsewhere). */
export const MetricValueSchema = z.object({
  accountExternalId: required(idField),
  metric: required(slugField),
  observedAt: required(timestampField),
  value: required(numberField),
  knownAt: optional(timestampField),
});
export type MetricValue = z.output<typeof MetricValueSchema>;
