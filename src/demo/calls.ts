import type { ActivityContext } from './activity-context.js';
import { workMoment } from './calendar.js';
import { contactsAt } from './demo-account.js';
import { CALL_NOTES } from './text-banks.js';
import { utcFromLocal } from './time-zones.js';
import { toneFor } from './tone.js';

/** A phone call from the rep, with the rep's note; at-risk customers miss more calls. */
export function emitCall(ctx: ActivityContext, monday: number, h: number): void {
  const { rng, account } = ctx;
  const local = workMoment(monday, rng.int(0, 4), rng.int(8, 17), rng.int(0, 59));
  const rep = ctx.rep(local);
  const start = utcFromLocal(rep.timeZone, local);
  if (!ctx.isOpen(start)) return;
  const missed = rng.chance(0.05 + 0.2 * (1 - h));
  const endedAt = start + (missed ? 1 : rng.int(10, 45)) * 60_000;
  if (endedAt > account.timeline.asOfMs) return;
  const to = rng.pick(contactsAt(account, start));
  ctx.emit({
    type: 'call',
    direction: 'outbound',
    occurredAt: start,
    endedAt,
    status: missed ? 'no_show' : 'completed',
    subject: `Call with ${to.name}`,
    bodyText: missed ? 'No answer, left a voicemail.' : rng.pick(CALL_NOTES[toneFor(h, rng)]),
    participants: [
      { email: rep.email, name: rep.name, role: 'from' },
      { email: to.email, name: to.name, role: 'to' },
    ],
    knownAt: endedAt,
  });
}
