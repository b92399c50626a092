import { useEffect, useState } from 'react';
import { api, problemText, type Schemas } from '../api/api.ts';
import type { AccountSectionProps } from './account-section.ts';
import { formatDateTime } from './format.ts';

type Entry = Schemas['AuditEntry'];

/** Why the change was made, from what the entry recorded: an override's reason, a pulse's note, or the reason it ended. */
function why(e: Entry): string | undefined {
  const after = (e.after ?? {}) as Record<string, unknown>;
  const text = after.revokeReason ?? after.reason ?? after.note;
  return typeof text === 'string' ? text : undefined;
}

/** Who changed what on the account (overrides and pulses), newest first. */
export function AuditTrail({ detail, revision }: AccountSectionProps) {
  const externalId = detail.account.externalId;
  const [items, setItems] = useState<Entry[]>([]);
  const [cursor, setCursor] = useState<string | null | undefined>(undefined);
  const [error, setError] = useState<string>();

  async function load(from: string | undefined, replace: boolean) {
    const r = await api.GET('/api/v1/accounts/{externalId}/audit', { params: { path: { externalId }, query: { limit: 20, ...(from ? { cursor: from } : {}) } } });
    if (!r.data) return setError(problemText(r.error));
    const page = r.data;
    setError(undefined);
    setItems((old) => (replace ? page.items : [...old, ...page.items]));
    setCursor(page.nextCursor);
  }
  useEffect(() => {
    void load(undefined, true);
    // Reloads from the top whenever the account changed (revision).
  }, [externalId, revision]);

  if (error) return <p className="error">{error}</p>;
  if (cursor === undefined) return <p className="muted">Loading…</p>;
  if (items.length === 0) return <p className="muted">No overrides or pulses yet.</p>;
  return (
    <>
      <ol className="acct-audit">
        {items.map((e) => (
          <li key={e.id}>
            <time dateTime={e.at}>{formatDateTime(e.at)}</time> <strong>{e.actor}</strong> {e.action} #{e.entityId}
            {why(e) && <span className="muted">: “{why(e)}”</span>}
          </li>
        ))}
      </ol>
      {cursor && (
        <button type="button" onClick={() => void load(cursor, false)}>
          Load more
        </button>
      )}
    </>
  );
}
