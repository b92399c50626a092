import { useEffect, useRef, useState } from 'react';
import { problemText } from '../api/api.ts';

interface Page<T> {
  readonly items: readonly T[];
  readonly nextCursor: string | null;
  readonly asOf?: string;
}

export interface CursorPages<T> {
  readonly status: 'loading' | 'failed' | 'ready';
  readonly items: readonly T[];
  readonly error?: string;
  /** The moment the first page was answered as of. */
  readonly asOf?: string;
  /** Whether a next page exists. */
  readonly hasMore: boolean;
  readonly busy: boolean;
  more(): void;
}

/**
 * A cursor-paged list: the first page when `deps` change (replacing what was shown), then one
 * more page per `more()`. An answer for older deps is dropped, so a remount or StrictMode's
 * second effect never shows a page twice.
 */
export function useCursorPages<T>(load: (cursor: string | undefined) => Promise<{ data?: Page<T>; error?: unknown }>, deps: readonly unknown[]): CursorPages<T> {
  const [state, setState] = useState<{ items: readonly T[]; cursor: string | null | undefined; error?: string; asOf?: string }>({ items: [], cursor: undefined });
  const [busy, setBusy] = useState(false);
  const generation = useRef(0);

  async function fetchPage(cursor: string | undefined, gen: number) {
    setBusy(true);
    const r = await load(cursor).catch((e: unknown) => ({ data: undefined, error: { detail: e instanceof Error ? e.message : String(e) } }));
    if (gen !== generation.current) return;
    setBusy(false);
    const page = r.data;
    if (!page) return setState((s) => ({ ...s, error: problemText(r.error) }));
    setState((s) => ({ items: cursor === undefined ? page.items : [...s.items, ...page.items], cursor: page.nextCursor, asOf: cursor === undefined ? page.asOf : s.asOf }));
  }
  useEffect(() => {
    const gen = ++generation.current;
    setState({ items: [], cursor: undefined });
    void fetchPage(undefined, gen);
    // The caller names what the load depends on, as with useEffect.
  }, deps);

  const status = state.error !== undefined && state.cursor === undefined ? 'failed' : state.cursor === undefined ? 'loading' : 'ready';
  return {
    status,
    items: state.items,
    ...(state.error !== undefined ? { error: state.error } : {}),
    ...(state.asOf !== undefined ? { asOf: state.asOf } : {}),
    hasMore: typeof state.cursor === 'string',
    busy,
    more: () => {
      if (typeof state.cursor === 'string' && !busy) void fetchPage(state.cursor, generation.current);
    },
  };
}
