import type { Mailbox } from './demo-email.js';
import type { TimeZone } from './time-zones.js';

export type PartStat = 'ACCEPTED' | 'DECLINED' | 'TENTATIVE' | 'NEEDS-ACTION';

export interface Invitee extends Mailbox {
  readonly partstat: PartStat;
  /** The organizer is listed among the attendees too, as calendar exports do. */
  readonly role: 'CHAIR' | 'REQ-PARTICIPANT' | 'OPT-PARTICIPANT';
}

/** A meeting as the calendar file writes it: one VEVENT, or a series' master or overridden instance. */
export interface DemoMeeting {
  /** The activity's external id; the UID is made from it (an overridden instance shares its series' UID). */
  readonly externalId: string;
  /** When the invitation was sent (CREATED). */
  readonly createdAt: number;
  /** When the generator knew this version of the event (DTSTAMP): its end, a cancellation, a reschedule. */
  readonly stampAt: number;
  readonly start: number;
  readonly end: number;
  /** The organizer's zone; a series always recurs in it. */
  readonly zone: TimeZone;
  readonly status: 'CONFIRMED' | 'CANCELLED';
  readonly sequence: number;
  readonly subject: string;
  readonly description: string;
  readonly organizer: Mailbox;
  readonly attendees: readonly Invitee[];
  /** A series' master: its RRULE value and the starts of excluded instances. */
  readonly recurrence?: { readonly rule: string; readonly exdates: readonly number[] };
  /** An overridden instance: the start it had in the series. */
  readonly recurrenceId?: number;
}

export const CALENDAR_DOMAIN = 'calendar.bellwether-demo.test';

export function eventUid(externalId: string): string {
  return `${externalId}@${CALENDAR_DOMAIN}`;
}
