import { addMonths, DAY_MS, HOUR_MS, isoTimestamp } from './calendar.js';
import { type DemoAccount, healthAt, termAt } from './demo-account.js';
import type { Random } from './random.js';
import type { RowSink } from './row-sink.js';

/** The one custom metric in the demo: API calls per month, in thousands. */
export const DEMO_METRIC = 'api_calls_k';

/** One value per month, observed on the first of the next month and loaded a day later. */
export function emitMetricRows(account: DemoAccount, rng: Random, sink: RowSink): void {
  const { profile, timeline } = account;
  // Some customers barely touch the API; their series is small but present.
  const intensity = rng.chance(0.3) ? rng.between(0.01, 0.1) : rng.between(0.5, 2);
  for (let monthStart = addMonths(timeline.startMs, 1); monthStart <= timeline.asOfMs; monthStart = addMonths(monthStart, 1)) {
    const previous = addMonths(monthStart, -1);
    if (monthStart <= account.activeFromMs || previous >= account.activeUntilMs) continue;
    const knownAt = monthStart + DAY_MS + 6 * HOUR_MS;
    if (knownAt > timeline.asOfMs) continue;
    const mid = previous + 14 * DAY_MS;
    const h = healthAt(account, mid);
    const value = termAt(account, mid).seats * intensity * (0.2 + 1.6 * h) * rng.between(0.8, 1.2);
    sink.emit('metric_values', {
      account_external_id: profile.externalId,
      metric: DEMO_METRIC,
      observed_at: isoTimestamp(monthStart),
      value: value.toFixed(1),
      known_at: isoTimestamp(knownAt),
    });
  }
}
