import { DAY_MS, HOUR_MS, isoTimestamp, workMoment } from './calendar.js';
import { activeWeeks, contactsAt, type DemoAccount } from './demo-account.js';
import { clamp, type Random } from './random.js';
import type { RowSink } from './row-sink.js';
import { FEEDBACK_SENTENCES } from './text-banks.js';

const NPS_EVERY_WEEKS = 26;

/**
 * NPS twice a year to up to three contacts, plus occasional CSAT pulses. Healthier accounts
 * answer more often and score higher; detractor comments come from the negative bank.
 */
export function emitSurveyRows(account: DemoAccount, rng: Random, sink: RowSink): void {
  const { profile, timeline } = account;
  const offset = rng.int(0, NPS_EVERY_WEEKS - 1);
  let seq = 0;
  const emit = (kind: 'nps' | 'csat', score: number, email: string, at: number, comment?: string): void => {
    seq++;
    sink.emit('survey_responses', {
      external_id: `SRV-${profile.number}-${String(seq).padStart(3, '0')}`,
      account_external_id: rng.chance(0.7) ? profile.externalId : undefined,
      contact_email: email,
      kind,
      score,
      responded_at: isoTimestamp(at),
      comment,
      known_at: isoTimestamp(at),
    });
  };
  for (const w of activeWeeks(account)) {
    const h = account.health[w] ?? 0.5;
    const monday = timeline.weekStarts[w] ?? 0;
    if (w % NPS_EVERY_WEEKS === offset) {
      const sentAt = workMoment(monday, 1, 14, 0);
      for (const contact of contactsAt(account, sentAt).slice(0, 3)) {
        if (!rng.chance(0.2 + 0.5 * h)) continue;
        const at = sentAt + Math.round(rng.exponential(2 * DAY_MS) / 60_000) * 60_000;
        if (at > timeline.asOfMs || at >= account.activeUntilMs) continue;
        const score = clamp(Math.round(2 + 9 * h + rng.normal(0, 1.4)), 0, 10);
        const tone = score >= 9 ? 'positive' : score <= 6 ? 'negative' : 'neutral';
        emit('nps', score, contact.email, at, rng.chance(0.4) ? rng.pick(FEEDBACK_SENTENCES[tone]) : undefined);
      }
    }
    if (rng.chance(0.012)) {
      const at = workMoment(monday, rng.int(0, 4), rng.int(9, 16), rng.int(0, 59)) + HOUR_MS;
      if (at > timeline.asOfMs || at >= account.activeUntilMs) continue;
      const score = clamp(Math.round(1 + 4 * h + rng.normal(0, 0.7)), 1, 5);
      emit('csat', score, rng.pick(contactsAt(account, at)).email, at);
    }
  }
}
