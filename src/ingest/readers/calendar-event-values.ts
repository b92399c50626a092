import ICAL from 'ical.js';
import { eventParticipants } from './event-participants.js';
import type { Occurrence } from './expand-occurrences.js';
import { icalTimeMillis, isoUtc } from './ical-time-millis.js';

/** The keys a calendar record has (the import's canonical activity columns). */
export const CALENDAR_COLUMNS = ['external_id', 'type', 'occurred_at', 'ended_at', 'all_day', 'status', 'subject', 'body_text', 'participants', 'known_at'] as const;

function text(value: unknown): string | undefined {
  const s = typeof value === 'string' ? value.trim() : '';
  return s === '' ? undefined : s;
}

/**
 * When this version of the event was last revised: LAST-MODIFIED, else DTSTAMP (which RFC 5545
 * gives that meaning in a calendar without METHOD). Undefined when it has neither.
 */
function lastRevised(component: Occurrence['source']['component']): string | undefined {
  for (const name of ['last-modified', 'dtstamp']) {
    const value: unknown = component.getFirstPropertyValue(name);
    if (value instanceof ICAL.Time) return isoUtc(icalTimeMillis(value));
  }
  return undefined;
}

/**
 * One occurrence as an activity record. An override stands for its occurrence entirely
 * (RFC 5545: it replaces the instance), so its title, text and people are its own; only
 * STATUS falls back to the series', so an instance of a cancelled series stays cancelled.
 * Whether a scheduled meeting took place is not decided here: that needs the import's
 * time and attendance.
 *
 * @example calendarEventValues(occurrence).occurred_at // '2024-05-01T09:30:00.000Z'
 */
export function calendarEventValues(occurrence: Occurrence): Record<string, unknown> {
  const { component } = occurrence.source;
  const status = text(component.getFirstPropertyValue('status'))?.toUpperCase();
  const cancelled = status === 'CANCELLED' || (status === undefined && occurrence.seriesCancelled);
  const values: Record<string, unknown> = {
    external_id: occurrence.externalId,
    type: 'meeting',
    occurred_at: isoUtc(icalTimeMillis(occurrence.start)),
    ended_at: isoUtc(icalTimeMillis(occurrence.end)),
    all_day: occurrence.start.isDate,
    status: cancelled ? 'cancelled' : 'scheduled',
  };
  const subject = text(component.getFirstPropertyValue('summary'));
  if (subject !== undefined) values.subject = subject;
  const body = text(component.getFirstPropertyValue('description'));
  if (body !== undefined) values.body_text = body;
  values.participants = eventParticipants(component);
  const knownAt = lastRevised(component);
  if (knownAt !== undefined) values.known_at = knownAt;
  return values;
}
