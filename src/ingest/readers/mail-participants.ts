import type { Address, Email } from 'postal-mime';
import { emailField } from '../../domain/index.js';

export interface MailParticipant {
  /** Lower-cased. */
  readonly email: string;
  readonly name?: string;
  readonly role: 'from' | 'to' | 'cc';
}

/** Group syntax (`Team: a@x, b@y;`) contributes its members; an empty group (`undisclosed-recipients:;`) nothing. */
function* mailboxes(addresses: readonly Address[] | undefined): Generator<{ address: string; name: string }> {
  for (const address of addresses ?? []) {
    if (address.group !== undefined) yield* mailboxes(address.group);
    else if (address.address) yield { address: address.address, name: address.name };
  }
}

/**
 * Everyone on a message, From first, then To and Cc (Bcc counts as Cc). An address on
 * the message twice keeps its first role; addresses the activity schema would reject
 * as emails are left out.
 *
 * @example mailParticipants(email) // [{ email: 'bob@example.com', name: 'Bob', role: 'from' }, …]
 */
export function mailParticipants(email: Email): MailParticipant[] {
  const seen = new Set<string>();
  const participants: MailParticipant[] = [];
  const lists = [
    ['from', email.from === undefined ? [] : [email.from]],
    ['to', email.to],
    ['cc', email.cc],
    ['cc', email.bcc],
  ] as const;
  for (const [role, addresses] of lists) {
    for (const { address, name } of mailboxes(addresses)) {
      const parsed = emailField.safeParse(address);
      if (!parsed.success || seen.has(parsed.data)) continue;
      seen.add(parsed.data);
      const display = name.trim();
      const named = display.length > 0 && display.toLowerCase() !== parsed.data;
      participants.push(named ? { email: parsed.data, name: display, role } : { email: parsed.data, role });
    }
  }
  return participants;
}
