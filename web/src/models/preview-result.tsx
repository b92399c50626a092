import { useState } from 'react';
import { Link } from 'react-router';
import type { Schemas } from '../api/api.ts';
import { BandBadge } from '../ui/band-badge.tsx';
import type { ModelDefinition } from './model-definition.ts';
import { TransitionMatrix } from './transition-matrix.tsx';

type Preview = Schemas['ModelPreview'];

const signed = (n: number | null) => (n === null ? '—' : `${n > 0 ? '+' : ''}${n.toFixed(1)}`);

function bandOrder(definition: ModelDefinition, scorecard: string): string[] {
  const bands = definition.scorecards[scorecard]?.bands ?? definition.bands;
  return [...bands].sort((a, b) => b.min - a.min).map((b) => b.name);
}

/** What a candidate model would change: per scorecard the band transitions, then the accounts that move. */
export function PreviewResult({ preview, active }: { preview: Preview; active: ModelDefinition }) {
  const [scorecard, setScorecard] = useState('');
  const [bandOnly, setBandOnly] = useState(true);
  const changes = preview.changes.filter((c) => (!scorecard || c.scorecard === scorecard) && (!bandOnly || c.before.band !== c.after.band));
  return (
    <section className="card preview-result" aria-labelledby="preview-heading">
      <h2 id="preview-heading" tabIndex={-1}>
        Preview: what would change
      </h2>
      <p>
        Model “{preview.candidateName}” (<code>{preview.candidateVersion}</code>) against the active “{preview.activeName}” (<code>{preview.activeVersion}</code>), as of{' '}
        {new Date(preview.asOf).toLocaleString()}, {preview.accounts} accounts. Nothing is stored until you activate.
      </p>
      <div className="matrices">
        {preview.scorecards.map((s) => {
          const title = active.scorecards[s.scorecard]?.label ?? s.scorecard;
          const status = !s.inActive ? ' (added)' : !s.inCandidate ? ' (removed)' : '';
          return (
            <div key={s.scorecard} className="matrix-card">
              <h3>
                {title}
                {status}
              </h3>
              <p>
                {s.changedBand === 0 ? 'No account changes band' : s.changedBand === 1 ? '1 account changes band' : `${s.changedBand} accounts change band`}
                {s.meanDelta === null ? '.' : `; score change mean ${signed(s.meanDelta)}, median ${signed(s.medianDelta)}, up to ${signed(s.maxUp)} and ${signed(s.maxDown)}.`}
              </p>
              <TransitionMatrix caption={`${title}: accounts by band under the active model (rows) and the changed one (columns)`} transitions={s.transitions} order={bandOrder(active, s.scorecard)} />
            </div>
          );
        })}
      </div>
      <h3 id="moves-heading">Accounts that move</h3>
      <div className="filters">
        <label>
          Scorecard
          <select value={scorecard} onChange={(e) => setScorecard(e.target.value)}>
            <option value="">All scorecards</option>
            {preview.scorecards.map((s) => (
              <option key={s.scorecard} value={s.scorecard}>
                {active.scorecards[s.scorecard]?.label ?? s.scorecard}
              </option>
            ))}
          </select>
        </label>
        <label className="inline">
          <input type="checkbox" checked={bandOnly} onChange={(e) => setBandOnly(e.target.checked)} /> Only band changes
        </label>
      </div>
      <p className="muted">
        Showing {changes.length} of the {preview.changes.length} largest changes listed ({preview.totalChanges} in all), band changes first.
      </p>
      {changes.length === 0 ? (
        <p>No account in this list changes {bandOnly ? 'band' : 'score'}.</p>
      ) : (
        <div className="table-scroll">
          <table aria-labelledby="moves-heading">
            <thead>
              <tr>
                <th scope="col">Account</th>
                <th scope="col">Scorecard</th>
                <th scope="col">Now</th>
                <th scope="col">With the change</th>
                <th scope="col" className="num">Score change</th>
              </tr>
            </thead>
            <tbody>
              {changes.map((c) => (
                <tr key={`${c.externalId}-${c.scorecard}`}>
                  <td>
                    <Link to={`/accounts/${encodeURIComponent(c.externalId)}`}>{c.name}</Link> <span className="muted">{c.externalId}</span>
                  </td>
                  <td>{active.scorecards[c.scorecard]?.label ?? c.scorecard}</td>
                  <td>
                    <BandBadge band={c.before.band} /> {c.before.score?.toFixed(1) ?? ''}
                  </td>
                  <td>
                    <BandBadge band={c.after.band} /> {c.after.score?.toFixed(1) ?? ''}
                  </td>
                  <td className="num">{signed(c.delta)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
