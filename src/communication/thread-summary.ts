import type { Participant } from '../domain/index.js';
import type { ConversationThread } from './conversation.js';
import type { ConversationMessage, MessageSide, ThreadMessage } from './conversation-message.js';

/** A thread at a glance: how long, who wrote, and whose turn it is. */
export interface ThreadSummary<T extends ConversationMessage> {
  readonly id: string;
  readonly subject?: string;
  readonly first: ThreadMessage<T>;
  readonly last: ThreadMessage<T>;
  readonly messages: number;
  readonly customerMessages: number;
  readonly internalMessages: number;
  /** Everyone who wrote in it (the `from` of its messages), once each by address, in order of first message. */
  readonly senders: readonly Participant[];
  /**
   * Whose answer the thread waits for: `internal` when its last message from either side is
   * the customer's and we have not answered; `customer` when it is an email of ours that asks
   * something (it answers nothing of theirs) and they have not answered. Our answer to their
   * mail ("Done, thanks!") expects nothing back, as the unanswered-thread-share metric has it.
   */
  readonly waitingOn?: MessageSide;
}

/**
 * The summary of a thread as of its conversation's asOf.
 * @example threadSummary(conversationOf(activities, asOfMs).threads[0]).waitingOn // 'internal': the customer waits for us
 */
export function threadSummary<T extends ConversationMessage>(thread: ConversationThread<T>): ThreadSummary<T> | undefined {
  const first = thread.messages[0];
  const last = thread.messages[thread.messages.length - 1];
  if (!first || !last) return undefined;
  const senders = new Map<string, Participant>();
  for (const m of thread.messages) {
    const from = m.record.participants.find((p) => p.role === 'from');
    if (from && !senders.has(from.email.toLowerCase())) senders.set(from.email.toLowerCase(), from);
  }
  const lastSided = thread.responses.findLast((r) => r.message.side !== undefined);
  let waitingOn: MessageSide | undefined;
  if (lastSided && !lastSided.answer) {
    if (lastSided.message.side === 'customer') waitingOn = 'internal';
    else if (!lastSided.answers) waitingOn = 'customer';
  }
  return {
    id: thread.id,
    ...(thread.subject !== undefined ? { subject: thread.subject } : {}),
    first,
    last,
    messages: thread.messages.length,
    customerMessages: thread.messages.filter((m) => m.side === 'customer').length,
    internalMessages: thread.messages.filter((m) => m.side === 'internal').length,
    senders: [...senders.values()],
    ...(waitingOn ? { waitingOn } : {}),
  };
}
