import { Fragment, useCallback, useEffect, useState } from 'react';
import { api, dataOr, type Schemas } from '../api/api.ts';
import { QuarantineList } from './quarantine-list.tsx';

type Run = Schemas['ImportRun'];

/** Import runs (CLI, uploads, pushes), newest first; each opens its quarantine. `refresh` changes after an upload. */
export function ImportRuns({ refresh }: { refresh: number }) {
  const [runs, setRuns] = useState<readonly Run[]>([]);
  const [cursor, setCursor] = useState<string | null | undefined>(undefined);
  const [open, setOpen] = useState<number>();
  const [error, setError] = useState<string>();
  const load = useCallback(async (from?: string) => {
    try {
      const page = dataOr(await api.GET('/api/v1/imports', { params: { query: { limit: 25, ...(from ? { cursor: from } : {}) } } }));
      setRuns((r) => (from ? [...r, ...page.items] : page.items));
      setCursor(page.nextCursor);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }, []);
  useEffect(() => {
    void load();
  }, [load, refresh]);
  return (
    <section className="card" aria-labelledby="runs-heading">
      <h2 id="runs-heading">Import runs</h2>
      {error && <p role="alert" className="error">{error}</p>}
      {cursor === undefined && !error ? (
        <p className="muted">Loading…</p>
      ) : (
        <div className="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">Run</th>
                <th scope="col">File</th>
                <th scope="col">Kind</th>
                <th scope="col">Started</th>
                <th scope="col">Status</th>
                <th scope="col" className="num">Rows</th>
                <th scope="col" className="num">New</th>
                <th scope="col" className="num">Changed</th>
                <th scope="col" className="num">Rejected</th>
              </tr>
            </thead>
            <tbody>
              {runs.map((r) => (
                <Fragment key={r.id}>
                  <tr>
                    <td>{r.id}</td>
                    <td>{r.sourceFile}</td>
                    <td>{r.kind ?? '—'}</td>
                    <td>{new Date(r.startedAt).toLocaleString()}</td>
                    <td>{r.status}</td>
                    <td className="num">{r.rowsRead}</td>
                    <td className="num">{r.inserted}</td>
                    <td className="num">{r.updated}</td>
                    <td className="num">
                      {r.quarantined === 0 ? (
                        0
                      ) : (
                        <button type="button" className="link" aria-expanded={open === r.id} aria-controls={`quarantine-${r.id}`} onClick={() => setOpen(open === r.id ? undefined : r.id)}>
                          {r.quarantined === 1 ? '1 rejected row' : `${r.quarantined} rejected rows`}
                        </button>
                      )}
                    </td>
                  </tr>
                  {open === r.id && (
                    <tr id={`quarantine-${r.id}`}>
                      <td colSpan={9}>
                        <QuarantineList importId={r.id} />
                      </td>
                    </tr>
                  )}
                </Fragment>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {cursor && (
        <button type="button" onClick={() => void load(cursor)}>
          Load more runs
        </button>
      )}
    </section>
  );
}
