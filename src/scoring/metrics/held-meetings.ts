import { isHeldMeeting } from '../../communication/index.js';
import type { Activity } from '../../domain/index.js';
import type { Known } from '../account-signals.js';
import type { SignalIndex, Timed } from '../signal-index.js';
import { timedList, type TimedList } from '../timed-list.js';

/** The account's meetings held by asOf (see `isHeldMeeting` in src/communication), by start time. */
export function heldMeetings(signals: SignalIndex): TimedList<Timed<Known<Activity>>> {
  return signals.memo('meetings:held', () => {
    const domains = signals.account.domains;
    return timedList(
      signals.activities().items.filter((r) => isHeldMeeting(r.record, domains)),
      (r) => r.ms,
      signals.asOfMs,
    );
  });
}
