import type { AccountSignals } from '../account-signals.js';
import type { CompiledModel } from '../model/compiled-model.js';
import { SignalIndex } from '../signal-index.js';
import { isoOf, timeMs } from '../time-ms.js';
import type { AccountScore } from './account-score.js';
import type { Population } from './population.js';
import { rollUp } from './roll-up.js';
import { scoreScorecard, type ScoringRun } from './score-scorecard.js';
import { segmentOf } from './segment-of.js';

export interface ScoreContext {
  /** Populations for percentile normalizers, from `buildPopulation`; without one they count as missing. */
  readonly population?: Population;
}

/**
 * Scores one account on every scorecard of a model as of `asOf`. Pure and deterministic:
 * the same signals, model and asOf give deep-equal results; nothing reads the clock or a store.
 * Signals known or dated after asOf are ignored. Children in `signals.children` roll up.
 * @example
 * const result = scoreAccount(signals, model, '2025-06-30T00:00:00.000Z');
 * result.scorecards[0]?.score; // e.g. 71.4
 */
export function scoreAccount(signals: AccountSignals, model: CompiledModel, asOf: string, context: ScoreContext = {}): AccountScore {
  const asOfMs = timeMs(asOf);
  if (Number.isNaN(asOfMs)) throw new RangeError(`asOf "${asOf}" is not a timestamp`);
  const asOfIso = isoOf(asOfMs);
  const segment = segmentOf(signals.account, model);
  const run: ScoringRun = {
    index: new SignalIndex(signals, asOfMs),
    asOf: asOfIso,
    asOfMs,
    model,
    segment: segment?.name ?? null,
    population: context.population,
    overrides: signals.overrides,
    readings: new Map(),
  };
  const own: AccountScore = {
    accountId: signals.account.id,
    accountExternalId: signals.account.externalId,
    arr: signals.account.arr ?? null,
    asOf: asOfIso,
    modelName: model.name,
    modelVersion: model.version,
    segment: run.segment,
    scorecards: (segment ? segment.scorecards : model.scorecards).map((card) => scoreScorecard(card, run)),
  };
  return signals.children && signals.children.length > 0 ? rollUp(own, signals.children, model) : own;
}
