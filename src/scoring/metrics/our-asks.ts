import type { MessageResponse } from '../../communication/index.js';
import type { Activity } from '../../domain/index.js';
import type { Known } from '../account-signals.js';
import type { SignalIndex } from '../signal-index.js';
import { DAY_MS } from '../time-ms.js';
import { timedList, type TimedList } from '../timed-list.js';

/**
 * How old our email must be before "no answer yet" counts as unanswered: B2B customers often
 * take a day or two, so judging Monday's mail on Tuesday would call healthy accounts silent.
 */
export const ANSWER_GRACE_MS = 3 * DAY_MS;

/**
 * Our emails that ask the customer for something, by send time: every email of ours that does
 * not itself answer a customer email (a first mail, a nudge, a new topic in an old thread).
 * Our answers to their mail ("Done, thanks!") expect nothing back, and counting them would make
 * every well-served customer look unresponsive.
 */
export function ourAsks(signals: SignalIndex): TimedList<MessageResponse<Known<Activity>>> {
  return signals.memo('emails:our-asks', () => {
    const asks = signals.conversation().responses.filter((r) => r.message.side === 'internal' && r.answers === undefined);
    return timedList(asks, (r) => r.message.atMs, signals.asOfMs);
  });
}
