import { z } from 'zod';
import { choiceField, emailField, optional, required, textField, timestampField } from './fields.js';

export const INTERNAL_ROLES = ['csm', 'account_executive', 'manager', 'support', 'executive', 'other'] as const;

/** One of our own people (a rep, a CSM, a manager). Keyed by email. */
export const InternalUserSchema = z.object({
  email: required(emailField),
  name: optional(textField),
  title: optional(textField),
  role: optional(choiceField(INTERNAL_ROLES)),
  team: optional(textField),
  managerEmail: optional(emailField),
  knownAt: optional(timestampField),
});
export type InternalUser = z.output<typeof InternalUserSchema>;
