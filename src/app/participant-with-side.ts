import { participantSide } from '../communication/index.js';
import type { Participant } from '../domain/index.js';

/**
 * A participant with their side: as the import set it, else the customer when the address is
 * at one of the account's domains; unchanged when neither tells.
 * @example withSide({ email: 'pat@acme.com', role: 'to' }, ['acme.com']).side // 'customer'
 */
export function withSide(p: Participant, customerDomains: readonly string[]): Participant {
  if (p.side) return p;
  const side = participantSide(p, customerDomains);
  return side ? { ...p, side } : p;
}
