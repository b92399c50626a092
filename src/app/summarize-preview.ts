import type { CompiledModel } from '../scoring/index.js';
import type { CardScore, ComparedAccount } from './preview-batch.js';

export interface PreviewScore {
  readonly score: number | null;
  readonly band: string | null;
}

/** How many accounts go from one band to another; null is "no score" (or a scorecard the model lacks). */
export interface BandTransition {
  readonly from: string | null;
  readonly to: string | null;
  readonly accounts: number;
}

/**
 * One scorecard of either model. For a scorecard in both, the deltas are candidate minus
 * active over accounts with a score under both (null when there are none); `maxUp` is the
 * largest rise (0 when none rose), `maxDown` the largest fall as a negative number (0 when
 * none fell). A scorecard only in one model (added or removed) has only transitions, from or
 * to null.
 */
export interface ScorecardPreview {
  readonly scorecard: string;
  readonly inActive: boolean;
  readonly inCandidate: boolean;
  /** Accounts whose band differs (a score appearing or going counts). */
  readonly changedBand: number;
  readonly meanDelta: number | null;
  readonly medianDelta: number | null;
  readonly maxUp: number | null;
  readonly maxDown: number | null;
  /** Every (from, to) pair with at least one account, unchanged ones included, in band order. */
  readonly transitions: readonly BandTransition[];
}

/** One account's scorecard that would score or band differently under the candidate. */
export interface ScoreChange {
  readonly accountId: number;
  readonly externalId: string;
  readonly name: string;
  readonly scorecard: string;
  readonly before: PreviewScore;
  readonly after: PreviewScore;
  /** after.score - before.score; null when either has no score. */
  readonly delta: number | null;
}

export interface PreviewSummary {
  readonly scorecards: readonly ScorecardPreview[];
  /** Band changes first, then by |delta|, largest first; at most `limit`. */
  readonly changes: readonly ScoreChange[];
  /** All changes, before the limit. */
  readonly totalChanges: number;
}

const round = (x: number, decimals: number) => Math.round(x * 10 ** decimals) / 10 ** decimals;

/** Band names of a scorecard in model order, segments' included. */
function bandOrder(model: CompiledModel, scorecard: string): string[] {
  const cards = [model.scorecards, ...model.segments.map((s) => s.scorecards)].flat().filter((c) => c.name === scorecard);
  return [...new Set(cards.flatMap((c) => c.bands.map((b) => b.name)))];
}

function median(sorted: readonly number[]): number {
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function transitionsOf(counts: Map<string, BandTransition>, order: readonly string[]): BandTransition[] {
  const rank = (band: string | null) => (band === null ? order.length + 1 : order.includes(band) ? order.indexOf(band) : order.length);
  return [...counts.values()].sort((a, b) => rank(a.from) - rank(b.from) || rank(a.to) - rank(b.to) || String(a.from).localeCompare(String(b.from)) || String(a.to).localeCompare(String(b.to)));
}

/**
 * Compares each account's scores under the active model and a candidate: per scorecard,
 * band transitions and score deltas; and the account scorecards that change. Pure.
 */
export function summarizePreview(accounts: Iterable<ComparedAccount>, active: CompiledModel, candidate: CompiledModel, limit: number): PreviewSummary {
  const activeCards = active.scorecards.map((c) => c.name);
  const candidateCards = candidate.scorecards.map((c) => c.name);
  const names = [...candidateCards, ...activeCards.filter((c) => !candidateCards.includes(c))];
  const stats = new Map(names.map((name) => [name, { transitions: new Map<string, BandTransition>(), deltas: [] as number[], changedBand: 0 }]));
  const changes: Array<ScoreChange & { bandChanged: boolean }> = [];
  const none: PreviewScore = { score: null, band: null };
  for (const account of accounts) {
    const before = new Map<string, CardScore>(account.before.map((c) => [c.scorecard, c]));
    const after = new Map<string, CardScore>(account.after.map((c) => [c.scorecard, c]));
    for (const name of names) {
      const s = stats.get(name)!;
      const b = before.get(name) ?? none;
      const a = after.get(name) ?? none;
      const key = `${b.band}\u0000${a.band}`;
      const t = s.transitions.get(key);
      s.transitions.set(key, { from: b.band, to: a.band, accounts: (t?.accounts ?? 0) + 1 });
      if (!activeCards.includes(name) || !candidateCards.includes(name)) continue;
      const delta = a.score !== null && b.score !== null ? round(a.score - b.score, 1) : null;
      if (delta !== null) s.deltas.push(delta);
      const bandChanged = a.band !== b.band;
      if (bandChanged) s.changedBand++;
      if (bandChanged || a.score !== b.score) {
        changes.push({ accountId: account.accountId, externalId: account.externalId, name: account.name, scorecard: name, before: { score: b.score, band: b.band }, after: { score: a.score, band: a.band }, delta, bandChanged });
      }
    }
  }
  const scorecards = names.map((name): ScorecardPreview => {
    const s = stats.get(name)!;
    const inActive = activeCards.includes(name);
    const inCandidate = candidateCards.includes(name);
    const order = [...new Set([...bandOrder(candidate, name), ...bandOrder(active, name)])];
    const deltas = [...s.deltas].sort((x, y) => x - y);
    const measured = deltas.length > 0;
    return {
      scorecard: name,
      inActive,
      inCandidate,
      changedBand: s.changedBand,
      meanDelta: measured ? round(deltas.reduce((x, y) => x + y, 0) / deltas.length, 2) : null,
      medianDelta: measured ? round(median(deltas), 2) : null,
      maxUp: measured ? Math.max(0, deltas[deltas.length - 1]!) : null,
      maxDown: measured ? Math.min(0, deltas[0]!) : null,
      transitions: transitionsOf(s.transitions, order),
    };
  });
  const cardRank = (name: string) => names.indexOf(name);
  changes.sort(
    (x, y) =>
      Number(y.bandChanged) - Number(x.bandChanged) ||
      Math.abs(y.delta ?? Infinity) - Math.abs(x.delta ?? Infinity) ||
      x.externalId.localeCompare(y.externalId) ||
      cardRank(x.scorecard) - cardRank(y.scorecard),
  );
  return { scorecards, changes: changes.slice(0, limit).map(({ bandChanged: _, ...change }) => change), totalChanges: changes.length };
}
