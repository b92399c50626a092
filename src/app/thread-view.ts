import { businessHoursBetween, participantSide, threadSummary, type MessageSide, type ThreadMessage } from '../communication/index.js';
import type { Activity, Participant } from '../domain/index.js';
import { newTextOf } from '../nlp/index.js';
import type { Known } from '../scoring/index.js';
import type { StoredFact } from '../store/index.js';
import type { AccountConversation } from './account-conversation.js';
import { withSide } from './participant-with-side.js';

const HOUR_MS = 3_600_000;

type Message = ThreadMessage<Known<Activity>>;

/** Someone on a message, with their side when the import or the account's domains tell it. */
export interface ThreadPerson {
  readonly email: string;
  readonly name?: string;
  readonly side?: MessageSide;
}

/** A thread in a list: its size, who wrote, and whose turn it is (see `threadSummary`). */
export interface ThreadOverview {
  readonly id: string;
  readonly subject?: string;
  readonly messages: number;
  readonly customerMessages: number;
  readonly internalMessages: number;
  readonly firstAt: string;
  readonly lastAt: string;
  readonly lastFrom?: ThreadPerson;
  readonly senders: readonly ThreadPerson[];
  readonly waitingOn?: MessageSide;
}

/** How long something took or has waited, in wall-clock hours and in the account's business hours. */
export interface Hours {
  readonly wallHours: number;
  readonly businessHours: number;
}

/** One message of the thread view with its answer as of asOf. */
export interface ThreadMessageView {
  readonly record: StoredFact<Activity>;
  /** Who wrote it: the customer or us; undefined for mail among our own people, which neither needs nor gives answers. */
  readonly side?: MessageSide;
  readonly from?: ThreadPerson;
  readonly participants: readonly Participant[];
  /** What it says new: the body without quoted replies and signature; absent when no body is stored. */
  readonly newText?: string;
  /** The external id of the other side's message this one answers. */
  readonly answers?: string;
  /** The first later message of the other side, by asOf. */
  readonly answer?: Hours & { readonly externalId: string; readonly at: string; readonly by?: ThreadPerson };
  /** For a message of either side still unanswered at asOf: how long it has waited. */
  readonly waiting?: Hours;
}

export interface ThreadView {
  readonly overview: ThreadOverview;
  readonly messages: readonly ThreadMessageView[];
}

function personOf(p: Participant, domains: readonly string[], side?: MessageSide): ThreadPerson {
  const known = side ?? participantSide(p, domains);
  return { email: p.email, ...(p.name ? { name: p.name } : {}), ...(known ? { side: known } : {}) };
}

function senderOf(m: Message, domains: readonly string[]): ThreadPerson | undefined {
  const from = m.record.participants.find((p) => p.role === 'from');
  return from ? personOf(from, domains, m.side) : undefined;
}

const iso = (ms: number) => new Date(ms).toISOString();

/**
 * The account's email threads as of its conversation's asOf, the latest message first (then by
 * id, descending).
 * @example threadOverviews(await accountConversation(store, { account, asOf }))[0]?.waitingOn
 */
export function threadOverviews(c: AccountConversation): ThreadOverview[] {
  const domains = c.account.domains;
  const out: ThreadOverview[] = [];
  for (const t of c.conversation.threads) {
    const s = threadSummary(t);
    if (!s) continue;
    const lastFrom = senderOf(s.last, domains);
    out.push({
      id: s.id,
      ...(s.subject !== undefined ? { subject: s.subject } : {}),
      messages: s.messages,
      customerMessages: s.customerMessages,
      internalMessages: s.internalMessages,
      firstAt: iso(s.first.atMs),
      lastAt: iso(s.last.atMs),
      ...(lastFrom ? { lastFrom } : {}),
      senders: s.senders.map((p) => personOf(p, domains)),
      ...(s.waitingOn ? { waitingOn: s.waitingOn } : {}),
    });
  }
  return out.sort((a, b) => (a.lastAt === b.lastAt ? (a.id < b.id ? 1 : -1) : a.lastAt < b.lastAt ? 1 : -1));
}

/**
 * One thread with each message's new text and answer: who answered, when, after how many
 * wall-clock and business hours; or how long it has waited by asOf. Undefined when the
 * account has no such thread then.
 * @example threadView(conversation, '<m1@acme.com>')?.messages[0]?.answer?.businessHours
 */
export function threadView(c: AccountConversation, threadId: string): ThreadView | undefined {
  const thread = c.conversation.threads.find((t) => t.id === threadId);
  if (!thread) return undefined;
  const overview = threadOverviews({ ...c, conversation: { ...c.conversation, threads: [thread] } })[0];
  if (!overview) return undefined;
  const domains = c.account.domains;
  const asOfMs = c.conversation.asOfMs;
  const messages = thread.responses.map((r): ThreadMessageView => {
    const record = r.message.record as StoredFact<Activity>;
    const from = senderOf(r.message, domains);
    const answer = r.answer;
    const answerBy = answer ? senderOf(answer.message, domains) : undefined;
    return {
      record,
      ...(r.message.side ? { side: r.message.side } : {}),
      ...(from ? { from } : {}),
      participants: record.participants.map((p) => withSide(p, domains)),
      ...(record.bodyText !== undefined ? { newText: newTextOf(record.bodyText) } : {}),
      ...(r.answers ? { answers: r.answers.record.externalId } : {}),
      ...(answer
        ? { answer: { externalId: answer.message.record.externalId, at: iso(answer.message.atMs), ...(answerBy ? { by: answerBy } : {}), wallHours: answer.wallHours, businessHours: answer.businessHours } }
        : r.message.side
          ? { waiting: { wallHours: (asOfMs - r.message.atMs) / HOUR_MS, businessHours: businessHoursBetween(r.message.atMs, asOfMs, c.businessHours) } }
          : {}),
    };
  });
  return { overview, messages };
}
