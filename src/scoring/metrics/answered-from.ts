import type { MessageResponse, MessageSide } from '../../communication/index.js';
import type { Activity } from '../../domain/index.js';
import type { Known } from '../account-signals.js';
import type { SignalIndex } from '../signal-index.js';
import { timedList, type TimedList } from '../timed-list.js';

/** The emails of one side that the other side answered by asOf, by send time. */
export function answeredFrom(signals: SignalIndex, side: MessageSide): TimedList<MessageResponse<Known<Activity>>> {
  return signals.memo(`emails:answered:${side}`, () => {
    const answered = signals.conversation().responses.filter((r) => r.message.side === side && r.answer !== undefined);
    return timedList(answered, (r) => r.message.atMs, signals.asOfMs);
  });
}
