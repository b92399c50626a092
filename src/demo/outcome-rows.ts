import { isoDate, isoTimestamp } from './calendar.js';
import type { DemoAccount } from './demo-account.js';
import { money, type RowSink } from './row-sink.js';

/** One outcome per renewal in the window: the ground truth backtests score against. */
export function emitOutcomeRows(account: DemoAccount, sink: RowSink): void {
  account.history.renewals.forEach((r, i) => {
    sink.emit('outcomes', {
      external_id: `OUT-${account.profile.number}-${i + 1}`,
      account_external_id: account.profile.externalId,
      kind: r.kind,
      date: isoDate(r.dateMs),
      arr_after: money(r.arrAfter),
      arr_before: money(r.arrBefore),
      known_at: isoTimestamp(r.dateMs),
    });
  });
}
