import { z } from 'zod';
import { countField, dateField, idField, listField, optional, required, timestampField, withDefault } from './fields.js';

/** One day of product usage for an account. Keyed by account and date. */
export const UsageDaySchema = z.object({
  accountExternalId: required(idField),
  date: required(dateField),
  activeUsers: required(countField),
  events: withDefault(countField, () => 0),
  /** Names of the features used that day (`;`-separated in CSV). */
  featuresUsed: withDefault(listField, (): string[] => []),
  knownAt: optional(timestampField),
});
export type UsageDay = z.output<typeof UsageDaySchema>;
