import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { api, dataOr, type Schemas } from '../api/api.ts';
import { AuditDiff } from './audit-diff.tsx';
import './audit-page.css';

type Entry = Schemas['AuditEntry'];
type Entity = 'override' | 'pulse' | 'model';

interface Filters {
  readonly account: string;
  readonly entity: '' | Entity;
  readonly actor: string;
  /** `YYYY-MM-DD` from the date inputs, read as local days. */
  readonly since: string;
  readonly until: string;
}

const EMPTY: Filters = { account: '', entity: '', actor: '', since: '', until: '' };

/** The filters as API query parameters; "until" includes its whole day, so it asks for entries before the next midnight. */
function queryOf(f: Filters) {
  const day = (d: string, plus = 0) => {
    const t = new Date(`${d}T00:00:00`);
    t.setDate(t.getDate() + plus);
    return t.toISOString();
  };
  return {
    ...(f.account.trim() ? { account: f.account.trim() } : {}),
    ...(f.entity ? { entity: f.entity } : {}),
    ...(f.actor.trim() ? { actor: f.actor.trim() } : {}),
    ...(f.since ? { since: day(f.since) } : {}),
    ...(f.until ? { until: day(f.until, 1) } : {}),
  };
}

/** Who changed an override, a pulse or the model, when, from what to what; newest first. */
export function AuditPage() {
  const [draft, setDraft] = useState<Filters>(EMPTY);
  const [filters, setFilters] = useState<Filters>(EMPTY);
  const [entries, setEntries] = useState<readonly Entry[]>([]);
  const [cursor, setCursor] = useState<string | null | undefined>(undefined);
  const [error, setError] = useState<string>();
  const [loading, setLoading] = useState(false);

  const load = useCallback(async (f: Filters, from?: string) => {
    setLoading(true);
    setError(undefined);
    try {
      const page = dataOr(await api.GET('/api/v1/audit', { params: { query: { ...queryOf(f), limit: 50, ...(from ? { cursor: from } : {}) } } }));
      setEntries((e) => (from ? [...e, ...page.items] : page.items));
      setCursor(page.nextCursor);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      if (!from) {
        setEntries([]);
        setCursor(null);
      }
    }
    setLoading(false);
  }, []);
  useEffect(() => {
    void load(filters);
  }, [load, filters]);

  const apply = (e: FormEvent) => {
    e.preventDefault();
    setFilters(draft);
  };
  const set = <K extends keyof Filters>(k: K, v: Filters[K]) => setDraft((d) => ({ ...d, [k]: v }));

  return (
    <div className="audit-page">
      <h1>Audit</h1>
      <form className="card audit-filters" onSubmit={apply} aria-label="Filter the audit trail">
        <label>
          Account id
          <input value={draft.account} onChange={(e) => set('account', e.target.value)} placeholder="ACC-000001" />
        </label>
        <label>
          What changed
          <select value={draft.entity} onChange={(e) => set('entity', e.target.value as Filters['entity'])}>
            <option value="">Everything</option>
            <option value="override">Overrides</option>
            <option value="pulse">Pulses</option>
            <option value="model">Models</option>
          </select>
        </label>
        <label>
          Changed by (email)
          <input type="email" value={draft.actor} onChange={(e) => set('actor', e.target.value)} />
        </label>
        <label>
          From (day)
          <input type="date" value={draft.since} onChange={(e) => set('since', e.target.value)} />
        </label>
        <label>
          Until (day, included)
          <input type="date" value={draft.until} onChange={(e) => set('until', e.target.value)} />
        </label>
        <div className="audit-buttons">
          <button type="submit" className="primary">
            Show
          </button>
          <button
            type="button"
            onClick={() => {
              setDraft(EMPTY);
              setFilters(EMPTY);
            }}
          >
            Clear
          </button>
        </div>
      </form>
      <div aria-live="polite">
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
        {cursor === undefined && !error && <p className="muted">Loading…</p>}
        {cursor !== undefined && entries.length === 0 && !error && <p>No change matches these filters.</p>}
      </div>
      {entries.length > 0 && (
        <ol className="audit-list" aria-label="Changes, newest first">
          {entries.map((e) => (
            <li key={e.id} className="card">
              <p className="audit-head">
                <time dateTime={e.at}>{new Date(e.at).toLocaleString()}</time> · <strong>{e.actor}</strong> · <code>{e.action}</code> · {e.entity} {e.entityId}
                {e.accountExternalId && (
                  <>
                    {' '}
                    on <Link to={`/accounts/${encodeURIComponent(e.accountExternalId)}`}>{e.accountExternalId}</Link>
                  </>
                )}
              </p>
              <AuditDiff before={e.before} after={e.after} label={`What ${e.action} ${e.entityId} changed`} />
            </li>
          ))}
        </ol>
      )}
      {cursor && (
        <button type="button" onClick={() => void load(filters, cursor)} disabled={loading}>
          {loading ? 'Loading…' : 'Load more'}
        </button>
      )}
    </div>
  );
}
