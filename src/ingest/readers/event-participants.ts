import type ICAL from 'ical.js';
import { emailField } from '../../domain/index.js';
import type { RESPONSE_STATUSES } from '../../domain/index.js';
import type { IcalComponent } from './timezone-calendar.js';

type IcalProperty = InstanceType<typeof ICAL.Property>;
type ResponseStatus = (typeof RESPONSE_STATUSES)[number];

/** A participant in the activity's shape (ParticipantSchema). */
export interface CalendarParticipant {
  email: string;
  name?: string;
  role: 'organizer' | 'attendee';
  responseStatus?: ResponseStatus;
}

/**
 * RFC 5545 PARTSTAT. A delegate answers in the attendee's place, so the attendee is not
 * coming. Anything else, including values no standard has (Apple writes CONFIRMED and
 * "cancelled" in node-ical-tentative-apple-calendar.ics), says nothing about the answer.
 */
const PARTSTAT: Readonly<Record<string, ResponseStatus>> = {
  ACCEPTED: 'accepted',
  DECLINED: 'declined',
  TENTATIVE: 'tentative',
  DELEGATED: 'declined',
  'NEEDS-ACTION': 'needs_action',
};

/** Rooms and equipment (CUTYPE) are booked, not met: their addresses are no one's. */
const NOT_PEOPLE = new Set(['ROOM', 'RESOURCE']);

function param(prop: IcalProperty, name: string): string | undefined {
  const value: unknown = prop.getParameter(name);
  const first: unknown = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' && first.trim() !== '' ? first.trim() : undefined;
}

function email(candidate: string | undefined): string | undefined {
  if (candidate === undefined) return undefined;
  const result = emailField.safeParse(candidate);
  return result.success ? result.data : undefined;
}

/**
 * The address of an ORGANIZER or ATTENDEE: the `mailto:` value (any case; some writers
 * quote it), else Apple's EMAIL parameter; a URL, a `urn:`, a bare name is no address.
 */
function addressOf(prop: IcalProperty): string | undefined {
  const value = String(prop.getFirstValue() ?? '').trim().replace(/^"(.*)"$/, '$1').trim();
  return email(/^mailto:/i.test(value) ? value.slice('mailto:'.length) : value) ?? email(param(prop, 'email'));
}

function participant(prop: IcalProperty, role: CalendarParticipant['role']): CalendarParticipant | undefined {
  const cutype = param(prop, 'cutype')?.toUpperCase();
  if (cutype !== undefined && NOT_PEOPLE.has(cutype)) return undefined;
  const address = addressOf(prop);
  if (address === undefined) return undefined;
  const cn = param(prop, 'cn');
  // Apple and Google fill CN with the address when they know no name.
  const name = cn !== undefined && email(cn.replace(/^mailto:/i, '')) !== address ? cn : undefined;
  const out: CalendarParticipant = { email: address, role };
  if (name !== undefined) out.name = name;
  if (role === 'attendee') out.responseStatus = PARTSTAT[param(prop, 'partstat')?.toUpperCase() ?? ''] ?? 'needs_action';
  return out;
}

/**
 * The ORGANIZER and each ATTENDEE of a VEVENT, one entry per address: an organizer who is
 * also listed as an attendee (Google and Outlook do this) is one organizer entry carrying
 * the attendee's response.
 *
 * @example eventParticipants(component) // [{ email: 'ann@acme.com', role: 'organizer' }, { email: 'bo@x.io', role: 'attendee', responseStatus: 'accepted' }]
 */
export function eventParticipants(component: IcalComponent): CalendarParticipant[] {
  const byEmail = new Map<string, CalendarParticipant>();
  const organizerProp = component.getFirstProperty('organizer');
  const organizer = organizerProp ? participant(organizerProp, 'organizer') : undefined;
  if (organizer) byEmail.set(organizer.email, organizer);
  for (const prop of component.getAllProperties('attendee')) {
    const attendee = participant(prop, 'attendee');
    if (!attendee) continue;
    const held = byEmail.get(attendee.email);
    if (!held) {
      byEmail.set(attendee.email, attendee);
    } else if (held === organizer) {
      held.responseStatus = attendee.responseStatus;
      if (held.name === undefined && attendee.name !== undefined) held.name = attendee.name;
    }
  }
  return [...byEmail.values()];
}
