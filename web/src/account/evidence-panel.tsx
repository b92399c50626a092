import { useEffect, useRef } from 'react';
import { api } from '../api/api.ts';
import type { RecordRef } from './record-ref.ts';
import { useApiData } from './use-api-data.ts';

/** Fields every record has that say nothing about what happened. */
const PLUMBING = new Set(['kind', 'id']);

const fieldName = (key: string) => key.replace(/([A-Z])/g, ' $1').toLowerCase();

function fieldValue(v: unknown): string {
  if (v === null || v === undefined) return '–';
  if (Array.isArray(v)) return v.map((x) => (typeof x === 'object' ? Object.values(x as object).join(' · ') : String(x))).join('; ');
  if (typeof v === 'object') return Object.entries(v as object).map(([k, x]) => `${k}: ${String(x)}`).join(', ');
  return String(v);
}

/**
 * One record behind a score, in a modal dialog: the browser traps focus in it, Escape closes
 * it, and focus goes back to what opened it.
 */
export function EvidencePanel({ record, onClose }: { record: RecordRef; onClose(): void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const found = useApiData(
    () => api.GET('/api/v1/records/{kind}/{id}', { params: { path: { kind: record.kind, id: record.id }, query: { account: record.account, ...(record.asOf ? { asOf: record.asOf } : {}) } } }),
    [record.kind, record.id, record.account, record.asOf],
  );
  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
  }, []);
  return (
    <dialog ref={dialog} className="acct-evidence-panel" aria-labelledby="evidence-title" onClose={onClose}>
      <header>
        <h2 id="evidence-title">{record.label}</h2>
        <button type="button" onClick={() => dialog.current?.close()} autoFocus>
          Close
        </button>
      </header>
      {record.asOf && <p className="muted">As known when scored ({new Date(record.asOf).toLocaleString()}).</p>}
      {found.status === 'loading' && <p className="muted">Loading the record…</p>}
      {found.status === 'failed' && <p className="error" role="alert">{found.code === 404 ? 'This record is not known (or not yours to see).' : found.message}</p>}
      {found.status === 'ready' && (
        <dl className="acct-fields">
          {Object.entries(found.data)
            .filter(([k]) => !PLUMBING.has(k))
            .map(([k, v]) => (
              <div key={k}>
                <dt>{fieldName(k)}</dt>
                <dd>{fieldValue(v)}</dd>
              </div>
            ))}
        </dl>
      )}
    </dialog>
  );
}
