import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { Schemas } from '../api/api.ts';
import { ACTIVITY_TYPE_LABELS, ActivityList } from './activity-list.tsx';
import type { AccountSectionProps } from './account-section.ts';
import { ThreadList } from './thread-list.tsx';
import { ThreadView } from './thread-view.tsx';
import './conversations.css';

type ActivityType = Schemas['ActivityItem']['type'];

const VIEWS = [
  { id: 'threads', label: 'Email threads' },
  { id: 'activity', label: 'All activity' },
] as const;
type View = (typeof VIEWS)[number]['id'];

/**
 * What the account's people and ours said: the email threads with whose answer each waits for,
 * one thread message by message with its answer, and every email, meeting, call and note.
 * A thread opens in place of the list it was opened from, which stays loaded behind it.
 */
export function ConversationsSection({ detail, revision }: AccountSectionProps) {
  const externalId = detail.account.externalId;
  const [view, setView] = useState<View>('threads');
  const [type, setType] = useState<ActivityType | ''>('');
  const [thread, setThread] = useState<string>();
  const tabs = useRef<Array<HTMLButtonElement | null>>([]);
  const opener = useRef<HTMLElement | null>(null);
  function open(threadId: string) {
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setThread(threadId);
  }
  useEffect(() => {
    // Back from a thread, focus returns to the row that opened it (the list stayed mounted, hidden).
    if (thread === undefined && opener.current?.isConnected) opener.current.focus();
  }, [thread]);

  function pick(i: number) {
    const next = VIEWS[i];
    if (!next) return;
    opener.current = null;
    setView(next.id);
    setThread(undefined);
    tabs.current[i]?.focus();
  }
  function onKey(e: KeyboardEvent) {
    const at = VIEWS.findIndex((v) => v.id === view);
    const target = e.key === 'ArrowRight' ? (at + 1) % VIEWS.length : e.key === 'ArrowLeft' ? (at - 1 + VIEWS.length) % VIEWS.length : e.key === 'Home' ? 0 : e.key === 'End' ? VIEWS.length - 1 : -1;
    if (target < 0) return;
    e.preventDefault();
    pick(target);
  }

  return (
    <div className="conv">
      <div role="tablist" aria-label="Conversations" className="acct-tabs" onKeyDown={onKey}>
        {VIEWS.map((v, i) => (
          <button key={v.id} ref={(el) => void (tabs.current[i] = el)} type="button" role="tab" id={`conv-tab-${v.id}`} aria-selected={v.id === view} aria-controls="conv-panel" tabIndex={v.id === view ? 0 : -1} onClick={() => pick(i)}>
            {v.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id="conv-panel" aria-labelledby={`conv-tab-${view}`}>
        {thread && <ThreadView externalId={externalId} threadId={thread} revision={revision} backLabel={view === 'threads' ? 'All threads' : 'All activity'} onBack={() => setThread(undefined)} />}
        <div hidden={thread !== undefined}>
          {view === 'threads' ? (
            <ThreadList externalId={externalId} revision={revision} onOpen={open} />
          ) : (
            <>
              <label className="conv-filter">
                Type
                <select value={type} onChange={(e) => setType(e.target.value as ActivityType | '')}>
                  <option value="">All types</option>
                  {(Object.keys(ACTIVITY_TYPE_LABELS) as ActivityType[]).map((t) => (
                    <option key={t} value={t}>
                      {ACTIVITY_TYPE_LABELS[t]}s
                    </option>
                  ))}
                </select>
              </label>
              <ActivityList externalId={externalId} type={type || undefined} revision={revision} onOpenThread={open} />
            </>
          )}
        </div>
      </div>
    </div>
  );
}
