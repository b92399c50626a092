import type { ActivityContext, Participant } from './activity-context.js';
import { HOUR_MS, WEEK_MS, workMoment } from './calendar.js';
import { contactsAt } from './demo-account.js';
import { MEETING_AGENDAS } from './text-banks.js';
import { utcFromLocal } from './time-zones.js';

type Response = NonNullable<Participant['responseStatus']>;

/**
 * A meeting the rep organizes (a QBR or check-in), invited a week or two ahead. Healthy
 * customers accept; unhealthy ones decline, cancel or do not show up. Meetings invited
 * before asOf but held after it are written as `scheduled`.
 */
export function emitMeeting(ctx: ActivityContext, monday: number, h: number, kind: 'qbr' | 'check_in'): void {
  const { rng, account } = ctx;
  const { asOfMs } = account.timeline;
  const invitedLocal = workMoment(monday, rng.int(0, 4), rng.int(8, 17), rng.int(0, 59));
  // The rep works in their office's hours: meetings are set in its local time.
  const rep = ctx.rep(invitedLocal);
  const invitedAt = utcFromLocal(rep.timeZone, invitedLocal);
  if (!ctx.isOpen(invitedAt)) return;
  const start = utcFromLocal(rep.timeZone, workMoment(monday + rng.int(1, 2) * WEEK_MS, rng.int(0, 4), rng.int(9, 16), rng.pick([0, 30])));
  const future = start > asOfMs;
  // A churned account's meetings after its churn are never held, nor written.
  if (!future && !ctx.isOpen(start)) return;
  if (future && account.activeUntilMs < asOfMs) return;

  const people = contactsAt(account, invitedAt);
  const invited = [people[0], ...rng.shuffle(people.slice(1)).slice(0, rng.int(0, kind === 'qbr' ? 3 : 1))].filter((p) => p !== undefined);
  const manager = kind === 'qbr' && account.profile.segment === 'Enterprise' ? ctx.manager(rep) : undefined;
  const responses = invited.map((): Response =>
    future && rng.chance(0.5) ? 'needs_action' : rng.weighted<Response>([['accepted', 0.3 + 0.65 * h], ['declined', 0.05 + 0.5 * (1 - h)], ['tentative', 0.1], ['needs_action', 0.05]]),
  );
  const participants: Participant[] = [
    { email: rep.email, name: rep.name, role: 'organizer', responseStatus: 'accepted' },
    ...(manager ? [{ email: manager.email, name: manager.name, role: 'attendee' as const, responseStatus: 'accepted' as const }] : []),
    ...invited.map((p, i) => ({ email: p.email, name: p.name, role: 'attendee' as const, responseStatus: responses[i] ?? 'needs_action' })),
  ];
  const endedAt = start + (kind === 'qbr' ? 60 : 30) * 60_000;
  const allDeclined = responses.every((r) => r === 'declined');

  let status: 'completed' | 'scheduled' | 'cancelled' | 'no_show';
  let knownAt: number;
  if (future) {
    status = 'scheduled';
    knownAt = invitedAt;
  } else if (allDeclined || rng.chance(0.04 + 0.25 * (1 - h))) {
    status = 'cancelled';
    knownAt = Math.max(invitedAt, start - rng.int(2, 48) * HOUR_MS);
  } else {
    status = rng.chance(0.02 + 0.1 * (1 - h)) ? 'no_show' : 'completed';
    knownAt = endedAt;
  }
  if (knownAt > asOfMs) return;
  ctx.emit({
    type: 'meeting',
    direction: 'outbound',
    occurredAt: start,
    endedAt,
    status,
    subject: kind === 'qbr' ? `Quarterly business review: ${account.profile.name} + Bellwether` : `Check-in: ${account.profile.name}`,
    bodyText: `${rng.pick(MEETING_AGENDAS)}\nJoin by video: https://meet.bellwether-demo.test/${account.profile.number}; dial-in +1 555 0100`,
    participants,
    invitedAt,
    knownAt,
  });
}
