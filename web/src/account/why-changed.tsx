import { useId, useState, type FormEvent } from 'react';
import { api, problemText, type Schemas } from '../api/api.ts';
import type { AccountSectionProps } from './account-section.ts';
import { BandBadge } from '../ui/band-badge.tsx';
import { dateInputValue, endOfDay, formatDelta, formatValue, startOfDay } from './format.ts';

type Change = Schemas['ScorecardChange'];

/** Two dates → what moved the scorecard between them: the score, the bands, each component and metric. */
export function WhyChanged({ detail, scorecard }: AccountSectionProps) {
  const id = useId();
  const [from, setFrom] = useState(dateInputValue(-30));
  const [to, setTo] = useState(dateInputValue(0));
  const [result, setResult] = useState<{ change?: Change; error?: string; busy?: boolean }>({});

  async function submit(e: FormEvent) {
    e.preventDefault();
    setResult({ busy: true });
    const r = await api.GET('/api/v1/accounts/{externalId}/why-changed', {
      params: { path: { externalId: detail.account.externalId }, query: { from: startOfDay(from), to: endOfDay(to), scorecard: scorecard.scorecard } },
    });
    const change = r.data?.scorecards.find((s) => s.scorecard === scorecard.scorecard);
    setResult(change ? { change } : { error: problemText(r.error) });
  }

  return (
    <div>
      <form className="acct-inline-form" onSubmit={(e) => void submit(e)}>
        <label htmlFor={`${id}-from`}>
          From
          <input id={`${id}-from`} type="date" required value={from} max={to} onChange={(e) => setFrom(e.target.value)} />
        </label>
        <label htmlFor={`${id}-to`}>
          To
          <input id={`${id}-to`} type="date" required value={to} min={from} onChange={(e) => setTo(e.target.value)} />
        </label>
        <button type="submit" disabled={result.busy}>
          Compare
        </button>
      </form>
      <div aria-live="polite">
        {result.error && <p className="error">{result.error}</p>}
        {result.change && <ChangeView change={result.change} />}
      </div>
    </div>
  );
}

function ChangeView({ change }: { change: Change }) {
  const max = Math.max(1, ...change.components.map((c) => Math.abs(c.delta)));
  return (
    <div className="acct-change">
      <p>
        Score {formatDelta(change.scoreDelta)} points: <BandBadge band={change.bandBefore} /> → <BandBadge band={change.bandAfter} />
        {Math.abs(change.overrideDelta) >= 0.05 && <span className="muted"> ({formatDelta(change.overrideDelta)} of it from overrides)</span>}
      </p>
      <ul className="acct-deltas">
        {change.components.map((c) => (
          <li key={c.component}>
            <details>
              <summary>
                <span className="acct-delta-name">
                  <span className="acct-caret" aria-hidden="true" />
                  {c.component}
                </span>
                <span className="acct-diverging" aria-hidden="true">
                  <span className={c.delta < 0 ? 'neg' : 'pos'} style={{ width: `${(Math.abs(c.delta) / max) * 50}%` }} />
                </span>
                <span className="num">{formatDelta(c.delta)}</span>
              </summary>
              <table>
                <thead>
                  <tr>
                    <th scope="col">Metric</th>
                    <th scope="col">Before</th>
                    <th scope="col">After</th>
                    <th scope="col" className="num">Points</th>
                  </tr>
                </thead>
                <tbody>
                  {c.metrics.map((m) => (
                    <tr key={m.metric}>
                      <td>{m.metric}</td>
                      <td>{m.before ? formatValue(m.before.rawValue) : 'not scored'}</td>
                      <td>{m.after ? formatValue(m.after.rawValue) : 'not scored'}</td>
                      <td className="num">{formatDelta(m.delta)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </details>
          </li>
        ))}
      </ul>
    </div>
  );
}
