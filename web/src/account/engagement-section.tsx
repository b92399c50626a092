import { Suspense, useMemo, useState } from 'react';
import { api, type Schemas } from '../api/api.ts';
import type { AccountSectionProps } from './account-section.ts';
import type { EChartOption } from './echart.tsx';
import { formatDate, formatPercent } from './format.ts';
import { LazyEChart } from './lazy-echart.tsx';
import { useApiData } from './use-api-data.ts';

type Engagement = Schemas['Engagement'];
type EngagedPerson = Schemas['EngagedPerson'];

const hours = (h: number | null) => (h === null ? '–' : `${h.toFixed(1)} business h`);
const share = (s: { value: number | null; samples: number }) => (s.value === null ? '–' : `${formatPercent(s.value)} of ${s.samples}`);

/** Emails each way and meetings over time, the last 90 days' response figures and the people engaged on both sides. */
export function EngagementSection({ detail, revision }: AccountSectionProps) {
  const externalId = detail.account.externalId;
  const engagement = useApiData(() => api.GET('/api/v1/accounts/{externalId}/engagement', { params: { path: { externalId }, query: { months: 12 } } }), [externalId, revision]);
  const [asTable, setAsTable] = useState(false);
  const data = engagement.status === 'ready' ? engagement.data : undefined;
  const option = useMemo(() => (data ? engagementOption(data) : undefined), [data]);

  if (engagement.status === 'loading') return <p className="muted">Loading engagement…</p>;
  if (engagement.status === 'failed') return <p className="error">{engagement.message}</p>;
  const e = engagement.data;
  const r = e.recent;
  const totals = e.series.reduce((t, p) => ({ in: t.in + p.emailsIn, out: t.out + p.emailsOut, held: t.held + p.meetingsHeld }), { in: 0, out: 0, held: 0 });
  const summary = `Over ${e.series.length} ${e.period === 'week' ? 'weeks' : 'months'}: ${totals.in} emails in, ${totals.out} emails out, ${totals.held} meetings held.`;
  return (
    <div className="acct-engagement">
      <div className="acct-chart">
        <figure role="img" aria-label={summary}>
          {option && !asTable && (
            <Suspense fallback={<div className="echart muted">Loading chart…</div>}>
              <LazyEChart option={option} height={240} />
            </Suspense>
          )}
          <figcaption className="muted">{summary}</figcaption>
        </figure>
        <button type="button" className="link" aria-expanded={asTable} onClick={() => setAsTable(!asTable)}>
          {asTable ? 'Show the chart' : 'Show as a table'}
        </button>
        {asTable && <SeriesTable engagement={e} />}
      </div>
      <h3>
        Last {r.days} days <span className="muted">({formatDate(r.from)} – {formatDate(r.to)})</span>
      </h3>
      <dl className="acct-facts acct-engagement-figures">
        <div>
          <dt>Customer response time (median)</dt>
          <dd>
            {hours(r.customerResponseTime.medianBusinessHours)} <span className="muted">({r.customerResponseTime.answered} answered)</span>
          </dd>
        </div>
        <div>
          <dt>Our response time (median)</dt>
          <dd>
            {hours(r.ourResponseTime.medianBusinessHours)} <span className="muted">({r.ourResponseTime.answered} answered)</span>
          </dd>
        </div>
        <div>
          <dt>Customer response rate</dt>
          <dd>{share(r.customerResponseRate)}</dd>
        </div>
        <div>
          <dt>Days since two-way contact</dt>
          <dd>{e.daysSinceTwoWayContact ?? '–'}</dd>
        </div>
        <div>
          <dt>Unanswered threads</dt>
          <dd>{share(r.unansweredThreadShare)}</dd>
        </div>
        <div>
          <dt>Emails in / out</dt>
          <dd>
            {r.emailsIn} / {r.emailsOut}
          </dd>
        </div>
        <div>
          <dt>Meetings held / cancelled</dt>
          <dd>
            {r.meetingsHeld} / {r.meetingsCancelled}
          </dd>
        </div>
      </dl>
      <p className="muted">Business hours: Monday–Friday 09:00–17:00, {e.timeZone}.</p>
      <PeopleTable title="People engaged at the customer" people={r.people.customer} />
      <PeopleTable title="Our people engaged" people={r.people.internal} />
    </div>
  );
}

function PeopleTable({ title, people }: { title: string; people: readonly EngagedPerson[] }) {
  return (
    <>
      <h3>{title}</h3>
      {people.length === 0 ? (
        <p className="muted">Nobody in the last 90 days.</p>
      ) : (
        <table>
          <caption className="sr-only">{title}, newest contact first</caption>
          <thead>
            <tr>
              <th scope="col">Person</th>
              <th scope="col" className="num">Sent</th>
              <th scope="col" className="num">Received</th>
              <th scope="col" className="num">Meetings</th>
              <th scope="col">Last contact</th>
            </tr>
          </thead>
          <tbody>
            {people.map((p) => (
              <tr key={p.email}>
                <th scope="row">
                  {p.name ?? p.email}
                  {p.name && <span className="muted"> {p.email}</span>}
                </th>
                <td className="num">{p.emailsSent}</td>
                <td className="num">{p.emailsReceived}</td>
                <td className="num">{p.meetingsAttended}</td>
                <td>{formatDate(p.lastContactAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

function SeriesTable({ engagement }: { engagement: Engagement }) {
  return (
    <table>
      <caption className="sr-only">Emails and meetings per {engagement.period}</caption>
      <thead>
        <tr>
          <th scope="col">{engagement.period === 'week' ? 'Week of' : 'Month of'}</th>
          <th scope="col" className="num">Emails in</th>
          <th scope="col" className="num">Emails out</th>
          <th scope="col" className="num">Meetings held</th>
          <th scope="col" className="num">Meetings cancelled</th>
        </tr>
      </thead>
      <tbody>
        {engagement.series.map((p) => (
          <tr key={p.start}>
            <td>{formatDate(p.start)}</td>
            <td className="num">{p.emailsIn}</td>
            <td className="num">{p.emailsOut}</td>
            <td className="num">{p.meetingsHeld}</td>
            <td className="num">{p.meetingsCancelled}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function periodLabel(start: string, period: Engagement['period']): string {
  const d = new Date(start);
  return period === 'week' ? d.toLocaleDateString(undefined, { month: 'short', day: 'numeric', timeZone: 'UTC' }) : d.toLocaleDateString(undefined, { month: 'short', year: '2-digit', timeZone: 'UTC' });
}

function engagementOption(e: Engagement): EChartOption {
  return {
    grid: { left: 36, right: 16, top: 32, bottom: 28 },
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    xAxis: { type: 'category', data: e.series.map((p) => periodLabel(p.start, e.period)) },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      { type: 'bar', name: 'Emails in', data: e.series.map((p) => p.emailsIn), itemStyle: { color: '#0b5cad' } },
      { type: 'bar', name: 'Emails out', data: e.series.map((p) => p.emailsOut), itemStyle: { color: '#7fb3e6' } },
      { type: 'line', name: 'Meetings held', data: e.series.map((p) => p.meetingsHeld), itemStyle: { color: '#2e7d32' }, lineStyle: { width: 2, color: '#2e7d32' } },
    ],
  };
}
