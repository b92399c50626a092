import { useEffect, useState } from 'react';
import { problemText } from '../api/api.ts';

export type ApiData<T> = { readonly status: 'loading' } | { readonly status: 'failed'; readonly message: string; readonly code: number } | { readonly status: 'ready'; readonly data: T };

/**
 * One GET of a section, refetched when `deps` change; a stale answer never overwrites a newer one.
 * `load` returns openapi-fetch's result.
 */
export function useApiData<T>(load: () => Promise<{ data?: T; error?: unknown; response: Response }>, deps: readonly unknown[]): ApiData<T> {
  const [state, setState] = useState<ApiData<T>>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    void load().then(
      (r) => {
        if (!live) return;
        if (r.data !== undefined) setState({ status: 'ready', data: r.data });
        else setState({ status: 'failed', message: problemText(r.error), code: r.response.status });
      },
      (e: unknown) => live && setState({ status: 'failed', message: e instanceof Error ? e.message : String(e), code: 0 }),
    );
    return () => {
      live = false;
    };
    // The caller names what the load depends on, as with useEffect.
  }, deps);
  return state;
}
