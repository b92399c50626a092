import type { z } from '@hono/zod-openapi';
import type { ListedOverride, ListedPulse } from '../app/index.js';
import type { OutcomeKind } from '../domain/index.js';
import type { StoredRecord } from '../store/index.js';
import type { HistoryEventSchema } from './schemas/score-schemas.js';

export type HistoryEvent = z.infer<typeof HistoryEventSchema>;

type Change = 'created' | 'expired' | 'revoked';

/** When an override or pulse was made, and when it ended, if it has by `now`: revoked early, or past its expiry. */
function lifeOf(r: ListedOverride | ListedPulse, openingReason: string, now: string): Array<{ change: Change; at: string; by: string; reason: string | null }> {
  const out: Array<{ change: Change; at: string; by: string; reason: string | null }> = [{ change: 'created', at: r.createdAt, by: r.authorEmail, reason: openingReason }];
  if (r.revokedAt !== undefined && r.revokedAt <= now) out.push({ change: 'revoked', at: r.revokedAt, by: r.revokedBy ?? r.authorEmail, reason: r.revokeReason ?? null });
  else if (r.expiresAt !== undefined && r.expiresAt <= now) out.push({ change: 'expired', at: r.expiresAt, by: r.authorEmail, reason: null });
  return out;
}

/**
 * What a chart of one scorecard marks: overrides of that scorecard (or of all) and pulses
 * made, revoked or expired, and the account's outcomes, within [from, to], oldest first.
 */
export function historyEvents(input: { scorecard: string; overrides: readonly ListedOverride[]; pulses: readonly ListedPulse[]; outcomes: readonly StoredRecord[]; from?: string; to: string; now: string }): HistoryEvent[] {
  const events: HistoryEvent[] = [];
  for (const o of input.overrides) {
    if (o.scorecard !== undefined && o.scorecard !== input.scorecard) continue;
    for (const e of lifeOf(o, o.reason, input.now)) events.push({ kind: 'override', ...e, overrideId: o.id, scorecard: o.scorecard ?? null, mode: o.mode, value: o.value });
  }
  for (const p of input.pulses) {
    for (const e of lifeOf(p, p.note, input.now)) events.push({ kind: 'pulse', ...e, pulseId: p.id, rating: p.rating });
  }
  for (const r of input.outcomes) {
    const f = r.fields;
    events.push({
      kind: 'outcome',
      at: `${String(f.date)}T00:00:00.000Z`,
      recordId: r.id,
      recordKey: r.recordKey,
      outcome: f.kind as OutcomeKind,
      arrBefore: typeof f.arrBefore === 'number' ? f.arrBefore : null,
      arrAfter: typeof f.arrAfter === 'number' ? f.arrAfter : null,
    });
  }
  return events.filter((e) => (input.from === undefined || e.at >= input.from) && e.at <= input.to).sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
}
