import type { Activity } from '../domain/index.js';

/**
 * What threading and answers read of an activity: an `Activity`, a stored `Known<Activity>`,
 * or anything else with these fields.
 */
export type ConversationMessage = Pick<Activity, 'externalId' | 'type' | 'occurredAt' | 'participants'> &
  Partial<Pick<Activity, 'direction' | 'threadId' | 'inReplyTo' | 'referenceIds' | 'subject' | 'knownAt'>>;

/** Which side wrote a message: the customer, or one of us. */
export type MessageSide = 'customer' | 'internal';

/** A message placed in a thread: the record, its time and the side that wrote it. */
export interface ThreadMessage<T extends ConversationMessage> {
  readonly record: T;
  /** `occurredAt` in ms since the epoch. */
  readonly atMs: number;
  /** Undefined for messages among our own people (direction `internal`) or of unknown side: they neither need nor give answers. */
  readonly side: MessageSide | undefined;
}

/** An email thread: its messages oldest first, under an id that stays the same as later messages arrive. */
export interface EmailThread<T extends ConversationMessage> {
  readonly id: string;
  /** The subject of its first message that has one. */
  readonly subject?: string;
  readonly messages: readonly ThreadMessage<T>[];
}
