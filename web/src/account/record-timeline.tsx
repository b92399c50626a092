import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { api, problemText, type Schemas } from '../api/api.ts';
import type { AccountSectionProps } from './account-section.ts';
import { formatDate } from './format.ts';
import type { RecordKind } from './record-ref.ts';
import { recordSummary } from './record-summary.ts';

/** The timeline's tabs; a capability that brings a kind (activities, feedback) adds one line. */
export const TIMELINE_KINDS: ReadonlyArray<{ readonly kind: RecordKind; readonly label: string }> = [
  { kind: 'invoices', label: 'Invoices' },
  { kind: 'payments', label: 'Payments' },
  { kind: 'tickets', label: 'Tickets' },
  { kind: 'survey_responses', label: 'Surveys' },
  { kind: 'usage_days', label: 'Usage' },
];

const PAGE_SIZE = 20;

/** The account's records, a tab per kind, newest first, a page at a time. Tabs follow the ARIA tabs pattern (arrow keys move). */
export function RecordTimeline({ detail, revision, openRecord }: AccountSectionProps) {
  const [selected, setSelected] = useState(0);
  const tabs = useRef<Array<HTMLButtonElement | null>>([]);
  const kind = TIMELINE_KINDS[selected] ?? TIMELINE_KINDS[0]!;
  function onKey(e: KeyboardEvent) {
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    const next = e.key === 'Home' ? 0 : e.key === 'End' ? TIMELINE_KINDS.length - 1 : (selected + step + TIMELINE_KINDS.length) % TIMELINE_KINDS.length;
    if (step === 0 && e.key !== 'Home' && e.key !== 'End') return;
    e.preventDefault();
    setSelected(next);
    tabs.current[next]?.focus();
  }
  return (
    <div>
      <div role="tablist" aria-label="Record kinds" className="acct-tabs" onKeyDown={onKey}>
        {TIMELINE_KINDS.map((k, i) => (
          <button key={k.kind} ref={(el) => void (tabs.current[i] = el)} type="button" role="tab" id={`tab-${k.kind}`} aria-selected={i === selected} aria-controls={`panel-${k.kind}`} tabIndex={i === selected ? 0 : -1} onClick={() => setSelected(i)}>
            {k.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`panel-${kind.kind}`} aria-labelledby={`tab-${kind.kind}`} tabIndex={0}>
        <RecordPage key={`${kind.kind}/${revision}`} externalId={detail.account.externalId} kind={kind.kind} openRecord={openRecord} />
      </div>
    </div>
  );
}

function RecordPage({ externalId, kind, openRecord }: { externalId: string; kind: RecordKind; openRecord: AccountSectionProps['openRecord'] }) {
  const [items, setItems] = useState<Schemas['Record'][]>([]);
  const [cursor, setCursor] = useState<string | null | undefined>(undefined);
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function load(from: string | undefined) {
    setBusy(true);
    const r = await api.GET('/api/v1/accounts/{externalId}/records/{kind}', { params: { path: { externalId, kind }, query: { limit: PAGE_SIZE, ...(from ? { cursor: from } : {}) } } });
    setBusy(false);
    if (!r.data) return setError(problemText(r.error));
    const page = r.data;
    setItems((old) => [...old, ...page.items]);
    setCursor(page.nextCursor);
  }
  useEffect(() => {
    void load(undefined);
    // Loads once per kind; the parent remounts this on a new kind or revision.
  }, []);

  if (error) return <p className="error">{error}</p>;
  if (cursor === undefined) return <p className="muted">Loading…</p>;
  if (items.length === 0) return <p className="muted">No records of this kind.</p>;
  return (
    <>
      <ol className="acct-timeline">
        {items.map((r) => {
          const line = recordSummary(r);
          return (
            <li key={r.recordKey}>
              <time dateTime={line.at}>{formatDate(line.at)}</time>
              <button type="button" className="link" onClick={() => openRecord({ kind, id: r.recordKey, account: externalId, label: line.title })}>
                {line.title}
              </button>
              {line.detail && <span className="muted"> {line.detail}</span>}
            </li>
          );
        })}
      </ol>
      {cursor && (
        <button type="button" disabled={busy} onClick={() => void load(cursor)}>
          {busy ? 'Loading…' : 'Load more'}
        </button>
      )}
    </>
  );
}
