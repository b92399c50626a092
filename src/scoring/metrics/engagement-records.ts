import { attendeesOf, isHeldMeeting, type MessageSide, messageSide } from '../../communication/index.js';
import type { Activity, Participant } from '../../domain/index.js';
import type { Known } from '../account-signals.js';
import type { SignalIndex, Timed } from '../signal-index.js';
import { timedList, type TimedList } from '../timed-list.js';

/** An activity in which people of one side engaged with the other, and who they were. */
export interface EngagementRecord extends Timed<Known<Activity>> {
  readonly people: readonly Participant[];
}

/**
 * The emails one side wrote to the other (their sender) and the held meetings (that side's
 * attendees), oldest first: who of the customer, or of us, took part in the relationship.
 */
export function engagementRecords(signals: SignalIndex, side: MessageSide): TimedList<EngagementRecord> {
  return signals.memo(`engagement:${side}`, () => {
    const domains = signals.account.domains;
    const rows: EngagementRecord[] = [];
    for (const r of signals.activities().items) {
      const a = r.record;
      let people: readonly Participant[] = [];
      if (a.type === 'email' && messageSide(a, domains) === side) people = a.participants.filter((p) => p.role === 'from');
      else if (isHeldMeeting(a, domains)) people = attendeesOf(a, side, domains);
      if (people.length > 0) rows.push({ ...r, people });
    }
    return timedList(rows, (r) => r.ms, signals.asOfMs);
  });
}

/** Whether the account has any email or meeting by asOf: without one, engagement is missing data. */
export function hasEmailsOrMeetings(signals: SignalIndex): boolean {
  return signals.memo('emails-or-meetings:any', () => signals.activities().items.some((r) => r.record.type === 'email' || r.record.type === 'meeting'));
}
