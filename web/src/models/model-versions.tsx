import { useEffect, useState } from 'react';
import { api, dataOr, type Schemas } from '../api/api.ts';

type ModelSummary = Schemas['ModelSummary'];

/** Every stored model version, newest first; `refresh` changes after an activation. */
export function ModelVersions({ refresh }: { refresh: number }) {
  const [items, setItems] = useState<readonly ModelSummary[]>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    let live = true;
    api
      .GET('/api/v1/models')
      .then((r) => live && setItems(dataOr(r).items))
      .catch((e: unknown) => live && setError(e instanceof Error ? e.message : String(e)));
    return () => {
      live = false;
    };
  }, [refresh]);
  return (
    <section className="card" aria-labelledby="versions-heading">
      <h2 id="versions-heading">Model versions</h2>
      {error && <p role="alert" className="error">{error}</p>}
      {!items && !error && <p className="muted">Loading…</p>}
      {items && (
        <div className="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">Version</th>
                <th scope="col">Name</th>
                <th scope="col">Stored</th>
                <th scope="col">By</th>
                <th scope="col">Activated</th>
              </tr>
            </thead>
            <tbody>
              {items.map((m) => (
                <tr key={m.version}>
                  <td>
                    <code>{m.version}</code> {m.active && <strong className="active-tag">active</strong>}
                  </td>
                  <td>{m.name}</td>
                  <td>{new Date(m.createdAt).toLocaleString()}</td>
                  <td>{m.createdBy}</td>
                  <td>{m.activatedAt ? new Date(m.activatedAt).toLocaleString() : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
