import type { Email } from 'postal-mime';
import { parseMailDate } from './mail-date.js';

/**
 * When a message was sent: its Date header; else when the newest relay received it
 * (the topmost Received header with a date after its ';'); else the mbox From_ line's
 * delivery date. Undefined when none of them holds a date.
 *
 * @example mailOccurredAt(email, undefined) // '2010-02-07T22:02:38.000Z'
 */
export function mailOccurredAt(email: Email, fromLineDate: string | undefined): string | undefined {
  const header = email.headers.find((h) => h.key === 'date')?.value;
  const sent = header === undefined ? undefined : parseMailDate(header);
  if (sent !== undefined) return sent;
  for (const h of email.headers) {
    if (h.key !== 'received') continue;
    const semicolon = h.value.lastIndexOf(';');
    const received = semicolon < 0 ? undefined : parseMailDate(h.value.slice(semicolon + 1));
    if (received !== undefined) return received;
  }
  return fromLineDate;
}
