import { createColumnHelper, type ColumnDef } from '@tanstack/react-table';
import { Link } from 'react-router';
import { BandBadge } from '../ui/band-badge.tsx';
import { ConfidenceCell } from './confidence-cell.tsx';
import { formatMoney } from './format-money.ts';
import { Sparkline } from './sparkline.tsx';
import type { PortfolioRow } from './use-portfolio-rows.ts';
import type { PortfolioSortKey } from './portfolio-view.ts';

/** What the table needs of a column beyond TanStack's: the server's sort key, a fixed width (rows are virtualised, so widths must not follow content) and alignment. */
export interface PortfolioColumnMeta {
  readonly sortKey?: PortfolioSortKey;
  readonly width: string;
  readonly numeric?: boolean;
}

const column = createColumnHelper<PortfolioRow>();

function Change({ value }: { value: number | null }) {
  if (value === null) return <span className="muted">–</span>;
  const rounded = Math.round(value * 10) / 10;
  const sign = rounded > 0 ? '+' : rounded < 0 ? '−' : '±';
  return <span className={rounded < 0 ? 'change down' : rounded > 0 ? 'change up' : 'change'}>{`${sign}${Math.abs(rounded).toFixed(1)}`}</span>;
}

/** The driver's metric in words: "usage.active-user-ratio" reads "active user ratio (usage)". */
function driverText(driver: string): string {
  const [component, metric] = driver.split('.');
  return metric ? `${metric.replace(/-/g, ' ')} (${component})` : driver;
}

function trendLabel(row: PortfolioRow): string {
  const scores = row.trend.filter((p): p is number => p !== null).map((p) => Math.round(p));
  return scores.length ? `Weekly scores: ${scores.join(', ')}` : 'No scores';
}

/** The portfolio's columns, for the scorecard shown and its band colours. */
// TanStack's own type for a list of columns of different value types.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type PortfolioColumn = ColumnDef<PortfolioRow, any>;

export function portfolioColumns(scorecardLabel: string, bandColours: ReadonlyMap<string, string>): PortfolioColumn[] {
  const meta = (m: PortfolioColumnMeta) => ({ meta: m });
  return [
    column.accessor('name', {
      header: 'Account',
      cell: (c) => (
        <Link to={`/accounts/${encodeURIComponent(c.row.original.externalId)}`} className="account-link" title={`${c.row.original.name} (${c.row.original.externalId})`}>
          {c.row.original.name}
        </Link>
      ),
      ...meta({ sortKey: 'name', width: '18%' }),
    }),
    column.accessor('score', { header: () => <span title={scorecardLabel}>Score</span>, cell: (c) => (c.getValue() === null ? <span className="muted">–</span> : Math.round(c.getValue()!)), ...meta({ sortKey: 'score', width: '6.5%', numeric: true }) }),
    column.accessor('band', { header: 'Band', cell: (c) => <BandBadge band={c.getValue()} {...(bandColours.get(c.getValue() ?? '') ? { color: bandColours.get(c.getValue()!)! } : {})} />, ...meta({ width: '9%' }) }),
    column.accessor('trend', {
      header: () => <span title="The score at the end of each of the last 8 weeks">Trend</span>,
      cell: (c) => <Sparkline points={c.row.original.trend} label={trendLabel(c.row.original)} />,
      ...meta({ width: '8%' }),
    }),
    column.accessor('change30d', { header: () => <span title="Change of the score over 30 days">30 days</span>, cell: (c) => <Change value={c.getValue()} />, ...meta({ sortKey: 'change_30d', width: '7%', numeric: true }) }),
    column.accessor('confidence', { header: 'Confidence', cell: (c) => <ConfidenceCell value={c.getValue()} />, ...meta({ sortKey: 'confidence', width: '8%', numeric: true }) }),
    column.accessor('arr', { header: 'ARR', cell: (c) => formatMoney(c.getValue(), c.row.original.currency), ...meta({ sortKey: 'arr', width: '7.5%', numeric: true }) }),
    column.accessor('renewalDate', { header: 'Renewal', cell: (c) => c.getValue() ?? <span className="muted">–</span>, ...meta({ sortKey: 'renewal_date', width: '8.5%' }) }),
    column.accessor('ownerEmail', { header: 'Owner', cell: (c) => <span title={c.getValue() ?? ''}>{c.getValue() ?? <span className="muted">none</span>}</span>, ...meta({ width: '12.5%' }) }),
    column.accessor('topDriver', { header: 'Top driver', cell: (c) => (c.getValue() ? <span title={c.getValue()!}>{driverText(c.getValue()!)}</span> : <span className="muted">–</span>), ...meta({ width: '15%' }) }),
  ] as PortfolioColumn[];
}
