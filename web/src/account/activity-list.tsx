import { api, type Schemas } from '../api/api.ts';
import { personName } from './conversation-text.ts';
import { formatDateTime } from './format.ts';
import { useCursorPages } from './use-cursor-pages.ts';

type Activity = Schemas['ActivityItem'];
type ActivityType = Activity['type'];
type Participant = Schemas['Participant'];

/** The filter's choices, in the order a CSM looks for them. */
export const ACTIVITY_TYPE_LABELS: Readonly<Record<ActivityType, string>> = { email: 'Email', meeting: 'Meeting', call: 'Call', note: 'Note' };
const DIRECTIONS: Readonly<Record<NonNullable<Activity['direction']>, string>> = { inbound: 'from the customer', outbound: 'to the customer', internal: 'among us' };
const STATUSES: Readonly<Record<Activity['status'], string>> = { completed: 'completed', scheduled: 'upcoming', cancelled: 'cancelled', no_show: 'no-show' };

/**
 * A calendar cannot tell whether a meeting that started took place, so a past one still says
 * `scheduled`; the API's `held` decides it by who accepted, the rule the engagement figures count by.
 */
function statusOf(a: Activity): { key: string; label: string } {
  if (a.held === true && a.status !== 'completed') return { key: 'held', label: 'held' };
  if (a.held === false && a.status === 'scheduled') return { key: 'not-held', label: 'not held (no customer accepted)' };
  return { key: a.status, label: STATUSES[a.status] };
}
const RESPONSES: Readonly<Record<NonNullable<Participant['responseStatus']>, string>> = { accepted: 'accepted', declined: 'declined', tentative: 'tentative', needs_action: 'no answer' };

const PAGE_SIZE = 25;

/** Every email, meeting, call and note, newest first, optionally of one type; an email opens its thread. */
export function ActivityList({ externalId, type, revision, onOpenThread }: { externalId: string; type: ActivityType | undefined; revision: number; onOpenThread(threadId: string): void }) {
  const activities = useCursorPages<Activity>(
    (cursor) => api.GET('/api/v1/accounts/{externalId}/activities', { params: { path: { externalId }, query: { limit: PAGE_SIZE, ...(type ? { type: [type] } : {}), ...(cursor ? { cursor } : {}) } } }),
    [externalId, type, revision],
  );
  const { items } = activities;

  if (activities.status === 'failed') return <p className="error">{activities.error}</p>;
  if (activities.status === 'loading') return <p className="muted">Loading activity…</p>;
  if (items.length === 0) return <p className="muted">{type ? `No ${ACTIVITY_TYPE_LABELS[type].toLowerCase()}s with this account yet.` : 'No emails, meetings, calls or notes with this account yet.'}</p>;
  return (
    <>
      <ol className="conv-activities" aria-label="Activity, newest first">
        {items.map((a) => (
          <ActivityItem key={a.id} activity={a} onOpenThread={onOpenThread} />
        ))}
      </ol>
      {activities.error && <p className="error">{activities.error}</p>}
      {activities.hasMore && (
        <button type="button" className="conv-more" disabled={activities.busy} onClick={activities.more}>
          {activities.busy ? 'Loading…' : 'Load more'}
        </button>
      )}
    </>
  );
}

function ActivityItem({ activity: a, onOpenThread }: { activity: Activity; onOpenThread(threadId: string): void }) {
  const status = statusOf(a);
  const customer = a.participants.filter((p) => p.side === 'customer');
  const ours = a.participants.filter((p) => p.side === 'internal');
  const others = a.participants.filter((p) => p.side === undefined);
  const subject = a.subject ?? '(no subject)';
  const threadId = a.threadId;
  return (
    <li className={`conv-activity conv-type-${a.type}`} data-type={a.type}>
      <div className="conv-activity-head">
        <span className="conv-type">{ACTIVITY_TYPE_LABELS[a.type]}</span>
        <time dateTime={a.occurredAt}>{formatDateTime(a.occurredAt)}</time>
        {a.direction && <span className="muted">{DIRECTIONS[a.direction]}</span>}
        {a.type !== 'email' && <span className={`conv-badge conv-status-${status.key}`}>{status.label}</span>}
        {threadId ? (
          <button type="button" className="link conv-subject" onClick={() => onOpenThread(threadId)}>
            {subject}
          </button>
        ) : (
          <strong className="conv-subject">{subject}</strong>
        )}
      </div>
      <div className="conv-people">
        {customer.length > 0 && <PeopleLine label="Customer" people={customer} />}
        {ours.length > 0 && <PeopleLine label="Us" people={ours} />}
        {others.length > 0 && <PeopleLine label="Others" people={others} />}
      </div>
      {a.bodyPreview && <p className="conv-preview muted">{a.bodyPreview}</p>}
    </li>
  );
}

function PeopleLine({ label, people }: { label: string; people: readonly Participant[] }) {
  return (
    <span className="conv-people-line">
      <span className="muted">{label}:</span>{' '}
      {people.map((p, i) => (
        <span key={i}>
          {i > 0 && ', '}
          <span title={p.email}>{personName(p)}</span>
          {p.responseStatus && <span className="muted"> ({RESPONSES[p.responseStatus]})</span>}
        </span>
      ))}
    </span>
  );
}
