import { DAY_MS, HOUR_MS, isoTimestamp, workMoment } from './calendar.js';
import { activeWeeks, contactsAt, type DemoAccount } from './demo-account.js';
import { clamp, type Random } from './random.js';
import type { RowSink } from './row-sink.js';
import { SEGMENTS } from './segments.js';
import { TICKET_TOPICS } from './ticket-text.js';

type Priority = 'low' | 'normal' | 'high' | 'urgent';
const FIRST_RESPONSE_HOURS: Readonly<Record<Priority, number>> = { urgent: 0.5, high: 2, normal: 6, low: 12 };

/**
 * Support tickets. Low health means more tickets, more severe ones, more escalations and
 * reopenings, slower resolution and worse CSAT. Each ticket has a row when opened and,
 * if it closed before asOf, a second row with the final state.
 */
export function emitTicketRows(account: DemoAccount, rng: Random, sink: RowSink): void {
  const { profile, timeline } = account;
  const activity = SEGMENTS[profile.segment].activity;
  let seq = 0;
  for (const w of activeWeeks(account)) {
    const h = account.health[w] ?? 0.5;
    const count = rng.poisson(activity * (0.03 + 0.14 * (1 - h) ** 1.5));
    for (let n = 0; n < count; n++) {
      const openedAt = workMoment(timeline.weekStarts[w] ?? 0, rng.int(0, 4), rng.int(8, 17), rng.int(0, 59));
      if (openedAt > timeline.asOfMs || openedAt >= account.activeUntilMs) continue;
      seq++;
      const severe = rng.chance(0.1 + 0.5 * (1 - h));
      const [subject, text] = rng.pick(severe ? TICKET_TOPICS.severe : TICKET_TOPICS.routine);
      const priority: Priority = severe ? rng.weighted([['high', 3], ['urgent', 1]]) : rng.weighted([['low', 1], ['normal', 3]]);
      const requester = rng.pick(contactsAt(account, openedAt));
      const base = {
        external_id: `TKT-${profile.number}-${String(seq).padStart(4, '0')}`,
        account_external_id: rng.chance(0.9) ? profile.externalId : undefined,
        requester_email: requester.email,
        opened_at: isoTimestamp(openedAt),
      };
      sink.emit('tickets', { ...base, priority, status: rng.pick(['new', 'open']), escalations: 0, reopenings: 0, subject, text, known_at: isoTimestamp(openedAt) });

      const firstResponseAt = openedAt + Math.max(5 * 60_000, Math.round(rng.exponential(FIRST_RESPONSE_HOURS[priority] * HOUR_MS) / 60_000) * 60_000);
      const resolveDays = rng.exponential((0.5 + 3 * (1 - h)) * (severe ? 2 : 1));
      const closedAt = firstResponseAt + Math.round((resolveDays * DAY_MS) / 60_000) * 60_000;
      if (closedAt > timeline.asOfMs) continue;
      const escalations = severe && rng.chance(0.15 + 0.5 * (1 - h)) ? rng.int(1, 2) : 0;
      const reopenings = rng.chance(0.05 + 0.3 * (1 - h)) ? rng.int(1, 2) : 0;
      const csat = rng.chance(0.45) ? clamp(Math.round(1 + 4 * h + rng.normal(0, 0.8) - (severe ? 0.5 : 0)), 1, 5) : undefined;
      sink.emit('tickets', {
        ...base,
        first_response_at: isoTimestamp(firstResponseAt),
        closed_at: isoTimestamp(closedAt),
        priority,
        status: rng.pick(['solved', 'closed']),
        escalations,
        reopenings,
        csat,
        subject,
        text,
        known_at: isoTimestamp(closedAt),
      });
    }
  }
}
