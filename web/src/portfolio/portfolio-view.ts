import type { Schemas } from '../api/api.ts';

/** What the portfolio shows: the scorecard, filters and sort. Saved views store exactly this. */
export type PortfolioView = Schemas['SavedViewQuery'];

export type PortfolioSortKey = NonNullable<PortfolioView['sort']>;

/** Risk first: the lowest health score leads. */
export const DEFAULT_VIEW: PortfolioView = {};

/** "Changed this week": moved at least this many points over 7 days. */
export const CHANGED_THIS_WEEK_POINTS = 1;

export const RENEWAL_WINDOWS = [30, 90, 180] as const;

/** The direction a column sorts in when first clicked: what a reader most likely looks for first. */
export const FIRST_DIRECTION: Readonly<Record<PortfolioSortKey, 'asc' | 'desc'>> = { score: 'asc', name: 'asc', arr: 'desc', renewal_date: 'asc', change_30d: 'asc', confidence: 'asc' };

const DAY_MS = 86_400_000;
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The query of GET /api/v1/accounts for a view (without paging); `today` is passed in so a render does not read the clock twice. */
export function viewQuery(view: PortfolioView, today: number) {
  return {
    ...(view.scorecard ? { scorecard: view.scorecard } : {}),
    ...(view.band?.length ? { band: view.band } : {}),
    ...(view.segment?.length ? { segment: view.segment } : {}),
    ...(view.owner?.length ? { owner: view.owner } : {}),
    ...(view.renewalWithinDays ? { renewalFrom: day(today), renewalTo: day(today + view.renewalWithinDays * DAY_MS) } : {}),
    ...(view.q ? { q: view.q } : {}),
    ...(view.movedBy !== undefined ? { movedBy: view.movedBy } : {}),
    ...(view.movedBy7d !== undefined ? { movedBy7d: view.movedBy7d } : {}),
    ...(view.upsell ? { upsell: true as const } : {}),
    sort: view.sort ?? 'score',
    direction: view.direction ?? FIRST_DIRECTION[view.sort ?? 'score'],
  };
}

/** The view with `key` set, or removed when `value` is empty, so saved views hold only what was chosen. */
export function withField<K extends keyof PortfolioView>(view: PortfolioView, key: K, value: PortfolioView[K] | undefined): PortfolioView {
  const next = { ...view };
  const empty = value === undefined || value === '' || value === false || (Array.isArray(value) && value.length === 0);
  if (empty) delete next[key];
  else next[key] = value;
  return next;
}
