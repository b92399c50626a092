import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { api, dataOr, type Schemas } from '../api/api.ts';

type Assignment = Schemas['AddressAssignment'];

/** Every address and domain assigned to an account, by whom and when. `refresh` changes after an assignment. */
export function AddressAssignments({ refresh }: { refresh: number }) {
  const [items, setItems] = useState<readonly Assignment[]>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    let live = true;
    void (async () => {
      try {
        const page = dataOr(await api.GET('/api/v1/address-assignments'));
        if (live) setItems(page.items);
      } catch (e) {
        if (live) setError(e instanceof Error ? e.message : String(e));
      }
    })();
    return () => {
      live = false;
    };
  }, [refresh]);
  return (
    <div className="assignments">
      <h3 id="assignments-heading">Assigned addresses</h3>
      {error && <p role="alert" className="error">{error}</p>}
      {!items && !error && <p className="muted">Loading…</p>}
      {items?.length === 0 && <p className="muted">No address has been assigned yet.</p>}
      {items && items.length > 0 && (
        <div className="table-scroll">
          <table>
            <caption className="sr-only">Addresses and domains assigned to an account</caption>
            <thead>
              <tr>
                <th scope="col">Address</th>
                <th scope="col">Account</th>
                <th scope="col">Assigned by</th>
                <th scope="col">When</th>
              </tr>
            </thead>
            <tbody>
              {items.map((a) => (
                <tr key={a.address}>
                  <td>{a.address}</td>
                  <td>
                    <Link to={`/accounts/${encodeURIComponent(a.accountExternalId)}`}>{a.accountExternalId}</Link>
                  </td>
                  <td>{a.assignedBy}</td>
                  <td>{new Date(a.assignedAt).toLocaleString()}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
