import { flexRender, getCoreRowModel, useReactTable } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import { useNavigate } from 'react-router';
import type { PortfolioColumn, PortfolioColumnMeta } from './portfolio-columns.tsx';
import type { PortfolioSortKey } from './portfolio-view.ts';
import type { PortfolioRows, PortfolioRow } from './use-portfolio-rows.ts';

const ROW_HEIGHT = 36;
/** Ask for the next page while this many loaded rows are still below the view. */
const PREFETCH_ROWS = 60;

interface Props {
  readonly columns: PortfolioColumn[];
  readonly data: PortfolioRows;
  /** Rows the whole query matches, when known (for screen readers' "row n of m"). */
  readonly total: number | undefined;
  readonly sort: { readonly by: PortfolioSortKey; readonly direction: 'asc' | 'desc' };
  onSort(by: PortfolioSortKey): void;
}

/**
 * The portfolio as a real table whose body renders only the rows in view (plus a few): the
 * rows above and below are two spacer rows of their height. Sorting is the server's (the
 * header buttons ask for it); a row opens its account on click, its name link by keyboard.
 */
export function PortfolioTable({ columns, data, total, sort, onSort }: Props) {
  const table = useReactTable({ data: data.rows as PortfolioRow[], columns, getCoreRowModel: getCoreRowModel(), manualSorting: true });
  const scroller = useRef<HTMLDivElement>(null);
  const navigate = useNavigate();
  const rows = table.getRowModel().rows;
  const virtualizer = useVirtualizer({ count: rows.length, getScrollElement: () => scroller.current, estimateSize: () => ROW_HEIGHT, overscan: 12 });
  const items = virtualizer.getVirtualItems();
  const lastIndex = items[items.length - 1]?.index ?? 0;

  useEffect(() => {
    if (data.hasMore && !data.loading && lastIndex >= rows.length - PREFETCH_ROWS) data.loadMore();
  }, [lastIndex, rows.length, data]);

  // A new query starts at the top.
  useEffect(() => {
    if (rows.length === 0) scroller.current?.scrollTo({ top: 0 });
  }, [rows.length]);

  const top = items[0]?.start ?? 0;
  const bottom = virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0);
  const columnCount = columns.length;

  return (
    <div className="portfolio-scroller" ref={scroller} tabIndex={-1}>
      <table className="portfolio-table" aria-rowcount={(total ?? (data.hasMore ? -1 : rows.length)) + 1} aria-label="Accounts">
        <colgroup>
          {table.getVisibleLeafColumns().map((c) => (
            <col key={c.id} style={{ width: (c.columnDef.meta as PortfolioColumnMeta).width }} />
          ))}
        </colgroup>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id} aria-rowindex={1}>
              {group.headers.map((h) => {
                const meta = h.column.columnDef.meta as PortfolioColumnMeta;
                const active = meta.sortKey !== undefined && meta.sortKey === sort.by;
                const label = flexRender(h.column.columnDef.header, h.getContext());
                return (
                  <th key={h.id} scope="col" className={meta.numeric ? 'num' : undefined} aria-sort={active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : meta.sortKey ? 'none' : undefined}>
                    {meta.sortKey ? (
                      <button type="button" className="sort-button" onClick={() => onSort(meta.sortKey!)}>
                        {label}
                        <span aria-hidden="true" className="sort-mark">
                          {active ? (sort.direction === 'asc' ? '▲' : '▼') : '↕'}
                        </span>
                      </button>
                    ) : (
                      label
                    )}
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody>
          {top > 0 && (
            <tr aria-hidden="true" className="spacer">
              <td colSpan={columnCount} style={{ height: top }} />
            </tr>
          )}
          {items.map((v) => {
            const row = rows[v.index]!;
            const meta = (id: string) => table.getColumn(id)?.columnDef.meta as PortfolioColumnMeta | undefined;
            return (
              <tr key={row.id} aria-rowindex={v.index + 2} className="portfolio-row" style={{ height: ROW_HEIGHT }} onClick={(e) => !(e.target as HTMLElement).closest('a') && navigate(`/accounts/${encodeURIComponent(row.original.externalId)}`)}>
                {row.getVisibleCells().map((cell) => (
                  <td key={cell.id} className={meta(cell.column.id)?.numeric ? 'num' : undefined}>
                    {flexRender(cell.column.columnDef.cell, cell.getContext())}
                  </td>
                ))}
              </tr>
            );
          })}
          {bottom > 0 && (
            <tr aria-hidden="true" className="spacer">
              <td colSpan={columnCount} style={{ height: bottom }} />
            </tr>
          )}
        </tbody>
      </table>
      {data.loading && <p className="portfolio-status muted" role="status">Loading accounts…</p>}
      {!data.loading && !data.error && rows.length === 0 && <p className="portfolio-status muted" role="status">No accounts match.</p>}
      {data.error && (
        <p className="portfolio-status error" role="alert">
          {data.error}
        </p>
      )}
    </div>
  );
}
