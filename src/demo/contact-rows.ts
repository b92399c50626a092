import { isoTimestamp } from './calendar.js';
import type { DemoAccount } from './demo-account.js';
import type { Random } from './random.js';
import type { RowSink } from './row-sink.js';

/** One row per contact. A few omit the account id, as exports from email tools do: the domain matches them. */
export function emitContactRows(account: DemoAccount, rng: Random, sink: RowSink): void {
  for (const c of account.profile.contacts) {
    if (c.sinceMs > account.activeUntilMs) continue;
    sink.emit('contacts', {
      email: c.email,
      external_id: c.externalId,
      account_external_id: rng.chance(0.9) ? account.profile.externalId : undefined,
      name: c.name,
      title: c.title,
      role: c.role,
      known_at: isoTimestamp(c.sinceMs),
    });
  }
}
