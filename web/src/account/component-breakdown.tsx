import { Suspense, useMemo, useState } from 'react';
import type { AccountSectionProps, ScorecardScore } from './account-section.ts';
import type { EChartOption } from './echart.tsx';
import { formatPercent, formatScore, formatValue } from './format.ts';
import { LazyEChart } from './lazy-echart.tsx';

/** Each component's score (0–100) as a bar, with its share of the score; a table of components and metrics on demand. */
export function ComponentBreakdown({ scorecard }: AccountSectionProps) {
  const [asTable, setAsTable] = useState(false);
  const option = useMemo(() => breakdownOption(scorecard), [scorecard]);
  const summary = scorecard.components.map((c) => `${c.component} ${c.score === null ? 'no data' : formatScore(c.score)}`).join(', ');
  return (
    <div className="acct-chart">
      {!asTable && (
        <figure role="img" aria-label={`Component scores of ${scorecard.scorecard}: ${summary}`}>
          <Suspense fallback={<div className="echart muted">Loading chart…</div>}>
            <LazyEChart option={option} height={Math.max(160, scorecard.components.length * 34 + 40)} />
          </Suspense>
        </figure>
      )}
      <button type="button" className="link" aria-expanded={asTable} onClick={() => setAsTable(!asTable)}>
        {asTable ? 'Show the chart' : 'Show as a table with metrics'}
      </button>
      {asTable && <BreakdownTable scorecard={scorecard} />}
    </div>
  );
}

function BreakdownTable({ scorecard }: { scorecard: ScorecardScore }) {
  return (
    <table className="acct-breakdown">
      <caption className="sr-only">Components and their metrics</caption>
      <thead>
        <tr>
          <th scope="col">Component / metric</th>
          <th scope="col" className="num">Score</th>
          <th scope="col" className="num">Share</th>
          <th scope="col" className="num">Points</th>
          <th scope="col">Value</th>
        </tr>
      </thead>
      <tbody>
        {scorecard.components.flatMap((c) => [
          <tr key={c.component} className="acct-component-row">
            <th scope="row">{c.component}</th>
            <td className="num">{c.score === null ? 'no data' : formatScore(c.score)}</td>
            <td className="num">{formatPercent(c.effectiveWeight)}</td>
            <td className="num">{formatScore(c.contribution)}</td>
            <td />
          </tr>,
          ...c.metrics.map((m) => (
            <tr key={`${c.component}/${m.metric}`}>
              <td className="acct-indent">
                {m.metric} {m.status !== 'ok' && <span className="muted">({m.status})</span>}
              </td>
              <td className="num">{formatScore(m.normalized)}</td>
              <td className="num">{formatPercent(m.effectiveWeight)}</td>
              <td className="num">{formatScore(m.contribution)}</td>
              <td>
                {formatValue(m.rawValue)}
                {m.window && <span className="muted"> ({m.window})</span>}
              </td>
            </tr>
          )),
        ])}
      </tbody>
    </table>
  );
}

const barColour = (score: number | null) => (score === null ? '#d0d7de' : score >= 70 ? '#2e7d32' : score >= 50 ? '#8a6d00' : score >= 30 ? '#b34700' : '#b71c1c');

function breakdownOption(s: ScorecardScore): EChartOption {
  const rows = [...s.components].reverse();
  return {
    grid: { left: 110, right: 70, top: 8, bottom: 24 },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: { type: 'value', min: 0, max: 100 },
    yAxis: { type: 'category', data: rows.map((c) => c.component) },
    series: [
      {
        type: 'bar',
        name: 'score',
        data: rows.map((c) => ({ value: c.score ?? 0, itemStyle: { color: barColour(c.score) } })),
        label: { show: true, position: 'right', formatter: (p: { dataIndex: number }) => labelOf(rows[p.dataIndex]) },
      },
    ],
  };
}

const labelOf = (c: ScorecardScore['components'][number] | undefined) => (!c ? '' : c.score === null ? 'no data' : `${formatScore(c.score)} · ${formatPercent(c.effectiveWeight)}`);
