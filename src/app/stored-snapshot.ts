import type { MetricContribution, ScoreSnapshot } from '../domain/index.js';

/** Evidence ids kept per metric in a stored snapshot; `explain` scores again for all of them. */
export const STORED_EVIDENCE = 5;

/** A metric as stored: fields that repeat another one left out (see {@link compactSnapshot}). */
type StoredMetric = Omit<MetricContribution, 'catalogue' | 'undecayed' | 'decay'> & { catalogue?: string; undecayed?: number | null; decay?: number };

const round4 = (v: number) => Math.round(v * 1e4) / 1e4;

/**
 * The JSON a snapshot is stored as. A run of 10,000 accounts writes 30,000 of them, so
 * what repeats is left out and restored by {@link expandSnapshot}: a metric's catalogue
 * name when it is its id, its undecayed value when nothing decayed, a decay of 1; figures
 * keep 4 decimals; evidence keeps the newest {@link STORED_EVIDENCE} ids (the engine
 * reproduces all of them on demand, being pure and point in time).
 */
export function compactSnapshot(snapshot: ScoreSnapshot): string {
  const components = snapshot.components.map((c) => ({
    ...c,
    metrics: c.metrics.map((m): StoredMetric => {
      const { catalogue, undecayed, decay, ...rest } = m;
      const stored: StoredMetric = { ...rest, ...(m.evidence.length > STORED_EVIDENCE ? { evidence: m.evidence.slice(-STORED_EVIDENCE) } : {}) };
      if (catalogue !== m.metric) stored.catalogue = catalogue;
      if (undecayed !== m.normalized) stored.undecayed = undecayed;
      if (decay !== 1) stored.decay = decay;
      return stored;
    }),
  }));
  return JSON.stringify({ ...snapshot, components }, (_key, value: unknown) => (typeof value === 'number' && !Number.isInteger(value) ? round4(value) : value));
}

/**
 * A stored snapshot back as the engine made it (figures to 4 decimals, evidence trimmed).
 * The parsed objects are completed in place: the account detail expands every scorecard's
 * snapshot on each request, and copying each metric with rest and spread was a fifth of
 * its server time (`npm run bench -- api`, detail).
 */
export function expandSnapshot(body: string): ScoreSnapshot {
  const stored = JSON.parse(body) as Omit<ScoreSnapshot, 'components'> & { components: Array<Omit<ScoreSnapshot['components'][number], 'metrics'> & { metrics: StoredMetric[] }> };
  for (const c of stored.components) {
    for (const m of c.metrics) {
      m.catalogue ??= m.metric;
      if (m.undecayed === undefined) m.undecayed = m.normalized;
      m.decay ??= 1;
    }
  }
  return stored as ScoreSnapshot;
}
