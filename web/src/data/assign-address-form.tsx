import { useEffect, useId, useState, type FormEvent } from 'react';
import { FormProblem } from '../ui/form-problem.tsx';
import { api, type Schemas } from '../api/api.ts';

type Address = Schemas['UnmatchedAddress'];
type Result = Schemas['AddressAssignmentResult'];
interface Candidate {
  readonly externalId: string;
  readonly name: string;
}

/**
 * Assigns a waiting address, or everyone at its domain, to an account found by name or id.
 * A free-mail domain is never offered: everyone shares it, and the API refuses it.
 */
export function AssignAddressForm({ address, onAssigned, onCancel }: { address: Address; onAssigned: (result: Result, accountName: string) => void; onCancel: () => void }) {
  const id = useId();
  const [query, setQuery] = useState('');
  const [candidates, setCandidates] = useState<readonly Candidate[]>([]);
  const [account, setAccount] = useState('');
  const [scope, setScope] = useState<'address' | 'domain'>('address');
  const [problem, setProblem] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    const q = query.trim();
    if (q === '') {
      setCandidates([]);
      return;
    }
    const controller = new AbortController();
    void (async () => {
      const res = await api.GET('/api/v1/accounts', { params: { query: { q, sort: 'name', direction: 'asc', limit: 20 } }, signal: controller.signal }).catch(() => undefined);
      // The route also answers CSV (format=csv); JSON is what was asked for.
      const page = res?.data as Schemas['PortfolioPage'] | undefined;
      if (!page || controller.signal.aborted) return;
      const found = page.items.map((a) => ({ externalId: a.externalId, name: a.name }));
      setCandidates(found);
      setAccount((current) => (found.some((a) => a.externalId === current) ? current : (found[0]?.externalId ?? '')));
    })();
    return () => controller.abort();
  }, [query]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!account) return;
    setBusy(true);
    setProblem(undefined);
    const res = await api.POST('/api/v1/address-assignments', { body: { address: scope === 'domain' ? address.domain : address.address, accountId: account } });
    const status = res.response.status;
    setBusy(false);
    if (!res.data) {
      setProblem(res.error ?? { title: `The assignment failed (${status}).` });
      return;
    }
    onAssigned(res.data, candidates.find((c) => c.externalId === account)?.name ?? account);
  };

  return (
    <form className="assign-form" onSubmit={(e) => void submit(e)} aria-label={`Assign ${address.address} to an account`}>
      <label>
        Find an account
        <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder="Name or external id" autoFocus />
      </label>
      {/* Not wrapped in its label: a wrapping label's text would include the chosen option's. */}
      <div className="field">
        <label htmlFor={`${id}-account`}>Account</label>
        <select id={`${id}-account`} value={account} onChange={(e) => setAccount(e.target.value)} disabled={candidates.length === 0}>
          {candidates.length === 0 && <option value="">{query.trim() ? 'No account found' : 'Search first'}</option>}
          {candidates.map((c) => (
            <option key={c.externalId} value={c.externalId}>
              {c.name} ({c.externalId})
            </option>
          ))}
        </select>
      </div>
      <fieldset>
        <legend>Assign</legend>
        <label className="choice">
          <input type="radio" name={`${id}-scope`} checked={scope === 'address'} onChange={() => setScope('address')} />
          Only {address.address}
        </label>
        {!address.freeMail && (
          <label className="choice">
            <input type="radio" name={`${id}-scope`} checked={scope === 'domain'} onChange={() => setScope('domain')} />
            Everyone at {address.domain}
          </label>
        )}
      </fieldset>
      <div className="assign-actions">
        <button type="submit" className="primary" disabled={busy || !account}>
          {busy ? 'Assigning…' : 'Assign'}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
      <FormProblem problem={problem} />
    </form>
  );
}
