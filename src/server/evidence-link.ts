import type { Evidence, ScoreSnapshot } from '../domain/index.js';
import type { RecordKind } from '../store/index.js';

/** The record kind of each evidence entity the metrics name (src/scoring/metrics/evidence-for.ts). */
const KIND_OF_ENTITY: Readonly<Record<string, RecordKind>> = {
  invoice: 'invoices',
  payment: 'payments',
  ticket: 'tickets',
  survey_response: 'survey_responses',
  usage_day: 'usage_days',
  feedback: 'feedback',
  activity: 'activities',
  contact: 'contacts',
  outcome: 'outcomes',
  metric_value: 'metric_values',
};

export interface EvidenceLink extends Evidence {
  /** The record kind, null for evidence that is no record (the account itself, a pulse). */
  readonly kind: RecordKind | null;
  /** Where to read it. */
  readonly href: string;
  /** Which metrics it stands behind. */
  readonly usedBy: Array<{ readonly scorecard: string; readonly component: string; readonly metric: string }>;
}

/**
 * The URL of one piece of evidence as of the moment scored. Records go through
 * /api/v1/records with the account, since some evidence ids (a usage day's date) are unique
 * only within it; a child account of a roll-up, or the account itself, is an account; a
 * pulse is in the account's pulses.
 */
function hrefOf(evidence: Evidence, kind: RecordKind | null, account: string, asOf: string): string {
  const id = encodeURIComponent(evidence.id);
  const query = `account=${encodeURIComponent(account)}&asOf=${encodeURIComponent(asOf)}`;
  if (kind) return `/api/v1/records/${kind}/${id}?${query}`;
  if (evidence.entity === 'pulse') return `/api/v1/accounts/${encodeURIComponent(account)}/pulses`;
  return `/api/v1/accounts/${id}?asOf=${encodeURIComponent(asOf)}`;
}

/** Every evidence record behind the snapshots, once each, in the order metrics name them, with a link to read it. */
export function evidenceLinks(snapshots: readonly ScoreSnapshot[], account: string, asOf: string): EvidenceLink[] {
  const links = new Map<string, EvidenceLink>();
  for (const s of snapshots) {
    for (const c of s.components) {
      for (const m of c.metrics) {
        for (const e of m.evidence) {
          const key = `${e.entity}\u0000${e.id}`;
          let link = links.get(key);
          if (!link) {
            const kind = KIND_OF_ENTITY[e.entity] ?? null;
            link = { entity: e.entity, id: e.id, kind, href: hrefOf(e, kind, account, asOf), usedBy: [] };
            links.set(key, link);
          }
          link.usedBy.push({ scorecard: s.scorecard, component: c.component, metric: m.metric });
        }
      }
    }
  }
  return [...links.values()];
}
