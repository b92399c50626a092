import { useEffect, useMemo, useState } from 'react';
import { useSession } from '../auth/session.tsx';
import { portfolioColumns } from './portfolio-columns.tsx';
import { PortfolioFilters } from './portfolio-filters.tsx';
import { PortfolioTable } from './portfolio-table.tsx';
import { PortfolioTotals } from './portfolio-totals.tsx';
import { DEFAULT_VIEW, FIRST_DIRECTION, viewQuery, withField, type PortfolioSortKey, type PortfolioView } from './portfolio-view.ts';
import { SavedViewsMenu } from './saved-views-menu.tsx';
import { useDebouncedValue } from './use-debounced-value.ts';
import { usePortfolioRows } from './use-portfolio-rows.ts';
import { usePortfolioTotals } from './use-portfolio-totals.ts';
import { useScorecards } from './use-scorecards.ts';
import './portfolio.css';

/** The scorecard whose two lowest bands make "ARR at risk". */
const HEALTH = 'health';
const SEARCH_PAUSE_MS = 300;

/** Distinct non-empty values, sorted, capped: suggestions for the segment and owner boxes. */
function seen(values: Iterable<string | null>, cap = 200): string[] {
  return [...new Set([...values].filter((v): v is string => !!v))].sort().slice(0, cap);
}

/**
 * The portfolio: every account the user may see, most at risk first, with the scorecard,
 * filters, search and sort they choose, totals of everything that matches, and their saved
 * views. Rows load a page at a time as the table scrolls.
 */
export function PortfolioPage() {
  const { principal } = useSession();
  const scorecards = useScorecards();
  const [view, setView] = useState<PortfolioView>(DEFAULT_VIEW);
  const [search, setSearch] = useState('');
  const settledSearch = useDebouncedValue(search.trim(), SEARCH_PAUSE_MS);
  const [today] = useState(() => Date.now());

  useEffect(() => {
    setView((v) => (v.q ?? '') === settledSearch ? v : withField(v, 'q', settledSearch));
  }, [settledSearch]);

  const query = useMemo(() => viewQuery(view, today), [view, today]);
  const key = JSON.stringify(query);
  const data = usePortfolioRows(query, key);
  const totals = usePortfolioTotals(query, key);
  const scorecard = scorecards?.find((s) => s.name === (view.scorecard ?? scorecards[0]?.name));
  const showsHealth = scorecard?.name === HEALTH;
  const healthQuery = useMemo(() => ({ ...query, scorecard: HEALTH }), [query]);
  const healthTotals = usePortfolioTotals(healthQuery, showsHealth || !scorecards?.some((s) => s.name === HEALTH) ? undefined : `health ${key}`);
  const health = scorecards?.find((s) => s.name === HEALTH);
  const atRiskBands = useMemo(() => [...(health?.bands ?? [])].sort((a, b) => a.min - b.min).slice(0, 2).map((b) => b.name), [health]);

  const bandColours = useMemo(() => new Map((scorecard?.bands ?? []).filter((b) => b.color).map((b) => [b.name, b.color!])), [scorecard]);
  const columns = useMemo(() => portfolioColumns(scorecard ? `Score: ${scorecard.label}` : 'Score', bandColours), [scorecard, bandColours]);
  const segments = useMemo(() => seen(data.rows.map((r) => r.segment)), [data.rows]);
  const owners = useMemo(() => seen(data.rows.map((r) => r.ownerEmail)), [data.rows]);

  const sort = { by: query.sort, direction: query.direction };
  const onSort = (by: PortfolioSortKey) => setView((v) => ({ ...withField(v, 'sort', by === 'score' ? undefined : by), direction: by === query.sort ? (query.direction === 'asc' ? 'desc' : 'asc') : FIRST_DIRECTION[by] }));
  const pick = (picked: PortfolioView) => {
    setView(picked);
    setSearch(picked.q ?? '');
  };

  return (
    <div className="portfolio">
      <div className="portfolio-head">
        <h1>Portfolio</h1>
        <SavedViewsMenu view={view} onPick={pick} />
      </div>
      <PortfolioFilters
        view={view}
        search={search}
        scorecards={scorecards ?? []}
        bands={(scorecard?.bands ?? []).map((b) => b.name)}
        segments={segments}
        owners={owners}
        showOwner={principal?.role !== 'rep'}
        onChange={setView}
        onSearch={setSearch}
      />
      <PortfolioTotals totals={totals} health={showsHealth ? totals : healthTotals} atRiskBands={atRiskBands} />
      <PortfolioTable columns={columns} data={data} total={totals?.accounts} sort={sort} onSort={onSort} />
    </div>
  );
}
