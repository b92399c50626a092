import { useCallback, useEffect, useState } from 'react';
import { api, dataOr, type Schemas } from '../api/api.ts';
import { RejectedRowsTable } from './rejected-rows-table.tsx';

type Row = Schemas['QuarantinedRow'];

/** The rows one import run rejected, a page at a time. */
export function QuarantineList({ importId }: { importId: number }) {
  const [rows, setRows] = useState<readonly Row[]>([]);
  const [cursor, setCursor] = useState<string | null | undefined>(undefined);
  const [error, setError] = useState<string>();
  const [loading, setLoading] = useState(false);
  const load = useCallback(
    async (from?: string) => {
      setLoading(true);
      try {
        const page = dataOr(await api.GET('/api/v1/imports/{id}/quarantine', { params: { path: { id: importId }, query: { limit: 50, ...(from ? { cursor: from } : {}) } } }));
        setRows((r) => (from ? [...r, ...page.items] : page.items));
        setCursor(page.nextCursor);
      } catch (e) {
        setError(e instanceof Error ? e.message : String(e));
      }
      setLoading(false);
    },
    [importId],
  );
  useEffect(() => {
    void load();
  }, [load]);
  if (error) return <p role="alert" className="error">{error}</p>;
  if (cursor === undefined) return <p className="muted">Loading…</p>;
  return (
    <div className="quarantine">
      {rows.length === 0 ? <p>This run rejected no row.</p> : <RejectedRowsTable rows={rows} caption={`Rows rejected by import run ${importId}`} />}
      {cursor && (
        <button type="button" onClick={() => void load(cursor)} disabled={loading}>
          {loading ? 'Loading…' : 'Load more'}
        </button>
      )}
    </div>
  );
}
