import { engagementCounts, engagementSeries, peopleEngaged, type EngagementCounts, type EngagementPeriod, type EngagementPeriodUnit, type PeopleEngaged } from '../communication/index.js';
import { METRIC_CATALOGUE, parseWindow, type MetricWindow, type SignalIndex } from '../scoring/index.js';
import type { Store } from '../store/index.js';
import { accountConversation } from './account-conversation.js';

/** The span of the response times, rates and people: the engagement metrics' default window. */
export const ENGAGEMENT_WINDOW_DAYS = 90;
/** Up to this many months the series is per week, beyond it per month. */
export const WEEKLY_UP_TO_MONTHS = 3;
export const MAX_ENGAGEMENT_MONTHS = 36;

const DAY_MS = 86_400_000;
const WINDOW = parseWindow(`${ENGAGEMENT_WINDOW_DAYS}d`) as MetricWindow;

/** A median response time over the window, from the metric of the same name. */
export interface ResponseTimeFigure {
  readonly medianBusinessHours: number | null;
  readonly medianWallHours: number | null;
  /** Emails answered in the window that it is the median of. */
  readonly answered: number;
}

/** A share 0..1 from a metric, with how many items it is a share of; null when there were none. */
export interface ShareFigure {
  readonly value: number | null;
  readonly samples: number;
}

/** The engagement of the last 90 days, each figure as the metric of its name reads it. */
export interface RecentEngagement extends EngagementCounts {
  readonly days: number;
  /** The window (from, to]: it ends at asOf. */
  readonly from: string;
  readonly to: string;
  /** customer-response-time: how fast the customer answers our mail. */
  readonly customerResponseTime: ResponseTimeFigure;
  /** our-response-time: how fast we answer theirs. */
  readonly ourResponseTime: ResponseTimeFigure;
  /** customer-response-rate: the share of our asking emails (at least 3 days old) they answered. */
  readonly customerResponseRate: ShareFigure;
  /** unanswered-thread-share: threads started in the window that end with an ask of ours they never answered. */
  readonly unansweredThreadShare: ShareFigure;
  /** Who took part on each side (customer-contacts-engaged and internal-people-engaged count them). */
  readonly people: PeopleEngaged;
}

/** What the dashboard's engagement section draws for one account as of a moment. */
export interface AccountEngagement {
  readonly accountExternalId: string;
  readonly asOf: string;
  readonly months: number;
  readonly period: EngagementPeriodUnit;
  /** The time zone of the business hours in response times (the account's `time_zone`, else UTC). */
  readonly timeZone: string;
  /** Oldest first: every month (or week) of the last `months` months, the current one included. */
  readonly series: readonly EngagementPeriod[];
  readonly recent: RecentEngagement;
  /** days-since-two-way-contact: days since the last exchange both sides took part in; null without any activity. */
  readonly daysSinceTwoWayContact: number | null;
}

export interface AccountEngagementInput {
  readonly account: string;
  readonly asOf: string;
  /** 1..36; 3 or fewer gives weeks. */
  readonly months: number;
}

/** A metric's reading for this account, or undefined when the catalogue has no such metric. */
function reading(index: SignalIndex, name: string, aggregation: string, window: MetricWindow | undefined = WINDOW) {
  const metric = METRIC_CATALOGUE.get(name);
  return metric?.compute(index, window, index.asOfMs, { aggregation });
}

const numberOr = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

function responseTime(index: SignalIndex, name: string): ResponseTimeFigure {
  const business = reading(index, name, 'median');
  return { medianBusinessHours: numberOr(business?.value), medianWallHours: numberOr(reading(index, name, 'median_wall_hours')?.value), answered: business?.samples ?? 0 };
}

function share(index: SignalIndex, name: string): ShareFigure {
  const r = reading(index, name, 'share');
  return { value: numberOr(r?.value), samples: r?.samples ?? 0 };
}

/** The start of the UTC month `back` months before the one holding `ms`. */
function monthStartBack(ms: number, back: number): number {
  const d = new Date(ms);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - back, 1);
}

/** The same instant `back` calendar months earlier (a 31st that month lacks runs into the next). */
function monthsBefore(ms: number, back: number): number {
  const d = new Date(ms);
  d.setUTCMonth(d.getUTCMonth() - back);
  return d.getTime();
}

/**
 * An account's engagement as of `asOf`: emails each way and meetings per month (per week for
 * 3 months or fewer), and over the last 90 days the response times, response rate, unanswered
 * threads and the people engaged on both sides. The rates and times are the scoring
 * catalogue's metrics computed on the same threading, so the dashboard shows the numbers the
 * scores used. Undefined when no such account was known then.
 * @example await accountEngagement(store, { account: 'ACC-000002', asOf: '2026-12-01T00:00:00.000Z', months: 12 })
 */
export async function accountEngagement(store: Store, input: AccountEngagementInput): Promise<AccountEngagement | undefined> {
  const loaded = await accountConversation(store, { account: input.account, asOf: input.asOf });
  if (!loaded) return undefined;
  const { index, activities, account } = loaded;
  const asOfMs = index.asOfMs;
  const domains = account.domains;
  const period: EngagementPeriodUnit = input.months <= WEEKLY_UP_TO_MONTHS ? 'week' : 'month';
  // Months count calendar months with the current one; weeks cover the same span back from asOf.
  const seriesFrom = period === 'month' ? monthStartBack(asOfMs, input.months - 1) : monthsBefore(asOfMs, input.months);
  const fromMs = asOfMs - ENGAGEMENT_WINDOW_DAYS * DAY_MS;
  const window = { fromMs, toMs: asOfMs, customerDomains: domains };
  return {
    accountExternalId: account.externalId,
    asOf: loaded.asOf,
    months: input.months,
    period,
    timeZone: loaded.businessHours.timeZone,
    series: engagementSeries(activities, { fromMs: seriesFrom, asOfMs, unit: period, customerDomains: domains }),
    recent: {
      days: ENGAGEMENT_WINDOW_DAYS,
      from: new Date(fromMs).toISOString(),
      to: loaded.asOf,
      ...engagementCounts(activities, window),
      customerResponseTime: responseTime(index, 'customer-response-time'),
      ourResponseTime: responseTime(index, 'our-response-time'),
      customerResponseRate: share(index, 'customer-response-rate'),
      unansweredThreadShare: share(index, 'unanswered-thread-share'),
      people: peopleEngaged(activities, window),
    },
    daysSinceTwoWayContact: numberOr(reading(index, 'days-since-two-way-contact', 'days', undefined)?.value),
  };
}
