import type { Participant } from '../domain/index.js';
import type { MessageSide } from './conversation-message.js';
import { type EngagementActivity, happenedBy } from './engagement-counts.js';
import { attendeesOf, isHeldMeeting } from './held-meeting.js';
import { messageSide, participantSide } from './participant-side.js';

/** One person's part in the relationship over a span. */
export interface EngagedPerson {
  /** Lower-cased. */
  readonly email: string;
  /** The latest name they were given. */
  readonly name?: string;
  readonly side: MessageSide;
  /** Emails they wrote to the other side. */
  readonly emailsSent: number;
  /** Emails from the other side they were sent (to or cc). */
  readonly emailsReceived: number;
  /** Held meetings they attended. */
  readonly meetingsAttended: number;
  /** Their latest email either way or meeting, ISO 8601. */
  readonly lastContactAt: string;
}

export interface PeopleEngaged {
  /** Newest contact first. */
  readonly customer: readonly EngagedPerson[];
  readonly internal: readonly EngagedPerson[];
}

export interface PeopleEngagedOptions<T extends EngagementActivity> {
  /** The span (fromMs, toMs], as metric windows have it. */
  readonly fromMs: number;
  readonly toMs: number;
  readonly customerDomains?: readonly string[];
  readonly timeOf?: (a: T) => number;
}

interface Tally {
  email: string;
  name?: string;
  side: MessageSide;
  emailsSent: number;
  emailsReceived: number;
  meetingsAttended: number;
  lastMs: number;
  engaged: boolean;
}

const OTHER: Readonly<Record<MessageSide, MessageSide>> = { customer: 'internal', internal: 'customer' };

/**
 * The people of each side engaged in (fromMs, toMs]: those who wrote to the other side or
 * attended a held meeting, as the `customer-contacts-engaged` and `internal-people-engaged`
 * metrics count them, each with what they sent, received and attended. Someone who was only
 * written to is not engaged and is left out.
 * @example peopleEngaged(activities, { fromMs: asOf - 90 * DAY_MS, toMs: asOf, customerDomains: ['acme.com'] }).customer.length // the customer-contacts-engaged value
 */
export function peopleEngaged<T extends EngagementActivity>(activities: readonly T[], options: PeopleEngagedOptions<T>): PeopleEngaged {
  const timeOf = options.timeOf ?? ((a: T) => Date.parse(a.occurredAt));
  const domains = options.customerDomains ?? [];
  const people = new Map<string, Tally>();
  const touch = (p: Participant, side: MessageSide, ms: number, what: 'emailsSent' | 'emailsReceived' | 'meetingsAttended') => {
    const email = p.email.toLowerCase();
    const key = `${side}:${email}`;
    let t = people.get(key);
    if (!t) {
      t = { email, side, emailsSent: 0, emailsReceived: 0, meetingsAttended: 0, lastMs: ms, engaged: false };
      people.set(key, t);
    }
    t[what]++;
    if (what !== 'emailsReceived') t.engaged = true;
    if (ms >= t.lastMs) {
      t.lastMs = ms;
      if (p.name) t.name = p.name;
    } else if (!t.name && p.name) t.name = p.name;
  };
  for (const a of activities) {
    const ms = timeOf(a);
    if (!(ms > options.fromMs) || !happenedBy(a, ms, options.toMs)) continue;
    if (a.type === 'email') {
      const side = messageSide(a, domains);
      if (!side) continue;
      for (const p of a.participants) {
        if (p.role === 'from') touch(p, side, ms, 'emailsSent');
        else if ((p.role === 'to' || p.role === 'cc') && participantSide(p, domains) === OTHER[side]) touch(p, OTHER[side], ms, 'emailsReceived');
      }
    } else if (isHeldMeeting(a, domains)) {
      for (const side of ['customer', 'internal'] as const) for (const p of attendeesOf(a, side, domains)) touch(p, side, ms, 'meetingsAttended');
    }
  }
  const listed = (side: MessageSide): EngagedPerson[] =>
    [...people.values()]
      .filter((t) => t.side === side && t.engaged)
      .sort((x, y) => y.lastMs - x.lastMs || (x.email < y.email ? -1 : 1))
      .map((t) => ({ email: t.email, ...(t.name ? { name: t.name } : {}), side, emailsSent: t.emailsSent, emailsReceived: t.emailsReceived, meetingsAttended: t.meetingsAttended, lastContactAt: new Date(t.lastMs).toISOString() }));
  return { customer: listed('customer'), internal: listed('internal') };
}
