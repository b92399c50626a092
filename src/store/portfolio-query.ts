/** What narrows the portfolio; every field is optional and an empty list means "any". */
export interface PortfolioFilter {
  readonly bands?: readonly string[];
  readonly segments?: readonly string[];
  /** Owner emails, matched case-insensitively (stored lower-cased on import). */
  readonly owners?: readonly string[];
  /** Inclusive bounds on the score; an account without a score never matches either. */
  readonly scoreMin?: number;
  readonly scoreMax?: number;
  /** Inclusive bounds on the renewal date, `YYYY-MM-DD`. */
  readonly renewalFrom?: string;
  readonly renewalTo?: string;
  /** A case-insensitive substring of the account's name or external id. */
  readonly search?: string;
  /** Only accounts whose score moved at least this many points since 30 days before it was scored. */
  readonly movedBy?: number;
  /** Only accounts whose score moved at least this many points since 7 days before it was scored ("changed this week"). */
  readonly movedBy7d?: number;
  /** Only accounts flagged for upsell: their current score on `scorecard` (the expansion one) is at least `scoreMin`. */
  readonly upsell?: { readonly scorecard: string; readonly scoreMin: number };
}

/** Whose accounts a caller sees: all of them, or a rep's own (by owner email) and those shared with them. */
export type PortfolioScope = { readonly all: true } | { readonly all: false; readonly ownerEmail: string; readonly userId: number };

export const PORTFOLIO_SORT_KEYS = ['score', 'name', 'arr', 'renewal_date', 'change_30d', 'confidence'] as const;
export type PortfolioSortKey = (typeof PORTFOLIO_SORT_KEYS)[number];

/** Accounts without a value (unscored, no ARR …) always come last; ties go by account id, in the same direction. */
export interface PortfolioSort {
  readonly by: PortfolioSortKey;
  readonly direction: 'asc' | 'desc';
}

/** Lowest score first: the accounts most at risk lead. */
export const DEFAULT_PORTFOLIO_SORT: PortfolioSort = { by: 'score', direction: 'asc' };
export const MAX_PORTFOLIO_PAGE = 200;

/** Which scores the portfolio reads (a model version and one of its scorecards), for whom, narrowed how. */
export interface PortfolioSelection {
  readonly modelVersion: string;
  readonly scorecard: string;
  readonly filter?: PortfolioFilter;
  readonly scope: PortfolioScope;
}

export interface PortfolioListQuery extends PortfolioSelection {
  readonly sort?: PortfolioSort;
  /** 1 to {@link MAX_PORTFOLIO_PAGE}. */
  readonly limit: number;
  /** The `nextCursor` of the previous page, for the same sort. */
  readonly cursor?: string;
}

/** One account of the portfolio with its current score on the scorecard (score fields null when it has none). */
export interface PortfolioRow {
  readonly accountId: number;
  readonly externalId: string;
  readonly name: string;
  readonly segment: string | null;
  readonly ownerEmail: string | null;
  readonly arr: number | null;
  readonly currency: string | null;
  readonly renewalDate: string | null;
  readonly score: number | null;
  readonly band: string | null;
  readonly confidence: number | null;
  readonly score30dAgo: number | null;
  /** score − score30dAgo. */
  readonly change30d: number | null;
  /** score − the score 7 days before asOf. */
  readonly change7d: number | null;
  /** The strongest driver, "component.metric". */
  readonly topDriver: string | null;
  /** The moment the score is as of. */
  readonly asOf: string | null;
}

/** Weekly points of a trend sparkline: the score in force at asOf and at each of the 7 weeks before. */
export const PORTFOLIO_TREND_WEEKS = 8;

export interface PortfolioPage {
  readonly items: PortfolioRow[];
  /** Pass as `cursor` for the next page; null on the last one. */
  readonly nextCursor: string | null;
}

export interface PortfolioBandTotal {
  /** null: accounts without a score. */
  readonly band: string | null;
  readonly accounts: number;
  readonly arr: number;
}

export interface PortfolioTotals {
  readonly accounts: number;
  /** The sum of ARR as stored, whatever its currency (see `currencies`). */
  readonly arr: number;
  /** The currencies the summed ARR is in; more than one means the sums mix them. */
  readonly currencies: string[];
  /** Largest band first; accounts without a score last. */
  readonly byBand: PortfolioBandTotal[];
}
