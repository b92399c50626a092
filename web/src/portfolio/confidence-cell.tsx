/** Below this the score rests on too little, too old or too few data to act on alone. */
export const LOW_CONFIDENCE = 0.5;

/** Confidence (0–1) as a percentage, marked when low so it is not read by colour alone. */
export function ConfidenceCell({ value }: { value: number | null }) {
  if (value === null) return <span className="muted">–</span>;
  const pct = `${Math.round(value * 100)}%`;
  if (value >= LOW_CONFIDENCE) return <span>{pct}</span>;
  return (
    <span className="low-confidence" title="Low confidence: data are missing, stale or few">
      {pct} <span aria-hidden="true">▲</span>
      <span className="sr-only"> (low confidence)</span>
    </span>
  );
}
