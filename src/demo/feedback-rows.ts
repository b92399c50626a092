import { isoTimestamp, workMoment } from './calendar.js';
import { activeWeeks, contactsAt, type DemoAccount } from './demo-account.js';
import type { Random } from './random.js';
import type { RowSink } from './row-sink.js';
import { SEGMENTS } from './segments.js';
import { FEEDBACK_SENTENCES, FEEDBACK_SOURCES } from './text-banks.js';
import { toneFor } from './tone.js';

/** Free-text feedback (reviews, chats, call notes): one or two sentences in a tone that follows health. */
export function emitFeedbackRows(account: DemoAccount, rng: Random, sink: RowSink): void {
  const { profile, timeline } = account;
  const rate = 0.015 * SEGMENTS[profile.segment].activity;
  let seq = 0;
  for (const w of activeWeeks(account)) {
    if (!rng.chance(rate)) continue;
    const at = workMoment(timeline.weekStarts[w] ?? 0, rng.int(0, 4), rng.int(8, 17), rng.int(0, 59));
    if (at > timeline.asOfMs || at >= account.activeUntilMs) continue;
    const tone = toneFor(account.health[w] ?? 0.5, rng);
    const sentences = FEEDBACK_SENTENCES[tone];
    const text = rng.chance(0.5) ? `${rng.pick(sentences)} ${rng.pick(sentences)}` : rng.pick(sentences);
    seq++;
    sink.emit('feedback', {
      external_id: `FBK-${profile.number}-${String(seq).padStart(3, '0')}`,
      account_external_id: rng.chance(0.75) ? profile.externalId : undefined,
      contact_email: rng.pick(contactsAt(account, at)).email,
      source: rng.pick(FEEDBACK_SOURCES),
      received_at: isoTimestamp(at),
      text,
      known_at: isoTimestamp(at),
    });
  }
}
