import { Fragment, useCallback, useEffect, useState, type FormEvent } from 'react';
import { api, dataOr, type Schemas } from '../api/api.ts';
import { AddressAssignments } from './address-assignments.tsx';
import { AssignAddressForm } from './assign-address-form.tsx';
import { reasonText, UnmatchedActivities } from './unmatched-activities.tsx';
import './review-list.css';

type Address = Schemas['UnmatchedAddress'];
const PAGE = 25;

/**
 * Mail and meetings no account matched, by customer address: what waits under each, and
 * assigning an address (or its domain) to an account, which imports what waited.
 */
/** `onAssigned` lets the page show the import run an assignment made. */
export function ReviewList({ onAssigned }: { onAssigned?: () => void } = {}) {
  const [domain, setDomain] = useState('');
  const [filter, setFilter] = useState<string>();
  const [items, setItems] = useState<readonly Address[]>([]);
  const [total, setTotal] = useState<number>();
  const [cursor, setCursor] = useState<string | null>(null);
  const [error, setError] = useState<string>();
  const [loading, setLoading] = useState(true);
  const [open, setOpen] = useState<string>();
  const [assigning, setAssigning] = useState<string>();
  const [done, setDone] = useState<string>();
  const [tick, setTick] = useState(0);

  const load = useCallback(
    async (from?: string) => {
      setLoading(true);
      setError(undefined);
      try {
        const page = dataOr(await api.GET('/api/v1/unmatched-addresses', { params: { query: { limit: PAGE, ...(filter ? { domain: filter } : {}), ...(from ? { cursor: from } : {}) } } }));
        setItems((current) => (from ? [...current, ...page.items] : page.items));
        setTotal(page.total);
        setCursor(page.nextCursor);
      } catch (e) {
        setError(e instanceof Error ? e.message : String(e));
      }
      setLoading(false);
    },
    [filter],
  );
  useEffect(() => {
    void load();
  }, [load, tick]);

  const applyFilter = (e: FormEvent) => {
    e.preventDefault();
    setOpen(undefined);
    setAssigning(undefined);
    setFilter(domain.trim() || undefined);
  };

  const assigned = (result: Schemas['AddressAssignmentResult'], accountName: string) => {
    const n = result.imported;
    setDone(`Imported ${n} ${n === 1 ? 'activity' : 'activities'} into ${accountName}.`);
    setAssigning(undefined);
    setOpen(undefined);
    setTick((t) => t + 1);
    onAssigned?.();
  };

  return (
    <section className="card review-list" aria-labelledby="review-heading">
      <h2 id="review-heading">Review list</h2>
      <p className="muted">Emails and meetings whose people match no account wait here. Assign an address, or everyone at its domain, to an account: what waits is imported under it, and later imports match by it.</p>
      <form className="review-filter" onSubmit={applyFilter}>
        <label>
          Domain
          <input type="search" value={domain} onChange={(e) => setDomain(e.target.value)} placeholder="acme.com" />
        </label>
        <button type="submit">Filter</button>
      </form>
      <div aria-live="polite">
        {done && (
          <p role="status" className="ok">
            {done}
          </p>
        )}
      </div>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {total === undefined && !error && <p className="muted">Loading…</p>}
      {total === 0 && !error && <p>Nothing waiting for review{filter ? ` at ${filter}` : ''}.</p>}
      {total !== undefined && total > 0 && (
        <div className="table-scroll">
          <table className="review-addresses">
            <caption>
              Addresses waiting for an account: {total}
              {filter ? ` at ${filter}` : ''}
            </caption>
            <thead>
              <tr>
                <th scope="col">Address</th>
                <th scope="col" className="num">
                  Activities waiting
                </th>
                <th scope="col">First</th>
                <th scope="col">Last</th>
                <th scope="col">Reasons</th>
                <th scope="col">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {items.map((a) => (
                <Fragment key={a.address}>
                  <tr>
                    <td>
                      <button type="button" className="link" aria-expanded={open === a.address} aria-controls={`waiting-${a.address}`} onClick={() => setOpen(open === a.address ? undefined : a.address)}>
                        {a.address}
                      </button>
                    </td>
                    <td className="num">{a.activities}</td>
                    <td>{new Date(a.firstAt).toLocaleString()}</td>
                    <td>{new Date(a.lastAt).toLocaleString()}</td>
                    <td>{a.reasons.map(reasonText).join(', ')}</td>
                    <td>
                      <button type="button" aria-expanded={assigning === a.address} aria-label={`Assign ${a.address} to account…`} onClick={() => setAssigning(assigning === a.address ? undefined : a.address)}>
                        Assign to account…
                      </button>
                    </td>
                  </tr>
                  {assigning === a.address && (
                    <tr>
                      <td colSpan={6}>
                        <AssignAddressForm address={a} onAssigned={assigned} onCancel={() => setAssigning(undefined)} />
                      </td>
                    </tr>
                  )}
                  {open === a.address && (
                    <tr id={`waiting-${a.address}`}>
                      <td colSpan={6} className="waiting">
                        <UnmatchedActivities address={a.address} />
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
        <button type="button" onClick={() => void load(cursor)} disabled={loading}>
          {loading ? 'Loading…' : 'Load more addresses'}
        </button>
      )}
      <AddressAssignments refresh={tick} />
    </section>
  );
}
