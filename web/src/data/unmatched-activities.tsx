import { useEffect, useState } from 'react';
import { api, dataOr, type Schemas } from '../api/api.ts';

type Waiting = Schemas['UnmatchedActivity'];

const REASON_TEXT: Readonly<Record<string, string>> = {
  unknown_address: 'unknown address',
  free_mail_only: 'free mail only',
  ambiguous_domain: 'domain of several accounts',
  internal_only: 'only our people',
};

/** A review-list reason in words; an unknown one as it came. */
export function reasonText(reason: string): string {
  return REASON_TEXT[reason] ?? reason;
}

/** The emails and meetings waiting under one address, newest first, with where each was read. */
export function UnmatchedActivities({ address }: { address: string }) {
  const [items, setItems] = useState<readonly Waiting[]>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    let live = true;
    void (async () => {
      try {
        const page = dataOr(await api.GET('/api/v1/unmatched-activities', { params: { query: { address, limit: 100 } } }));
        if (live) setItems(page.items);
      } catch (e) {
        if (live) setError(e instanceof Error ? e.message : String(e));
      }
    })();
    return () => {
      live = false;
    };
  }, [address]);
  if (error) return <p role="alert" className="error">{error}</p>;
  if (!items) return <p className="muted">Loading…</p>;
  return (
    <div className="table-scroll">
      <table className="unmatched-activities">
        <caption>Activities waiting for {address}</caption>
        <thead>
          <tr>
            <th scope="col">Type</th>
            <th scope="col">Time</th>
            <th scope="col">Subject</th>
            <th scope="col">Reason</th>
            <th scope="col">Start of the text</th>
            <th scope="col">Source</th>
          </tr>
        </thead>
        <tbody>
          {items.map((a) => (
            <tr key={a.id}>
              <td>{a.type}</td>
              <td>{new Date(a.occurredAt).toLocaleString()}</td>
              <td>{a.subject ?? '—'}</td>
              <td>{reasonText(a.reason)}</td>
              <td className="preview">{a.bodyPreview ?? '—'}</td>
              <td>
                {a.sourceFile}:{a.line}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
