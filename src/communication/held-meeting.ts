import type { Activity, Participant } from '../domain/index.js';
import type { MessageSide } from './conversation-message.js';
import { participantSide } from './participant-side.js';

/** What the meeting rules read of an activity. */
export type MeetingLike = Pick<Activity, 'type' | 'status' | 'participants'> & Partial<Pick<Activity, 'direction'>>;

/** A participant's side, the organizer's taken from the meeting's direction when the import did not set it. */
function sideIn(meeting: MeetingLike, p: Participant, domains: readonly string[]): MessageSide | undefined {
  const side = participantSide(p, domains);
  if (side || p.role !== 'organizer') return side;
  return meeting.direction === 'outbound' ? 'internal' : meeting.direction === 'inbound' ? 'customer' : undefined;
}

/** An organizer who gave no answer runs the meeting: they attend. */
function attends(p: Participant): boolean {
  return p.responseStatus === 'accepted' || (p.role === 'organizer' && p.responseStatus === undefined);
}

function hasResponses(meeting: MeetingLike): boolean {
  return meeting.participants.some((p) => p.responseStatus !== undefined);
}

/**
 * The people of one side who took part in a meeting: those who accepted (an organizer without
 * an answer counts), or, for a meeting with no response statuses at all (CSV exports of
 * completed meetings), everyone of that side on it. The `meetings-held` and `*-engaged`
 * metrics read this rule too, so the engagement view and the scores count the same people;
 * test/api/engagement.test.ts compares them.
 * @example attendeesOf(meeting, 'customer', ['acme.com']) // the people at Acme who accepted
 */
export function attendeesOf(meeting: MeetingLike, side: MessageSide, domains: readonly string[]): readonly Participant[] {
  const anyResponse = hasResponses(meeting);
  return meeting.participants.filter((p) => sideIn(meeting, p, domains) === side && (!anyResponse || attends(p)));
}

/**
 * Whether a meeting that started was held: not cancelled or a no-show, and completed or still
 * `scheduled` (a calendar cannot know more once it started), with at least one customer
 * attendee who accepted. Completed meetings without any response statuses (CSV) count.
 * @example isHeldMeeting({ type: 'meeting', status: 'completed', participants: [] }, []) // true
 */
export function isHeldMeeting(meeting: MeetingLike, domains: readonly string[]): boolean {
  if (meeting.type !== 'meeting' || (meeting.status !== 'completed' && meeting.status !== 'scheduled')) return false;
  if (!hasResponses(meeting)) return meeting.status === 'completed';
  return attendeesOf(meeting, 'customer', domains).length > 0;
}
