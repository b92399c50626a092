import { z } from 'zod';
import { choiceField, emailField, idField, optional, required, textField, timestampField } from './fields.js';

export const CONTACT_ROLES = ['champion', 'executive_sponsor', 'decision_maker', 'economic_buyer', 'admin', 'user', 'technical', 'billing', 'other'] as const;
export type ContactRole = (typeof CONTACT_ROLES)[number];

/** A person at a customer. Keyed by email; matched to an account by id or by email domain. */
export const ContactSchema = z.object({
  email: required(emailField),
  externalId: optional(idField),
  accountExternalId: optional(idField),
  name: optional(textField),
  title: optional(textField),
  role: optional(choiceField(CONTACT_ROLES)),
  knownAt: optional(timestampField),
});
export type Contact = z.output<typeof ContactSchema>;
