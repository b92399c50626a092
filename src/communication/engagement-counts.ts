import type { Activity } from '../domain/index.js';
import type { ConversationMessage } from './conversation-message.js';
import { isHeldMeeting } from './held-meeting.js';
import { messageSide } from './participant-side.js';

/** What the engagement counts read of an activity: an `Activity`, a stored one, or anything with these fields. */
export type EngagementActivity = ConversationMessage & Pick<Activity, 'status'>;

/** Emails each way and meetings, over some span of time. */
export interface EngagementCounts {
  /** Emails the customer wrote to us. */
  readonly emailsIn: number;
  /** Emails we wrote to the customer (mail among our own people is in neither). */
  readonly emailsOut: number;
  /** Meetings held (see `isHeldMeeting`). */
  readonly meetingsHeld: number;
  readonly meetingsCancelled: number;
}

export const NO_ENGAGEMENT: EngagementCounts = { emailsIn: 0, emailsOut: 0, meetingsHeld: 0, meetingsCancelled: 0 };

/** Counts being added up. */
export type CountsInProgress = { -readonly [K in keyof EngagementCounts]: number };

/** Which count an activity adds to, if any. */
export function engagementKind(a: EngagementActivity, customerDomains: readonly string[]): keyof EngagementCounts | undefined {
  if (a.type === 'email') {
    const side = messageSide(a, customerDomains);
    return side === 'customer' ? 'emailsIn' : side === 'internal' ? 'emailsOut' : undefined;
  }
  if (a.type !== 'meeting') return undefined;
  if (a.status === 'cancelled') return 'meetingsCancelled';
  return isHeldMeeting(a, customerDomains) ? 'meetingsHeld' : undefined;
}

/** Whether an activity had happened and was known by asOf. */
export function happenedBy(a: EngagementActivity, atMs: number, asOfMs: number): boolean {
  return atMs <= asOfMs && (a.knownAt === undefined || Date.parse(a.knownAt) <= asOfMs);
}

export interface EngagementCountsOptions<T extends EngagementActivity> {
  /** The span (fromMs, toMs], as metric windows have it: it ends at asOf and includes it. */
  readonly fromMs: number;
  readonly toMs: number;
  readonly customerDomains?: readonly string[];
  readonly timeOf?: (a: T) => number;
}

/**
 * Emails each way, meetings held and cancelled that happened in (fromMs, toMs] and were known
 * by toMs: the numbers the `emails-received`, `emails-sent` (as counts) and `meetings-held`
 * metrics read over the same window.
 * @example engagementCounts(activities, { fromMs: asOf - 90 * DAY_MS, toMs: asOf, customerDomains: ['acme.com'] })
 */
export function engagementCounts<T extends EngagementActivity>(activities: readonly T[], options: EngagementCountsOptions<T>): EngagementCounts {
  const timeOf = options.timeOf ?? ((a: T) => Date.parse(a.occurredAt));
  const domains = options.customerDomains ?? [];
  const counts: CountsInProgress = { ...NO_ENGAGEMENT };
  for (const a of activities) {
    const ms = timeOf(a);
    if (!(ms > options.fromMs) || !happenedBy(a, ms, options.toMs)) continue;
    const kind = engagementKind(a, domains);
    if (kind) counts[kind]++;
  }
  return counts;
}
