import { type DemoMeeting, eventUid } from './demo-meeting.js';
import { dateTimeProperty, escapeText, icsUtc, paramValue } from './ics-format.js';

export interface EventForm {
  /** Times with the organizer's TZID, else in UTC. A series always uses its zone. */
  readonly withZone: boolean;
  /** A recurrence rule no parser accepts, planted on purpose. */
  readonly invalidRule?: string;
}

/** The unfolded content lines of one VEVENT. */
export function veventLines(m: DemoMeeting, form: EventForm): string[] {
  const zone = form.withZone || m.recurrence || m.recurrenceId !== undefined ? m.zone : undefined;
  return [
    'BEGIN:VEVENT',
    `UID:${eventUid(m.externalId)}`,
    `DTSTAMP:${icsUtc(m.stampAt)}`,
    `CREATED:${icsUtc(m.createdAt)}`,
    `LAST-MODIFIED:${icsUtc(m.stampAt)}`,
    dateTimeProperty('DTSTART', m.start, zone),
    dateTimeProperty('DTEND', m.end, zone),
    ...(m.recurrenceId !== undefined ? [dateTimeProperty('RECURRENCE-ID', m.recurrenceId, zone)] : []),
    ...(m.recurrence ? [`RRULE:${m.recurrence.rule}`, ...m.recurrence.exdates.map((d) => dateTimeProperty('EXDATE', d, zone))] : []),
    ...(form.invalidRule ? [`RRULE:${form.invalidRule}`] : []),
    `SEQUENCE:${m.sequence}`,
    `STATUS:${m.status}`,
    `SUMMARY:${escapeText(m.subject)}`,
    `DESCRIPTION:${escapeText(m.description)}`,
    `ORGANIZER;CN=${paramValue(m.organizer.name)}:mailto:${m.organizer.email}`,
    ...m.attendees.map((a) => `ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=${a.role};PARTSTAT=${a.partstat};CN=${paramValue(a.name)}:mailto:${a.email}`),
    'TRANSP:OPAQUE',
    'END:VEVENT',
  ];
}
