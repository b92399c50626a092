import { z } from 'zod';
import { emailField, idField, optional, required, textField, timestampField } from './fields.js';

/** Free-text feedback from any source (a review, a call note, a form). */
export const FeedbackSchema = z.object({
  externalId: optional(idField),
  accountExternalId: optional(idField),
  contactEmail: optional(emailField),
  source: optional(textField).transform((s) => s ?? 'import'),
  receivedAt: required(timestampField),
  text: required(textField),
  knownAt: optional(timestampField),
});
export type Feedback = z.output<typeof FeedbackSchema>;
