import { api, type Schemas } from '../api/api.ts';
import { personName } from './conversation-text.ts';
import { formatDateTime } from './format.ts';
import { useCursorPages } from './use-cursor-pages.ts';
import { WaitingBadge } from './waiting-badge.tsx';

type Thread = Schemas['ThreadOverview'];

/** The account's email threads, latest message first, a page (the API's default size) at a time. */
export function ThreadList({ externalId, revision, onOpen }: { externalId: string; revision: number; onOpen(threadId: string): void }) {
  const threads = useCursorPages<Thread>((cursor) => api.GET('/api/v1/accounts/{externalId}/threads', { params: { path: { externalId }, query: cursor ? { cursor } : {} } }), [externalId, revision]);
  const { items, asOf = '' } = threads;

  if (threads.status === 'failed') return <p className="error">{threads.error}</p>;
  if (threads.status === 'loading') return <p className="muted">Loading email threads…</p>;
  if (items.length === 0) return <p className="muted">No email with this account yet.</p>;
  return (
    <>
      <table className="conv-threads">
        <caption className="sr-only">Email threads, latest message first</caption>
        <thead>
          <tr>
            <th scope="col">Subject</th>
            <th scope="col">Status</th>
            <th scope="col" className="num">
              Customer / us
            </th>
            <th scope="col">From</th>
            <th scope="col">Started</th>
            <th scope="col">Last message</th>
          </tr>
        </thead>
        <tbody>
          {items.map((t) => (
            <tr key={t.id} data-thread-id={t.id}>
              <th scope="row">
                <button type="button" className="link" onClick={() => onOpen(t.id)}>
                  {t.subject ?? '(no subject)'}
                </button>
              </th>
              <td>
                {/* Counted from the last message, so a follow-up restarts it; the thread view gives each message's exact wait. */}
                {t.waitingOn ? <WaitingBadge side={t.waitingOn} since={t.lastAt} asOf={asOf} /> : <span className="muted">—</span>}
              </td>
              <td className="num">
                {t.customerMessages} / {t.internalMessages}
                {t.messages > t.customerMessages + t.internalMessages && <span className="muted"> (+{t.messages - t.customerMessages - t.internalMessages} among us)</span>}
              </td>
              <td>{t.senders.map((s) => personName(s)).join(', ')}</td>
              <td>
                <time dateTime={t.firstAt}>{formatDateTime(t.firstAt)}</time>
              </td>
              <td>
                <time dateTime={t.lastAt}>{formatDateTime(t.lastAt)}</time>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {threads.error && <p className="error">{threads.error}</p>}
      {threads.hasMore && (
        <button type="button" className="conv-more" disabled={threads.busy} onClick={threads.more}>
          {threads.busy ? 'Loading…' : 'Load more threads'}
        </button>
      )}
    </>
  );
}
