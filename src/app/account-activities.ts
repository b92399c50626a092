import type { Activity, Participant } from '../domain/index.js';
import type { StoredFact, Store } from '../store/index.js';
import { isHeldMeeting } from '../communication/index.js';
import { accountConversation } from './account-conversation.js';
import { bodyPreview } from './body-preview.js';
import { withSide } from './participant-with-side.js';

export type ActivityType = Activity['type'];

export interface AccountActivitiesQuery {
  readonly account: string;
  readonly asOf: string;
  /** Only these types (default all). */
  readonly types?: readonly ActivityType[];
  /** Inclusive bounds on occurredAt, ISO 8601. */
  readonly from?: string;
  readonly to?: string;
  /** How many to return; a caller paging asks for one more than it shows. */
  readonly limit: number;
  /** The `[occurredAt, id]` of the last activity of the previous page. */
  readonly after?: readonly [string, number];
}

/** An activity as a list shows it. */
export interface ListedActivity {
  readonly record: StoredFact<Activity>;
  /** Everyone on it, each with a side: as the import set it, else from the account's domains (undefined when neither tells). */
  readonly participants: readonly Participant[];
  /** The email thread it is in, as the thread view names it; only emails that occurred by asOf have one. */
  readonly threadId?: string;
  /** The start of its new text (see `bodyPreview`); absent when no body is stored. */
  readonly bodyPreview?: string;
  /**
   * For a meeting that started by asOf: whether it was held, by the rule the `meetings-held`
   * metric counts (isHeldMeeting). Absent for other activities and meetings still ahead.
   */
  readonly held?: boolean;
}

/**
 * An account's activities as Bellwether knew them at asOf, newest first (then by id), filtered
 * by type and time. Undefined when no such account was known then.
 * @example await listAccountActivities(store, { account: 'ACC-000002', asOf, types: ['email'], limit: 51 })
 */
export async function listAccountActivities(store: Store, query: AccountActivitiesQuery): Promise<ListedActivity[] | undefined> {
  const loaded = await accountConversation(store, { account: query.account, asOf: query.asOf });
  if (!loaded) return undefined;
  const threadOf = new Map<object, string>();
  for (const t of loaded.conversation.threads) for (const m of t.messages) threadOf.set(m.record, t.id);
  const fromMs = query.from === undefined ? -Infinity : Date.parse(query.from);
  const toMs = query.to === undefined ? Infinity : Date.parse(query.to);
  const types = query.types && query.types.length > 0 ? new Set(query.types) : undefined;
  const afterMs = query.after ? Date.parse(query.after[0]) : Infinity;
  const afterId = query.after ? query.after[1] : Infinity;
  const rows = loaded.activities
    .map((record) => ({ record, ms: Date.parse(record.occurredAt) }))
    .filter(({ record, ms }) => (!types || types.has(record.type)) && ms >= fromMs && ms <= toMs && (ms < afterMs || (ms === afterMs && record.id < afterId)))
    .sort((a, b) => b.ms - a.ms || b.record.id - a.record.id)
    .slice(0, query.limit);
  const domains = loaded.account.domains;
  const asOfMs = Date.parse(query.asOf);
  return rows.map(({ record, ms }) => {
    const threadId = threadOf.get(record);
    const started = record.type === 'meeting' && ms <= asOfMs;
    return {
      record,
      participants: record.participants.map((p) => withSide(p, domains)),
      ...(threadId !== undefined ? { threadId } : {}),
      ...(record.bodyText !== undefined ? { bodyPreview: bodyPreview(record.bodyText) } : {}),
      ...(started ? { held: isHeldMeeting(record, domains) } : {}),
    };
  });
}
