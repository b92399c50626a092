import { type MessageSide, participantSide } from '../../communication/index.js';
import type { Activity, Participant } from '../../domain/index.js';

type Meeting = Pick<Activity, 'type' | 'status' | 'participants'> & Partial<Pick<Activity, 'direction'>>;

/** A participant's side, the organizer's taken from the meeting's direction when the import did not set it. */
function sideIn(meeting: Meeting, p: Participant, domains: readonly string[]): MessageSide | undefined {
  const side = participantSide(p, domains);
  if (side || p.role !== 'organizer') return side;
  return meeting.direction === 'outbound' ? 'internal' : meeting.direction === 'inbound' ? 'customer' : undefined;
}

/** An organizer who gave no answer runs the meeting: they attend. */
function attends(p: Participant): boolean {
  return p.responseStatus === 'accepted' || (p.role === 'organizer' && p.responseStatus === undefined);
}

function hasResponses(meeting: Meeting): boolean {
  return meeting.participants.some((p) => p.responseStatus !== undefined);
}

/**
 * The people of one side who took part in a meeting: those who accepted (an organizer without
 * an answer counts), or, for a meeting with no response statuses at all (CSV exports of
 * completed meetings), everyone of that side on it.
 */
export function attendeesOf(meeting: Meeting, side: MessageSide, domains: readonly string[]): readonly Participant[] {
  const anyResponse = hasResponses(meeting);
  return meeting.participants.filter((p) => sideIn(meeting, p, domains) === side && (!anyResponse || attends(p)));
}

/**
 * Whether a meeting that started by asOf was held: not cancelled or a no-show, and completed
 * or still `scheduled` (a calendar cannot know more once it started), with at least one
 * customer attendee who accepted. Completed meetings without any response statuses (CSV)
 * count as held, as they always did.
 */
export function isHeldMeeting(meeting: Meeting, domains: readonly string[]): boolean {
  if (meeting.type !== 'meeting' || (meeting.status !== 'completed' && meeting.status !== 'scheduled')) return false;
  if (!hasResponses(meeting)) return meeting.status === 'completed';
  return attendeesOf(meeting, 'customer', domains).length > 0;
}
