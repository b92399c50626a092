import { useCallback, useEffect, useRef, useState } from 'react';
import type { paths } from '../../../src/client/create-api-client.ts';
import { api, problemText, type Schemas } from '../api/api.ts';

export type PortfolioRow = Schemas['PortfolioPageRow'];
export type PortfolioQuery = Omit<NonNullable<paths['/api/v1/accounts']['get']['parameters']['query']>, 'limit' | 'cursor' | 'include' | 'format'>;

/** Rows per request after the first: the API's largest page. */
export const PAGE_SIZE = 200;
/** The first request: a screenful and some, so the first rows show sooner (measured with `npm run bench -- web`). */
export const FIRST_PAGE_SIZE = 60;

export interface PortfolioRows {
  readonly rows: readonly PortfolioRow[];
  /** More pages after the loaded ones. */
  readonly hasMore: boolean;
  readonly loading: boolean;
  readonly error: string | undefined;
  /** Asks for the next page unless one is on its way or there is none. */
  loadMore(): void;
}

/**
 * The portfolio's rows for a query, page by page as the table scrolls: the first page
 * shows as soon as it arrives and 100,000 rows never load at once. A new query starts again
 * from the first page; an answer to an old query is dropped.
 */
export function usePortfolioRows(query: PortfolioQuery, key: string): PortfolioRows {
  const [rows, setRows] = useState<readonly PortfolioRow[]>([]);
  const [cursor, setCursor] = useState<string | null | undefined>(undefined);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string>();
  const generation = useRef(0);
  const inFlight = useRef(false);

  const fetchPage = useCallback(
    (after: string | undefined, gen: number) => {
      inFlight.current = true;
      setLoading(true);
      void api.GET('/api/v1/accounts', { params: { query: { ...query, limit: after ? PAGE_SIZE : FIRST_PAGE_SIZE, ...(after ? { cursor: after } : {}) } } }).then(
        (r) => {
          if (gen !== generation.current) return;
          inFlight.current = false;
          setLoading(false);
          if (!r.data) return setError(problemText(r.error));
          // JSON asked for (no format=csv): the page, not the CSV text.
          const page = r.data as Schemas['PortfolioPage'];
          setRows((old) => (after ? [...old, ...page.items] : page.items));
          setCursor(page.nextCursor);
        },
        (e: unknown) => {
          if (gen !== generation.current) return;
          inFlight.current = false;
          setLoading(false);
          setError(e instanceof Error ? e.message : String(e));
        },
      );
    },
    // key stands for the query's content.
    [key],
  );

  useEffect(() => {
    const gen = ++generation.current;
    setRows([]);
    setCursor(undefined);
    setError(undefined);
    fetchPage(undefined, gen);
  }, [fetchPage]);

  const loadMore = useCallback(() => {
    if (inFlight.current || !cursor) return;
    fetchPage(cursor, generation.current);
  }, [cursor, fetchPage]);

  return { rows, hasMore: cursor !== null, loading, error, loadMore };
}
