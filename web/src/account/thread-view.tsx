import { useEffect, useRef } from 'react';
import { api, type Schemas } from '../api/api.ts';
import { answerText, personName, sideLabel, sizeText, waitingText } from './conversation-text.ts';
import { formatDateTime } from './format.ts';
import { WaitingBadge } from './waiting-badge.tsx';
import { useApiData } from './use-api-data.ts';

type Message = Schemas['ThreadMessage'];

/** One email thread, oldest message first, each with who answered it and how fast (or how long it has waited). */
export function ThreadView({ externalId, threadId, revision, onBack, backLabel }: { externalId: string; threadId: string; revision: number; onBack(): void; backLabel: string }) {
  // The typed client URL-encodes path parameters, so a Message-ID (`<a@b>`, `/`, `+`) reaches the route intact.
  const thread = useApiData(() => api.GET('/api/v1/accounts/{externalId}/threads/{threadId}', { params: { path: { externalId, threadId } } }), [externalId, threadId, revision]);
  const heading = useRef<HTMLHeadingElement>(null);
  const ready = thread.status === 'ready';
  useEffect(() => {
    // Move focus to what was opened, so keyboard and screen reader users land on the thread.
    if (ready) heading.current?.focus();
  }, [ready, threadId]);

  const back = (
    <button type="button" className="link conv-back" onClick={onBack}>
      ← {backLabel}
    </button>
  );
  if (thread.status === 'loading') return <>{back}<p className="muted">Loading the thread…</p></>;
  if (thread.status === 'failed') return <>{back}<p className="error">{thread.code === 404 ? 'This thread is not known (any more).' : thread.message}</p></>;
  const { thread: t, messages, timeZone, asOf } = thread.data;
  return (
    <div className="conv-thread">
      {back}
      <h3 ref={heading} tabIndex={-1}>
        {t.subject ?? '(no subject)'}
      </h3>
      <p className="muted">
        {t.messages} {t.messages === 1 ? 'message' : 'messages'}, {formatDateTime(t.firstAt)} – {formatDateTime(t.lastAt)}. {t.waitingOn && <WaitingBadge side={t.waitingOn} since={t.lastAt} asOf={asOf} />} Business hours: Monday–Friday 09:00–17:00, {timeZone}.
      </p>
      <ol className="conv-messages" aria-label="Messages, oldest first">
        {messages.map((m) => (
          <MessageItem key={m.id} message={m} />
        ))}
      </ol>
    </div>
  );
}

function MessageItem({ message: m }: { message: Message }) {
  const side = m.side ?? 'none';
  return (
    <li className={`conv-message conv-side-${side}`} data-external-id={m.externalId}>
      <header>
        <span className={`conv-badge conv-side-badge-${side}`}>{sideLabel(m.side)}</span>{' '}
        <strong className="conv-from">{personName(m.from)}</strong>
        {m.from?.name && <span className="muted"> {m.from.email}</span>} <time dateTime={m.occurredAt}>{formatDateTime(m.occurredAt)}</time>
      </header>
      {m.newText !== null ? <p className="conv-text">{m.newText.trim() === '' ? <span className="muted">(nothing new: only quoted text)</span> : m.newText}</p> : <p className="muted">The body is not stored.</p>}
      {m.bodyText !== null && m.bodyText !== m.newText && (
        <details className="conv-body">
          <summary>Whole message</summary>
          <pre>{m.bodyText}</pre>
        </details>
      )}
      {m.attachments && m.attachments.length > 0 && (
        <div className="conv-attachments">
          <span className="muted">Attachments:</span>
          <ul aria-label="Attachments">
            {m.attachments.map((a, i) => (
              <li key={i}>
                {a.name ?? '(unnamed)'} <span className="muted">({sizeText(a.size)})</span>
              </li>
            ))}
          </ul>
        </div>
      )}
      <p className="conv-answer">
        {m.answer ? (
          <span className="conv-answered">{answerText(m.answer)}</span>
        ) : m.waiting ? (
          // Our reply to their mail asks nothing, so the thread does not wait on it (see `waitingOn`).
          <span className={m.side === 'internal' && m.answers !== null ? 'muted' : 'conv-unanswered'}>
            {waitingText(m.waiting)}
            {m.side === 'internal' && m.answers !== null && ': it answers theirs, so no reply is owed'}
          </span>
        ) : (
          <span className="muted">Among our own people: needs no answer</span>
        )}
      </p>
    </li>
  );
}
