import type { ConversationMessage, EmailThread, MessageSide, ThreadMessage } from './conversation-message.js';
import { isReplySubject, normalizeSubject } from './normalize-subject.js';
import { messageSide, participantSide } from './participant-side.js';

const DAY_MS = 86_400_000;

export interface ThreadingOptions<T extends ConversationMessage> {
  /** The account's email domains: people there are the customer when the import did not say. */
  readonly customerDomains?: readonly string[];
  /** How far back a reply without references may find its thread by subject; 30 days by default. */
  readonly subjectWindowDays?: number;
  /** A message's time in ms; `Date.parse(occurredAt)` by default (pass one to reuse parsed times). */
  readonly timeOf?: (m: T) => number;
}

/** Message ids as headers write them (`<id@host>`) and as sources store them (`id@host`) compare equal. */
function bareId(id: string): string {
  const t = id.trim();
  return t.startsWith('<') && t.endsWith('>') ? t.slice(1, -1).trim() : t;
}

/** Union-find over string keys (message ids, explicit thread ids), each key one node. */
class KeyUnion {
  private readonly parent: number[] = [];
  private readonly nodes = new Map<string, number>();

  node(key: string): number {
    let n = this.nodes.get(key);
    if (n === undefined) {
      n = this.parent.length;
      this.parent.push(n);
      this.nodes.set(key, n);
    }
    return n;
  }

  root(n: number): number {
    let r = n;
    while (this.parent[r] !== r) r = this.parent[r] as number;
    for (let c = n; c !== r; ) {
      const next = this.parent[c] as number;
      this.parent[c] = r;
      c = next;
    }
    return r;
  }

  union(a: number, b: number): void {
    const ra = this.root(a);
    const rb = this.root(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

/**
 * An account's email threads: emails linked by Message-ID (`externalId`), `inReplyTo` and
 * `referenceIds` as in JWZ threading, so replies whose parent was never imported still join
 * through the ids they reference; by an explicit `threadId` when a source gives one; and, for
 * a reply with neither ("Re: …" without headers), by subject: the latest earlier message with
 * the same normalized subject within 30 days that shares a customer and an internal person.
 * Other activity types are left out. Threads come oldest first, their messages in time order.
 *
 * A thread's id is the first explicit `threadId` in it, else the root message's id: the first
 * message's oldest reference, or its own id. It stays the same as later replies arrive.
 * @example reconstructThreads(activities, { customerDomains: ['acme.com'] })[0]?.messages.length
 */
export function reconstructThreads<T extends ConversationMessage>(messages: readonly T[], options: ThreadingOptions<T> = {}): readonly EmailThread<T>[] {
  const domains = options.customerDomains ?? [];
  const timeOf = options.timeOf ?? ((m: T) => Date.parse(m.occurredAt));
  const emails: ThreadMessage<T>[] = messages
    .filter((m) => m.type === 'email')
    .map((record) => ({ record, atMs: timeOf(record), side: messageSide(record, domains) }))
    .sort((a, b) => a.atMs - b.atMs || (a.record.externalId < b.record.externalId ? -1 : a.record.externalId > b.record.externalId ? 1 : 0));

  const keys = new KeyUnion();
  const nodeOf = emails.map(({ record: m }) => {
    const own = keys.node(`m:${bareId(m.externalId)}`);
    for (const ref of [...(m.referenceIds ?? []), ...(m.inReplyTo ? [m.inReplyTo] : [])]) keys.union(own, keys.node(`m:${bareId(ref)}`));
    if (m.threadId) keys.union(own, keys.node(`t:${m.threadId}`));
    return own;
  });
  joinBySubject(emails, nodeOf, keys, sidesOfPeople(emails, domains), (options.subjectWindowDays ?? 30) * DAY_MS);

  const groups = new Map<number, ThreadMessage<T>[]>();
  emails.forEach((m, i) => {
    const root = keys.root(nodeOf[i] as number);
    const group = groups.get(root);
    if (group) group.push(m);
    else groups.set(root, [m]);
  });
  return [...groups.values()].map(threadOf);
}

function threadOf<T extends ConversationMessage>(messages: readonly ThreadMessage<T>[]): EmailThread<T> {
  const first = (messages[0] as ThreadMessage<T>).record;
  const explicit = messages.find((m) => m.record.threadId)?.record.threadId;
  const id = explicit ?? bareId(first.referenceIds?.[0] ?? first.inReplyTo ?? first.externalId);
  const subject = messages.find((m) => m.record.subject)?.record.subject;
  return { id, ...(subject !== undefined ? { subject } : {}), messages };
}

/** Everyone's side as any message shows it: set by the import, by the account's domains, or as the sender of a message whose side is known. */
function sidesOfPeople<T extends ConversationMessage>(emails: readonly ThreadMessage<T>[], domains: readonly string[]): ReadonlyMap<string, MessageSide> {
  const sides = new Map<string, MessageSide>();
  for (const { record, side } of emails) {
    for (const p of record.participants) {
      const email = p.email.toLowerCase();
      const known = participantSide(p, domains) ?? (p.role === 'from' ? side : undefined);
      if (known && !sides.has(email)) sides.set(email, known);
    }
  }
  return sides;
}

/** Replies without references or a thread id join the latest earlier message of the same subject that shares a person of each side. */
function joinBySubject<T extends ConversationMessage>(emails: readonly ThreadMessage<T>[], nodeOf: readonly number[], keys: KeyUnion, sides: ReadonlyMap<string, MessageSide>, windowMs: number): void {
  const bySubject = new Map<string, number[]>();
  emails.forEach(({ record: m, atMs }, i) => {
    const subject = normalizeSubject(m.subject);
    if (subject === '') return;
    const earlier = bySubject.get(subject) ?? [];
    const unreferenced = !m.threadId && !m.inReplyTo && (m.referenceIds ?? []).length === 0;
    if (unreferenced && isReplySubject(m.subject)) {
      for (let k = earlier.length - 1; k >= 0; k--) {
        const j = earlier[k] as number;
        const candidate = emails[j] as ThreadMessage<T>;
        if (candidate.atMs < atMs - windowMs) break;
        if (sharesBothSides(m, candidate.record, sides)) {
          keys.union(nodeOf[i] as number, nodeOf[j] as number);
          break;
        }
      }
    }
    earlier.push(i);
    bySubject.set(subject, earlier);
  });
}

function sharesBothSides(a: ConversationMessage, b: ConversationMessage, sides: ReadonlyMap<string, MessageSide>): boolean {
  const others = new Set(b.participants.map((p) => p.email.toLowerCase()));
  let customer = false;
  let internal = false;
  for (const p of a.participants) {
    const email = p.email.toLowerCase();
    if (!others.has(email)) continue;
    const side = sides.get(email);
    customer ||= side === 'customer';
    internal ||= side === 'internal';
  }
  return customer && internal;
}
