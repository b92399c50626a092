import { z } from 'zod';
import { booleanField, choiceField, countField, emailField, idField, listField, numberField, optional, withDefault, required, textField, timestampField } from './fields.js';

export const ACTIVITY_TYPES = ['email', 'meeting', 'call', 'note'] as const;
export const ACTIVITY_DIRECTIONS = ['inbound', 'outbound', 'internal'] as const;
export type ActivityDirection = (typeof ACTIVITY_DIRECTIONS)[number];
export const ACTIVITY_STATUSES = ['completed', 'scheduled', 'cancelled', 'no_show'] as const;
export const PARTICIPANT_ROLES = ['from', 'to', 'cc', 'organizer', 'attendee'] as const;
export const RESPONSE_STATUSES = ['accepted', 'declined', 'tentative', 'needs_action'] as const;
/** Which side of the relationship a person is on: one of our people, or someone at the customer. */
export const PARTICIPANT_SIDES = ['internal', 'customer'] as const;

export const ParticipantSchema = z.object({
  email: required(emailField),
  name: optional(textField),
  role: required(choiceField(PARTICIPANT_ROLES)),
  responseStatus: optional(choiceField(RESPONSE_STATUSES)),
  /** Set by the import from internal users and internal domains when the source does not say. */
  side: optional(choiceField(PARTICIPANT_SIDES)),
});
export type Participant = z.output<typeof ParticipantSchema>;

/** A file attached to a message: only its name, size and type are kept, never its content. */
export const AttachmentSchema = z.object({
  name: optional(textField),
  size: optional(countField),
  contentType: optional(textField),
});
export type Attachment = z.output<typeof AttachmentSchema>;

/**
 * What is derived from a message's text at import, kept even when the text itself is not
 * (`store_bodies: false`), so engagement and tone can be measured without the content.
 */
export const MessageFeaturesSchema = z.object({
  /** Characters of the whole body. */
  chars: required(countField),
  /** Characters of the new text: the body without quoted replies and signature. */
  newChars: required(countField),
  /** Words of the new text. */
  words: required(countField),
  /** Tone of the new text: AFINN score per word, about -5 (hostile) to +5 (glowing). */
  sentiment: required(numberField),
});
export type MessageFeatures = z.output<typeof MessageFeaturesSchema>;

/**
 * An email, meeting, call or note with a customer. Direction is from our side:
 * inbound = the customer wrote or called us.
 */
export const ActivitySchema = z.object({
  externalId: required(idField),
  accountExternalId: optional(idField),
  type: required(choiceField(ACTIVITY_TYPES)),
  /** Worked out at import from who wrote or organized it (their side) when the source does not say. */
  direction: optional(choiceField(ACTIVITY_DIRECTIONS)),
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
  /** Message ids of the earlier messages of the thread (the References header), oldest first. */
  referenceIds: optional(listField),
  /** An all-day meeting: occurredAt is the day's start (UTC). */
  allDay: optional(booleanField),
  attachments: z.preprocess((v) => (typeof v === 'string' && v.trim().startsWith('[') ? safeJson(v) : v ?? undefined), z.array(AttachmentSchema).optional()),
  features: z.preprocess((v) => (typeof v === 'string' && v.trim().startsWith('{') ? safeJson(v) : v ?? undefined), MessageFeaturesSchema.optional()),
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
