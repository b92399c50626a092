import { type CountsInProgress, type EngagementActivity, type EngagementCounts, engagementKind, happenedBy, NO_ENGAGEMENT } from './engagement-counts.js';

/** Calendar months, or ISO weeks (from Monday), in UTC. */
export type EngagementPeriodUnit = 'month' | 'week';

/** One month or week of an account's engagement. */
export interface EngagementPeriod extends EngagementCounts {
  /** When the period starts (inclusive) and ends (exclusive), ISO 8601 in UTC; the last ends after asOf when it is the current one. */
  readonly start: string;
  readonly end: string;
}

export interface EngagementSeriesOptions<T extends EngagementActivity> {
  /** The periods run from the one holding `fromMs` to the one holding `asOfMs`. */
  readonly fromMs: number;
  readonly asOfMs: number;
  readonly unit: EngagementPeriodUnit;
  readonly customerDomains?: readonly string[];
  readonly timeOf?: (a: T) => number;
}

const DAY_MS = 86_400_000;

/** The start of the UTC month or ISO week holding `ms`. */
function periodStart(ms: number, unit: EngagementPeriodUnit): number {
  const d = new Date(ms);
  if (unit === 'month') return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
  const midnight = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
  return midnight - ((d.getUTCDay() + 6) % 7) * DAY_MS;
}

function nextStart(start: number, unit: EngagementPeriodUnit): number {
  if (unit === 'week') return start + 7 * DAY_MS;
  const d = new Date(start);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
}

/**
 * Emails each way and meetings held and cancelled per calendar month or ISO week (UTC), oldest
 * first, counting what happened and was known by asOf: the engagement chart of an account.
 * Every period is there, empty ones too, so a chart's gaps are real.
 * @example engagementSeries(activities, { fromMs: Date.parse('2025-07-01'), asOfMs: Date.parse('2025-12-15'), unit: 'month' }) // 6 months, July to December
 */
export function engagementSeries<T extends EngagementActivity>(activities: readonly T[], options: EngagementSeriesOptions<T>): EngagementPeriod[] {
  const { unit, asOfMs } = options;
  const timeOf = options.timeOf ?? ((a: T) => Date.parse(a.occurredAt));
  const domains = options.customerDomains ?? [];
  const starts: number[] = [];
  for (let s = periodStart(Math.min(options.fromMs, asOfMs), unit); s <= asOfMs; s = nextStart(s, unit)) starts.push(s);
  const counts: CountsInProgress[] = starts.map(() => ({ ...NO_ENGAGEMENT }));
  const first = starts[0];
  for (const a of activities) {
    const ms = timeOf(a);
    if (first === undefined || ms < first || !happenedBy(a, ms, asOfMs)) continue;
    const kind = engagementKind(a, domains);
    if (!kind) continue;
    // The last period starting at or before the activity.
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] as number) <= ms) lo = mid;
      else hi = mid - 1;
    }
    (counts[lo] as CountsInProgress)[kind]++;
  }
  return starts.map((s, i) => ({ start: new Date(s).toISOString(), end: new Date(nextStart(s, unit)).toISOString(), ...(counts[i] as EngagementCounts) }));
}
