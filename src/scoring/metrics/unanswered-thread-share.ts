import type { MessageResponse } from '../../communication/index.js';
import type { Activity } from '../../domain/index.js';
import type { Known } from '../account-signals.js';
import type { MetricDefinition } from '../metric-definition.js';
import { NO_READING } from '../metric-definition.js';
import { nextWindowEdge } from '../next-window-edge.js';
import type { SignalIndex } from '../signal-index.js';
import { itemsBetween, timedList, type TimedList } from '../timed-list.js';
import { evidenceFor } from './evidence-for.js';
import { ANSWER_GRACE_MS } from './our-asks.js';
import { windowSpan } from './window-span.js';

interface ThreadEnd {
  /** When the thread's first message was sent. */
  readonly startMs: number;
  /** Its last message from either side by asOf (mail among our own people skipped). */
  readonly last: MessageResponse<Known<Activity>>;
  /** The last message is ours, asks something (it answers nothing of theirs) and got no answer. */
  readonly waiting: boolean;
}

function threadEnds(signals: SignalIndex): TimedList<ThreadEnd> {
  return signals.memo('threads:ends', () => {
    const ends: ThreadEnd[] = [];
    for (const t of signals.conversation().threads) {
      const last = t.responses.findLast((r) => r.message.side !== undefined);
      const first = t.messages[0];
      if (!last || !first) continue;
      ends.push({ startMs: first.atMs, last, waiting: last.message.side === 'internal' && !last.answers && !last.answer });
    }
    return timedList(ends, (e) => e.startMs, signals.asOfMs);
  });
}

export const unansweredThreadShare: MetricDefinition = {
  name: 'unanswered-thread-share',
  description:
    'The share of email threads started in the window that end with an email of ours asking something that the customer never answered; threads whose last such email is under 3 days old are left out until then. No threads in the window is missing data.',
  signal: 'activities',
  unit: 'share 0..1',
  windows: ['span'],
  defaultWindow: '90d',
  aggregations: ['share'],
  valueType: 'number',
  minSamples: 3,
  compute(signals, window, asOfMs) {
    const [from, to] = windowSpan(window, asOfMs);
    const counted = itemsBetween(threadEnds(signals), from, to).filter((e) => !e.waiting || e.last.message.atMs <= asOfMs - ANSWER_GRACE_MS);
    if (counted.length === 0) return NO_READING;
    const unanswered = counted.filter((e) => e.waiting);
    let newest = counted[0] as ThreadEnd;
    for (const e of counted) if (e.last.message.atMs > newest.last.message.atMs) newest = e;
    return { value: unanswered.length / counted.length, observedAt: newest.last.message.record.occurredAt, samples: counted.length, evidence: unanswered.map((e) => evidenceFor.message(e.last.message)) };
  },
  nextChange(signals, window, asOfMs) {
    const [from, to] = windowSpan(window, asOfMs);
    const ends = threadEnds(signals);
    let at = Math.min(signals.upcoming('activities'), nextWindowEdge(ends.times, window, asOfMs));
    // A waiting thread starts counting once its last email is past the grace period.
    for (const e of itemsBetween(ends, from, to)) {
      const counts = e.last.message.atMs + ANSWER_GRACE_MS;
      if (e.waiting && counts > asOfMs && counts < at) at = counts;
    }
    return { at };
  },
};
