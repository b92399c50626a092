import { useCallback, useEffect, useRef, useState } from 'react';
import { api, problemText } from '../api/api.ts';
import type { AccountDetail } from './account-section.ts';

export type DetailState =
  | { readonly status: 'loading' }
  | { readonly status: 'missing' }
  | { readonly status: 'failed'; readonly message: string }
  | { readonly status: 'ready'; readonly detail: AccountDetail };

// The server rescores in the background after a change (docs/api.md, Background work);
// an incremental rescore of one account takes well under a second on the demo data.
const POLL_DELAY_MS = 400;
const POLL_ATTEMPTS = 8;

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
const snapshotIds = (d: AccountDetail) => d.scorecards.map((s) => s.snapshotId).join(',');

/**
 * The account's detail, and `refreshAfterChange`: after an override or pulse, refetch until a
 * new snapshot shows (or give up after a few tries), so the reader sees the score move.
 */
export function useAccountDetail(externalId: string) {
  const [state, setState] = useState<DetailState>({ status: 'loading' });
  const current = useRef<AccountDetail | undefined>(undefined);

  const fetchDetail = useCallback(async (): Promise<DetailState> => {
    const r = await api.GET('/api/v1/accounts/{externalId}', { params: { path: { externalId } } });
    if (r.response.status === 404) return { status: 'missing' };
    if (!r.data) return { status: 'failed', message: problemText(r.error) };
    return { status: 'ready', detail: r.data };
  }, [externalId]);

  const apply = useCallback((next: DetailState) => {
    current.current = next.status === 'ready' ? next.detail : undefined;
    setState(next);
  }, []);

  useEffect(() => {
    let live = true;
    setState({ status: 'loading' });
    void fetchDetail().then((next) => live && apply(next));
    return () => {
      live = false;
    };
  }, [fetchDetail, apply]);

  const refreshAfterChange = useCallback(async () => {
    const before = current.current ? snapshotIds(current.current) : '';
    for (let attempt = 0; attempt < POLL_ATTEMPTS; attempt++) {
      await wait(POLL_DELAY_MS);
      const next = await fetchDetail();
      if (next.status !== 'ready' || snapshotIds(next.detail) !== before || attempt === POLL_ATTEMPTS - 1) {
        apply(next);
        return;
      }
    }
  }, [fetchDetail, apply]);

  return { state, refreshAfterChange };
}
