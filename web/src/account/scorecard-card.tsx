import { BandBadge } from '../ui/band-badge.tsx';
import type { ScorecardScore } from './account-section.ts';
import { formatDelta, formatPercent, formatScore } from './format.ts';

/** One scorecard's score, band, confidence with its reasons, and trend; pressing it picks the scorecard the sections below show. */
export function ScorecardCard({ score, selected, onSelect }: { score: ScorecardScore; selected: boolean; onSelect(): void }) {
  const c = score.confidence;
  return (
    <article className={selected ? 'acct-scorecard selected' : 'acct-scorecard'} aria-labelledby={`sc-${score.scorecard}`}>
      <h3 id={`sc-${score.scorecard}`}>
        <button type="button" className="link" aria-pressed={selected} onClick={onSelect}>
          {score.scorecard}
        </button>
      </h3>
      <p className="acct-score">
        <span className="acct-score-value" data-testid={`score-${score.scorecard}`}>
          {formatScore(score.score)}
        </span>{' '}
        <BandBadge band={score.band} />
      </p>
      {score.override?.applied && (
        <p className="acct-overridden">
          Overridden ({score.override.mode === 'absolute' ? `set ${score.override.value}` : formatDelta(score.override.value)}); computed {formatScore(score.rawScore)}
        </p>
      )}
      <p className="muted">
        Trend: 7 d {formatDelta(score.trend.d7)} · 30 d {formatDelta(score.trend.d30)} · 90 d {formatDelta(score.trend.d90)}
      </p>
      <details>
        <summary>
          Confidence {formatPercent(c.value)}
          {c.low !== null && c.high !== null && (
            <span className="muted">
              {' '}
              (could be {formatScore(c.low)}–{formatScore(c.high)})
            </span>
          )}
        </summary>
        {c.reasons.length === 0 ? (
          <p className="muted">Complete, fresh and plenty of data.</p>
        ) : (
          <ul>
            {c.reasons.map((r, i) => (
              <li key={i}>{r.message}</li>
            ))}
          </ul>
        )}
      </details>
    </article>
  );
}
