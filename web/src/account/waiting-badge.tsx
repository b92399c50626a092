import { elapsedText, waitingOnLabel } from './conversation-text.ts';

/** "Waiting on us · 3 days": who owes an answer, and for how long. */
export function WaitingBadge({ side, since, asOf }: { side: 'customer' | 'internal'; since: string; asOf: string }) {
  return (
    <span className={`conv-badge conv-waiting-${side}`}>
      {waitingOnLabel(side)}
      {asOf && <> · {elapsedText(since, asOf)}</>}
    </span>
  );
}
