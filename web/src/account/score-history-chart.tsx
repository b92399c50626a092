import { Suspense, useMemo, useState } from 'react';
import { api, type Schemas } from '../api/api.ts';
import type { AccountSectionProps } from './account-section.ts';
import type { EChartOption } from './echart.tsx';
import { formatDate, formatDateTime, formatScore } from './format.ts';
import { EVENT_COLOURS, eventText } from './event-text.ts';
import { LazyEChart } from './lazy-echart.tsx';
import { useApiData } from './use-api-data.ts';

/** The scorecard's stored scores over time as a line, with overrides, pulses and outcomes marked. */
export function ScoreHistoryChart({ detail, scorecard, revision }: AccountSectionProps) {
  const externalId = detail.account.externalId;
  const history = useApiData(() => api.GET('/api/v1/accounts/{externalId}/history', { params: { path: { externalId }, query: { scorecard: scorecard.scorecard } } }), [externalId, scorecard.scorecard, revision]);
  const [asTable, setAsTable] = useState(false);
  const data = history.status === 'ready' ? history.data : undefined;
  const option = useMemo(() => (data ? historyOption(data) : undefined), [data]);

  if (history.status === 'loading') return <p className="muted">Loading history…</p>;
  if (history.status === 'failed') return <p className="error">{history.message}</p>;
  const h = history.data;
  const first = h.points[0];
  const last = h.points.at(-1);
  const summary =
    first && last
      ? `${scorecard.scorecard} score from ${formatScore(first.score)} on ${formatDate(first.asOf)} to ${formatScore(last.score)} on ${formatDate(last.asOf)}, ${h.points.length} snapshots, ${h.events.length} events marked.`
      : `No stored scores of ${scorecard.scorecard} yet.`;
  return (
    <div className="acct-chart">
      <figure role="img" aria-label={summary}>
        {option && !asTable && (
          <Suspense fallback={<div className="echart muted">Loading chart…</div>}>
            <LazyEChart option={option} height={260} />
          </Suspense>
        )}
        <figcaption className="muted">
          {summary}{' '}
          <span className="acct-legend">
            {(Object.keys(EVENT_COLOURS) as Array<keyof typeof EVENT_COLOURS>).map((k) => (
              <span key={k}>
                <i style={{ borderColor: EVENT_COLOURS[k] }} /> {k}
              </span>
            ))}
          </span>
        </figcaption>
      </figure>
      <button type="button" className="link" aria-expanded={asTable} onClick={() => setAsTable(!asTable)}>
        {asTable ? 'Show the chart' : 'Show as a table'}
      </button>
      {asTable && <HistoryTable history={h} />}
    </div>
  );
}

function HistoryTable({ history }: { history: Schemas['AccountHistory'] }) {
  const rows = [
    ...history.points.map((p) => ({ at: p.asOf, what: `Score ${formatScore(p.score)} (${p.band ?? 'no band'}), confidence ${Math.round(p.confidence * 100)} %` })),
    ...history.events.map((e) => ({ at: e.at, what: eventText(e) })),
  ].sort((a, b) => b.at.localeCompare(a.at));
  return (
    <table>
      <caption className="sr-only">Scores and events, newest first</caption>
      <thead>
        <tr>
          <th scope="col">When</th>
          <th scope="col">What</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r, i) => (
          <tr key={i}>
            <td>{formatDateTime(r.at)}</td>
            <td>{r.what}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function historyOption(h: Schemas['AccountHistory']): EChartOption {
  // The axis spans the events too: an outcome before the first stored score is still marked.
  const times = [...h.points.map((p) => p.asOf), ...h.events.map((e) => e.at)].map((t) => Date.parse(t));
  const pad = 3 * 86_400_000;
  return {
    grid: { left: 40, right: 16, top: 24, bottom: 28 },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'time', ...(times.length > 0 ? { min: Math.min(...times) - pad, max: Math.max(...times) + pad } : {}) },
    yAxis: { type: 'value', min: 0, max: 100 },
    series: [
      {
        type: 'line',
        name: h.scorecard,
        showSymbol: true,
        data: h.points.map((p) => [p.asOf, p.score]),
        lineStyle: { width: 2, color: '#0b5cad' },
        itemStyle: { color: '#0b5cad' },
        markLine: {
          symbol: 'none',
          label: { show: false },
          emphasis: { label: { show: true, formatter: '{b}', position: 'insideEndTop' } },
          data: h.events.map((e) => ({ name: eventText(e), xAxis: e.at, lineStyle: { color: EVENT_COLOURS[e.kind], type: e.kind === 'outcome' ? 'solid' : 'dashed' } })),
        },
      },
    ],
  };
}
