import { isoDate, isoTimestamp, WEEK_MS } from './calendar.js';
import { activeWeeks, type DemoAccount, termAt } from './demo-account.js';
import { clamp, type Random } from './random.js';
import type { RowSink } from './row-sink.js';

/** New customers take about ten weeks to roll the product out. */
const RAMP_WEEKS = 10;

/**
 * Usage is written one row per account per WEEK, not per day, to keep the files a sane size
 * (about 104 rows per account over 24 months instead of 730): `date` is that week's Monday
 * and `active_users` the distinct users active during the week. Breadth of features and
 * actives relative to seats both follow latent health.
 */
export function emitUsageRows(account: DemoAccount, rng: Random, sink: RowSink): void {
  const { profile, timeline } = account;
  for (const w of activeWeeks(account)) {
    const monday = timeline.weekStarts[w] ?? 0;
    const h = account.health[w] ?? 0.5;
    const weeksIn = Math.floor((monday - profile.signedMs) / WEEK_MS);
    const ramp = profile.signedMs >= timeline.startMs ? clamp((weeksIn + 1) / RAMP_WEEKS, 0.1, 1) : 1;
    const { seats } = termAt(account, monday);
    const adoption = clamp(0.08 + 0.85 * h + rng.normal(0, 0.05), 0.01, 1);
    const activeUsers = Math.round(seats * adoption * ramp);
    const events = Math.round(activeUsers * (15 + 50 * h) * rng.between(0.8, 1.2));
    const breadth = clamp(Math.round((1 + 11 * h) * Math.sqrt(ramp) + rng.normal(0, 1)), 1, profile.featureOrder.length);
    sink.emit('usage_days', {
      account_external_id: profile.externalId,
      date: isoDate(monday),
      active_users: activeUsers,
      events,
      features_used: activeUsers === 0 ? [] : profile.featureOrder.slice(0, breadth),
      known_at: isoTimestamp(monday + WEEK_MS),
    });
  }
}
