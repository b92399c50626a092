import { formatNumber, formatPercent } from './describe-value.ts';
import type { ModelDefinition } from './model-definition.ts';
import { normalizerSummary } from './normalizer-summary.ts';

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

/** The model's scorecards as tables: each component's share, its metrics with window, direction, normalizer and weight. */
export function ModelTable({ definition }: { definition: ModelDefinition }) {
  return (
    <>
      <p>
        Bands:{' '}
        {[...definition.bands]
          .sort((a, b) => b.min - a.min)
          .map((b) => `${b.name} ${formatNumber(b.min)}–${formatNumber(b.max)}`)
          .join(' · ')}
        . Stale after {formatNumber(definition.decay.staleAfterDays)} days, half-life {formatNumber(definition.decay.halfLifeDays)} days. Segments:{' '}
        {definition.segments.length ? definition.segments.map((s) => s.name).join(', ') : 'none'}.
      </p>
      {Object.entries(definition.scorecards).map(([key, sc]) => {
        const components = Object.entries(sc.components);
        const total = sum(components.map(([, c]) => c.weight));
        return (
          <div key={key} className="table-scroll">
            <table className="model-table">
              <caption>
                {sc.label ?? key} <span className="muted">({key}{sc.invert ? ', a risk score' : ''}{sc.bands ? `; bands ${sc.bands.map((b) => b.name).join(', ')}` : ''})</span>
              </caption>
              <thead>
                <tr>
                  <th scope="col">Component</th>
                  <th scope="col" className="num">Share</th>
                  <th scope="col">Metric</th>
                  <th scope="col">Window</th>
                  <th scope="col">Better</th>
                  <th scope="col">Thresholds</th>
                  <th scope="col" className="num">Weight in component</th>
                </tr>
              </thead>
              <tbody>
                {components.flatMap(([ck, c]) => {
                  const mTotal = sum(c.metrics.map((m) => m.weight));
                  return c.metrics.map((m, i) => (
                    <tr key={`${ck}-${i}`} className={i === 0 ? 'first-of-component' : undefined}>
                      {i === 0 && (
                        <>
                          <th scope="rowgroup" rowSpan={c.metrics.length}>
                            {c.label ?? ck}
                          </th>
                          <td className="num" rowSpan={c.metrics.length}>
                            {formatPercent(c.weight, total)}
                          </td>
                        </>
                      )}
                      <td>
                        <code>{m.series ? `${m.metric}:${m.series}` : m.metric}</code>
                        {m.aggregation ? <span className="muted"> ({m.aggregation})</span> : null}
                      </td>
                      <td>{m.window ?? '—'}</td>
                      <td>{m.direction === 'higher-is-better' ? 'higher' : 'lower'}</td>
                      <td>{normalizerSummary(m.normalizer)}</td>
                      <td className="num">{formatPercent(m.weight, mTotal)}</td>
                    </tr>
                  ));
                })}
              </tbody>
            </table>
          </div>
        );
      })}
    </>
  );
}
