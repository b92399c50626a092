import type { Participant } from '../domain/index.js';
import { type BusinessHours, businessHoursBetween, DEFAULT_BUSINESS_HOURS } from './business-hours.js';
import type { ConversationMessage, EmailThread, MessageSide, ThreadMessage } from './conversation-message.js';

const HOUR_MS = 3_600_000;

/** The message that answered another, who sent it and how long it took. */
export interface Answer<T extends ConversationMessage> {
  readonly message: ThreadMessage<T>;
  /** Its sender (the `from` participant), when known. */
  readonly by?: Participant;
  readonly wallHours: number;
  /** Working time only, in the conversation's business hours. */
  readonly businessHours: number;
}

/** Whether and how a message was answered as of a moment. */
export interface MessageResponse<T extends ConversationMessage> {
  readonly message: ThreadMessage<T>;
  readonly threadId: string;
  /** The first later message of the thread from the other side, by asOf; absent while unanswered. */
  readonly answer?: Answer<T>;
  /** The earliest message of the other side that this one answers; absent when it starts an exchange (a first mail, a nudge). */
  readonly answers?: ThreadMessage<T>;
}

const OTHER: Readonly<Record<MessageSide, MessageSide>> = { customer: 'internal', internal: 'customer' };

/**
 * For each message of a thread that occurred by asOf, oldest first: whether the other side
 * answered it, with the first later message from that side (customer → us, us → customer).
 * Messages without a side (among our own people) neither need nor give an answer. A reply
 * dated after asOf is not known yet, so its message is still unanswered then.
 * @example messageResponses(thread, Date.parse('2025-06-30T00:00:00Z'), businessHoursIn('Europe/Berlin'))
 */
export function messageResponses<T extends ConversationMessage>(thread: EmailThread<T>, asOfMs: number, hours: BusinessHours = DEFAULT_BUSINESS_HOURS): readonly MessageResponse<T>[] {
  const known = thread.messages.filter((m) => m.atMs <= asOfMs);
  const answers = new Map<ThreadMessage<T>, Answer<T>>();
  const answering = new Map<ThreadMessage<T>, ThreadMessage<T>>();
  const waiting: Record<MessageSide, ThreadMessage<T>[]> = { customer: [], internal: [] };
  for (const m of known) {
    if (!m.side) continue;
    const open = waiting[OTHER[m.side]];
    if (open.length > 0) {
      answering.set(m, open[0] as ThreadMessage<T>);
      const by = m.record.participants.find((p) => p.role === 'from');
      for (const asked of open) {
        answers.set(asked, { message: m, ...(by ? { by } : {}), wallHours: (m.atMs - asked.atMs) / HOUR_MS, businessHours: businessHoursBetween(asked.atMs, m.atMs, hours) });
      }
      open.length = 0;
    }
    waiting[m.side].push(m);
  }
  return known.map((message) => {
    const answer = answers.get(message);
    const asked = answering.get(message);
    return { message, threadId: thread.id, ...(answer ? { answer } : {}), ...(asked ? { answers: asked } : {}) };
  });
}
