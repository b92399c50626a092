import { type BusinessHours, DEFAULT_BUSINESS_HOURS } from './business-hours.js';
import type { ConversationMessage, EmailThread } from './conversation-message.js';
import { type MessageResponse, messageResponses } from './message-responses.js';
import { reconstructThreads, type ThreadingOptions } from './reconstruct-threads.js';

/** A thread with each of its messages' answers. */
export interface ConversationThread<T extends ConversationMessage> extends EmailThread<T> {
  /** One per message, in the thread's order. */
  readonly responses: readonly MessageResponse<T>[];
}

/** An account's email as of a moment: its threads and, for every message, who answered it how fast. */
export interface Conversation<T extends ConversationMessage> {
  readonly asOfMs: number;
  readonly businessHours: BusinessHours;
  /** Oldest first. */
  readonly threads: readonly ConversationThread<T>[];
  /** Every message's response, oldest message first. */
  readonly responses: readonly MessageResponse<T>[];
}

export interface ConversationOptions<T extends ConversationMessage> extends ThreadingOptions<T> {
  /** Working time for business-hour response times; Monday–Friday 09:00–17:00 UTC by default. */
  readonly businessHours?: BusinessHours;
}

/**
 * Threads and responses of an account's activities as of `asOfMs`: only emails that occurred
 * (and, when they carry `knownAt`, were known) by then count, so the same call scores today
 * and replays the past without seeing later replies. Shared by the scoring metrics and the
 * thread view.
 * @example conversationOf(activities, Date.parse('2025-06-30T00:00:00Z'), { businessHours: businessHoursIn(account.attributes.time_zone), customerDomains: account.domains })
 */
export function conversationOf<T extends ConversationMessage>(activities: readonly T[], asOfMs: number, options: ConversationOptions<T> = {}): Conversation<T> {
  const timeOf = options.timeOf ?? ((m: T) => Date.parse(m.occurredAt));
  const known = activities.filter((a) => a.type === 'email' && timeOf(a) <= asOfMs && (a.knownAt === undefined || Date.parse(a.knownAt) <= asOfMs));
  const hours = options.businessHours ?? DEFAULT_BUSINESS_HOURS;
  const threads = reconstructThreads(known, { ...options, timeOf }).map((t) => ({ ...t, responses: messageResponses(t, asOfMs, hours) }));
  const responses = threads.flatMap((t) => t.responses).sort((a, b) => a.message.atMs - b.message.atMs);
  return { asOfMs, businessHours: hours, threads, responses };
}
