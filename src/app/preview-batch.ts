import { scoreAccount, type AccountScore, type AccountSignals, type CompiledModel, type Population } from '../scoring/index.js';

/** A model with the population its percentile metrics rank in (undefined when it has none). */
export interface RankedModel {
  readonly model: CompiledModel;
  readonly population: Population | undefined;
}

/** One scorecard's score and band: all a preview compares. */
export interface CardScore {
  readonly scorecard: string;
  readonly score: number | null;
  readonly band: string | null;
}

/** One account scored under the active model (before) and a candidate (after), from the same signals. */
export interface ComparedAccount {
  readonly accountId: number;
  readonly externalId: string;
  readonly name: string;
  readonly before: readonly CardScore[];
  readonly after: readonly CardScore[];
}

export function scoreWith(signals: AccountSignals, ranked: RankedModel, asOf: string): AccountScore {
  return scoreAccount(signals, ranked.model, asOf, ranked.population ? { population: ranked.population } : {});
}

export function compared(signals: AccountSignals, before: AccountScore, after: AccountScore): ComparedAccount {
  const cards = (s: AccountScore) => s.scorecards.map((c) => ({ scorecard: c.scorecard, score: c.score, band: c.band }));
  return { accountId: signals.account.id, externalId: signals.account.externalId, name: signals.account.name, before: cards(before), after: cards(after) };
}

/** Scores accounts with no parent and no children under both models: what a preview batch returns (nothing to store). */
export function previewSingles(signals: Iterable<AccountSignals>, before: RankedModel, after: RankedModel, asOf: string): ComparedAccount[] {
  const out: ComparedAccount[] = [];
  for (const s of signals) out.push(compared(s, scoreWith(s, before, asOf), scoreWith(s, after, asOf)));
  return out;
}
