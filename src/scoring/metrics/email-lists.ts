import { type MessageSide, messageSide } from '../../communication/index.js';
import type { Activity } from '../../domain/index.js';
import type { Known } from '../account-signals.js';
import type { SignalIndex, Timed } from '../signal-index.js';
import { timedList, type TimedList } from '../timed-list.js';

/** The account's emails written by one side by asOf, oldest first: the customer's (inbound) or ours (outbound). */
export function emailsFrom(signals: SignalIndex, side: MessageSide): TimedList<Timed<Known<Activity>>> {
  return signals.memo(`emails:${side}`, () => {
    const domains = signals.account.domains;
    const rows = signals.activities().items.filter((r) => r.record.type === 'email' && messageSide(r.record, domains) === side);
    return timedList(rows, (r) => r.ms, signals.asOfMs);
  });
}

/** Whether the account has any email by asOf: without one, email metrics are missing data, not zero. */
export function hasEmails(signals: SignalIndex): boolean {
  return signals.memo('emails:any', () => signals.activities().items.some((r) => r.record.type === 'email'));
}
