import { z } from 'zod';
import { choiceField, emailField, idField, optional, withDefault, required, textField, timestampField } from './fields.js';

export const ACTIVITY_TYPES = ['email', 'meeting', 'call', 'note'] as const;
export const ACTIVITY_DIRECTIONS = ['inbound', 'outbound', 'internal'] as const;
export const ACTIVITY_STATUSES = ['completed', 'scheduled', 'cancelled', 'no_show'] as const;
export const PARTICIPANT_ROLES = ['from', 'to', 'cc', 'organizer', 'attendee'] as const;
export const RESPONSE_STATUSES = ['accepted', 'declined', 'tentative', 'needs_action'] as const;

export const ParticipantSchema = z.object({
  email: required(emailField),
  name: optional(textField),
  role: required(choiceField(PARTICIPANT_ROLES)),
  responseStatus: optional(choiceField(RESPONSE_STATUSES)),
});
export type Participant = z.output<typeof ParticipantSchema>;

/**
 * An email, meeting, call or note with a customer. Direction is from our side:
 * inbound = the customer wrote or called us.
 */
export const ActivitySchema = z.object({
  externalId: required(idField),
  accountExternalId: optional(idField),
  type: required(choiceField(ACTIVITY_TYPES)),
  direction: required(choiceField(ACTIVITY_DIRECTIONS)),
  occurredAt: required(timestampField),
  endedAt: optional(timestampField),
  status: withDefault(choiceField(ACTIVITY_STATUSES), () => 'completed' as const),
  threadId: optional(idField),
  inReplyTo: optional(idField),
  subject: optional(textField),
  bodyText: optional(textField),
  /** Everyone on the message or invite (a JSON array in NDJSON or CSV). */
  participants: z.preprocess(
    (v) => (typeof v === 'string' && v.trim().startsWith('[') ? safeJson(v) : v ?? []),
    z.array(ParticipantSchema),
  ),
  knownAt: optional(timestampField),
});
export type Activity = z.output<typeof ActivitySchema>;

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
