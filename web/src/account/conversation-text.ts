import type { Schemas } from '../api/api.ts';

type Person = Schemas['ThreadPerson'];
type Side = NonNullable<Schemas['ThreadMessage']['side']>;

/** How the conversations section names a person: their name, else their address. */
export const personName = (p: { email: string; name?: string } | null | undefined) => (p ? (p.name ?? p.email) : 'Unknown sender');

/** Which side someone is on, in the reader's words ("us" is our own people). */
export const sideLabel = (side: Side | null | undefined) => (side === 'customer' ? 'Customer' : side === 'internal' ? 'Us' : 'Among us');

/**
 * Business hours first, because they are what the response-time metrics count; wall-clock days after,
 * because a weekend in between makes the two differ a lot: "5.2 business hours (1.3 days)".
 */
export function hoursText(h: { businessHours: number; wallHours: number }): string {
  const days = h.wallHours / 24;
  const wall = days >= 1 ? `${days.toFixed(1)} days` : `${h.wallHours.toFixed(1)} hours`;
  return `${h.businessHours.toFixed(1)} business hours (${wall})`;
}

/** "Answered by Dana Reyes after 5.2 business hours (1.3 days)" */
export const answerText = (a: { by: Person | null; businessHours: number; wallHours: number }) => `Answered by ${personName(a.by)} after ${hoursText(a)}`;

/** "Unanswered for 12.0 business hours (2.5 days)" */
export const waitingText = (w: { businessHours: number; wallHours: number }) => `Unanswered for ${hoursText(w)}`;

/** A thread's badge: whose answer it waits for. */
export const waitingOnLabel = (side: Side) => (side === 'customer' ? 'Waiting on customer' : 'Waiting on us');

/** Whole days (or hours under a day) from one moment to a later one: "3 days", "5 hours". */
export function elapsedText(from: string, to: string): string {
  const hours = Math.max(0, (Date.parse(to) - Date.parse(from)) / 3_600_000);
  if (hours < 24) return `${Math.round(hours)} ${Math.round(hours) === 1 ? 'hour' : 'hours'}`;
  const days = Math.floor(hours / 24);
  return `${days} ${days === 1 ? 'day' : 'days'}`;
}

/** An attachment's size: "820 B", "14 KB", "2.3 MB". */
export function sizeText(bytes: number | undefined): string {
  if (bytes === undefined) return 'size unknown';
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
