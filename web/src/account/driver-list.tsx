import { useState } from 'react';
import { Link } from 'react-router';
import { api, type Schemas } from '../api/api.ts';
import type { AccountSectionProps, ScorecardScore } from './account-section.ts';
import { formatScore, formatValue } from './format.ts';
import { kindOfEntity, recordRefFromHref, type RecordRef } from './record-ref.ts';
import { useApiData } from './use-api-data.ts';

type Driver = ScorecardScore['drivers'][number];
type Metric = ScorecardScore['components'][number]['metrics'][number];
interface EvidenceItem {
  readonly key: string;
  readonly label: string;
  readonly ref: RecordRef | undefined;
}

/**
 * What moves the score most, strongest first; each opens to the metric and the records behind
 * it. Evidence comes from explain (every record, uncapped) and falls back to the snapshot's.
 */
export function DriverList({ detail, scorecard, revision, openRecord }: AccountSectionProps) {
  const externalId = detail.account.externalId;
  const explain = useApiData(() => api.GET('/api/v1/accounts/{externalId}/explain', { params: { path: { externalId }, query: { scorecard: scorecard.scorecard } } }), [externalId, scorecard.scorecard, revision]);
  const evidence = explain.status === 'ready' ? explain.data.evidence : undefined;
  const drivers = [...scorecard.drivers].sort((a, b) => Math.abs(b.impact) - Math.abs(a.impact));
  const maxImpact = Math.max(1, ...drivers.map((d) => Math.abs(d.impact)));
  if (drivers.length === 0) return <p className="muted">Nothing moves this score much either way.</p>;
  return (
    <ul className="acct-drivers">
      {drivers.map((d) => (
        <DriverItem key={`${d.component}/${d.id}`} driver={d} maxImpact={maxImpact} metric={metricOf(scorecard, d)} items={evidenceOf(scorecard, d, externalId, evidence)} openRecord={openRecord} />
      ))}
    </ul>
  );
}

function DriverItem({ driver, metric, maxImpact, items, openRecord }: { driver: Driver; metric: Metric | undefined; maxImpact: number; items: readonly EvidenceItem[]; openRecord(ref: RecordRef): void }) {
  const [open, setOpen] = useState(false);
  const down = driver.direction === 'negative';
  const panelId = `driver-${driver.component}-${driver.id}`.replace(/[^a-zA-Z0-9_-]/g, '-');
  return (
    <li className={down ? 'acct-driver down' : 'acct-driver up'}>
      <button type="button" className="acct-driver-toggle" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen(!open)}>
        <span className="acct-driver-name">
          <span className="acct-caret" aria-hidden="true" />
          {driver.id} <span className="muted">({driver.component})</span>
        </span>
        <span className="acct-driver-effect">
          {down ? 'pulls down' : 'lifts'} {formatScore(Math.abs(driver.impact))} points
        </span>
        <span className="acct-impact" aria-hidden="true">
          <span style={{ width: `${(Math.abs(driver.impact) / maxImpact) * 100}%` }} />
        </span>
      </button>
      {open && (
        <div id={panelId} className="acct-driver-body">
          {metric && (
            <p className="muted">
              Value {formatValue(metric.rawValue)}
              {metric.window ? ` over ${metric.window}` : ''} → {formatScore(metric.normalized)}/100
              {metric.status !== 'ok' ? `, ${metric.status}` : ''}; {metric.samples} records.
            </p>
          )}
          {driver.kind === 'child' ? (
            <p>
              A child account: <Link to={`/accounts/${encodeURIComponent(driver.id)}`}>{driver.id}</Link>
            </p>
          ) : items.length === 0 ? (
            <p className="muted">No records behind this metric.</p>
          ) : (
            <ul className="acct-evidence" aria-label={`Evidence for ${driver.id}`}>
              {items.map((e) => (
                <li key={e.key}>{e.ref ? <button type="button" className="link" onClick={() => openRecord(e.ref!)}>{e.label}</button> : <span>{e.label}</span>}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </li>
  );
}

function metricOf(s: ScorecardScore, d: Driver): Metric | undefined {
  return s.components.find((c) => c.component === d.component)?.metrics.find((m) => m.metric === d.id);
}

const entityLabel = (entity: string, id: string) => `${entity.replace(/_/g, ' ')} ${id}`;

function evidenceOf(s: ScorecardScore, d: Driver, account: string, explained: readonly Schemas['EvidenceLink'][] | undefined): EvidenceItem[] {
  const used = explained?.filter((e) => e.usedBy.some((u) => u.scorecard === s.scorecard && u.component === d.component && u.metric === d.id));
  if (used && used.length > 0) {
    return used.map((e) => {
      const label = entityLabel(e.entity, e.id);
      return { key: `${e.entity}:${e.id}`, label, ref: e.kind ? recordRefFromHref(e.href, label) : undefined };
    });
  }
  return (metricOf(s, d)?.evidence ?? []).map((e) => {
    const kind = kindOfEntity(e.entity);
    const label = entityLabel(e.entity, e.id);
    return { key: `${e.entity}:${e.id}`, label, ref: kind ? { kind, id: e.id, account, asOf: s.asOf, label } : undefined };
  });
}
