import { useEffect, useState } from 'react';
import { api, type Schemas } from '../api/api.ts';
import type { PortfolioQuery } from './use-portfolio-rows.ts';

export type PortfolioTotals = Schemas['PortfolioTotals'];

/**
 * Totals of everything a query matches, asked apart from the rows (limit 1) so the first
 * page of rows never waits for a count over 100,000 accounts.
 */
/** `key` undefined: not wanted, nothing is asked. */
export function usePortfolioTotals(query: PortfolioQuery, key: string | undefined): PortfolioTotals | undefined {
  const [totals, setTotals] = useState<PortfolioTotals>();
  useEffect(() => {
    let live = true;
    setTotals(undefined);
    if (key === undefined) return;
    void api.GET('/api/v1/accounts', { params: { query: { ...query, limit: 1, include: 'totals' } } }).then((r) => live && setTotals((r.data as Schemas['PortfolioPage'] | undefined)?.totals));
    return () => {
      live = false;
    };
    // key stands for the query's content.
  }, [key]);
  return totals;
}
