import type { Participant } from '../domain/index.js';
import type { ConversationMessage, MessageSide } from './conversation-message.js';

/**
 * A participant's side: as the import set it, else "customer" when the address is at one of the
 * account's domains (or a subdomain), else unknown.
 * @example participantSide({ email: 'dana@eu.acme.com', role: 'to' }, ['acme.com']) // 'customer'
 */
export function participantSide(p: Pick<Participant, 'email' | 'side'>, customerDomains: readonly string[]): MessageSide | undefined {
  if (p.side) return p.side;
  const domain = p.email.slice(p.email.lastIndexOf('@') + 1).toLowerCase();
  for (const d of customerDomains) {
    const own = d.toLowerCase();
    if (domain === own || domain.endsWith(`.${own}`)) return 'customer';
  }
  return undefined;
}

/**
 * Who wrote a message: its direction says (inbound: the customer, outbound: us, internal: only
 * our people, so no side); without one, the side of its sender.
 */
export function messageSide(m: ConversationMessage, customerDomains: readonly string[]): MessageSide | undefined {
  if (m.direction === 'inbound') return 'customer';
  if (m.direction === 'outbound') return 'internal';
  if (m.direction === 'internal') return undefined;
  const from = m.participants.find((p) => p.role === 'from');
  return from ? participantSide(from, customerDomains) : undefined;
}
