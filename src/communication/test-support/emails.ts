import type { Activity, Participant } from '../../domain/index.js';

export const DANA: Participant = { email: 'dana@acme.com', name: 'Dana Lee', role: 'from', side: 'customer' };
export const LEE: Participant = { email: 'lee@acme.com', name: 'Lee Park', role: 'from', side: 'customer' };
export const SAM: Participant = { email: 'sam@bellwether.io', name: 'Sam Rep', role: 'from', side: 'internal' };
export const KIM: Participant = { email: 'kim@bellwether.io', name: 'Kim Ops', role: 'from', side: 'internal' };

/** An email from `from` to `to` (roles set here), with only the fields a test gives. */
export function email(id: string, occurredAt: string, from: Participant, to: readonly Participant[], fields: Partial<Activity> = {}): Activity {
  const direction = from.side === 'customer' ? 'inbound' : to.every((p) => p.side === 'internal') ? 'internal' : 'outbound';
  return {
    externalId: id,
    type: 'email',
    direction,
    occurredAt,
    status: 'completed',
    participants: [{ ...from, role: 'from' }, ...to.map((p) => ({ ...p, role: 'to' as const }))],
    ...fields,
  };
}
