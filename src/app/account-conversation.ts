import type { BusinessHours, Conversation } from '../communication/index.js';
import type { Activity } from '../domain/index.js';
import { emptySignals, type Known, SignalIndex } from '../scoring/index.js';
import { AccountRepository, SignalsRepository, type StoredAccount, type StoredFact, type Store } from '../store/index.js';

/** An account's mail, meetings, calls and notes as Bellwether knew them at a moment, and its email threads then. */
export interface AccountConversation {
  readonly account: StoredAccount;
  readonly asOf: string;
  /** Every activity believed at asOf (scheduled meetings after it too), oldest first. */
  readonly activities: readonly StoredFact<Activity>[];
  /** Threads and answers of the emails that occurred and were known by asOf. */
  readonly conversation: Conversation<Known<Activity>>;
  /** The working time response times are counted in: the account's `time_zone`, else UTC. */
  readonly businessHours: BusinessHours;
  /** The index the conversation came from, for the metrics the engagement view reads. */
  readonly index: SignalIndex;
}

/**
 * Loads an account's activities as of `asOf` and threads them exactly as scoring does (the
 * same `SignalIndex.conversation()`), so the thread view shows the answers the response-time
 * metrics counted. Undefined when no such account was known then.
 * @example const c = await accountConversation(store, { account: 'ACC-000002', asOf: '2026-12-01T00:00:00.000Z' }); c?.conversation.threads.length
 */
export async function accountConversation(store: Store, input: { readonly account: string; readonly asOf: string }): Promise<AccountConversation | undefined> {
  const id = await AccountRepository.idOf(store.db, input.account);
  if (id === undefined) return undefined;
  const signals = (await SignalsRepository.load(store.db, [id], input.asOf, { lists: ['activities'] })).get(id);
  if (!signals) return undefined;
  const index = new SignalIndex({ ...emptySignals(signals.account), activities: signals.activities }, Date.parse(input.asOf));
  const conversation = index.conversation();
  return { account: signals.account, asOf: input.asOf, activities: signals.activities, conversation, businessHours: conversation.businessHours, index };
}
