import { z } from 'zod';
import { emailField, idField, optional, withDefault, required, textField, timestampField } from './fields.js';

/** Free-text feedback from any source (a review, a call note, a form). */
export const FeedbackSchema = z.object({
  externalId: optional(idField),
  accountExternalId: optional(idField),
  contactEmail: optional(emailField),
  source: withDefault(textField, () => 'import'),
  receivedAt: required(timestampField),
  text: required(textField),
  knownAt: optional(timestampField),
});
export type Feedback = z.output<typeof FeedbackSchema>;
