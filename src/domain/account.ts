import { z } from 'zod';
import { amountField, choiceField, countField, currencyField, dateField, domainListField, emailField, idField, optional, withDefault, required, textField, timestampField } from './fields.js';

export const LIFECYCLE_STAGES = ['onboarding', 'adopting', 'active', 'renewing', 'churned'] as const;
export type LifecycleStage = (typeof LIFECYCLE_STAGES)[number];

/** A customer account: the unit that is scored. Keyed by its id in the user's CRM. */
export const AccountSchema = z.object({
  externalId: required(idField),
  name: required(textField),
  /** Email domains whose people belong to this account (`;`-separated in CSV). */
  domains: withDefault(domainListField, () => []),
  industry: optional(textField),
  segment: optional(textField),
  tier: optional(textField),
  lifecycleStage: optional(choiceField(LIFECYCLE_STAGES)),
  ownerEmail: optional(emailField),
  arr: optional(amountField),
  currency: optional(currencyField),
  renewalDate: optional(dateField),
  seats: optional(countField),
  parentExternalId: optional(idField),
  /** Any other attribute the user wants to segment by (`attr_<name>` columns in CSV). */
  attributes: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).default({}),
  knownAt: optional(timestampField),
});
export type Account = z.output<typeof AccountSchema>;
