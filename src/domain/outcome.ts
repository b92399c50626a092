import { z } from 'zod';
import { amountField, choiceField, dateField, idField, optional, required, timestampField } from './fields.js';

export const OUTCOME_KINDS = ['renewed', 'churned', 'contracted', 'expanded'] as const;
export type OutcomeKind = (typeof OUTCOME_KINDS)[number];

/** What happened at a renewal: the ground truth that backtests score against. */
export const OutcomeSchema = z.object({
  externalId: optional(idField),
  accountExternalId: required(idField),
  kind: required(choiceField(OUTCOME_KINDS)),
  date: required(dateField),
  /** ARR after the event (0 for a churn). */
  arrAfter: optional(amountField),
  arrBefore: optional(amountField),
  knownAt: optional(timestampField),
});
export type Outcome = z.output<typeof OutcomeSchema>;
