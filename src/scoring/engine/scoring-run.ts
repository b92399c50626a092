import type { AccountSignals } from '../account-signals.js';
import type { CompiledModel, CompiledScorecard } from '../model/compiled-model.js';
import { SignalIndex } from '../signal-index.js';
import { isoOf, timeMs } from '../time-ms.js';
import type { Population } from './population.js';
import type { ScoringRun } from './score-scorecard.js';
import { segmentOf } from './segment-of.js';

export interface ScoreContext {
  /** Populations for percentile normalizers, from `buildPopulation`; without one they count as missing. */
  readonly population?: Population;
}

/** What scoring one account as of asOf starts from: its index, its segment and the scorecards that apply. */
export function scoringRun(signals: AccountSignals, model: CompiledModel, asOf: string, context: ScoreContext): { run: ScoringRun; cards: readonly CompiledScorecard[] } {
  const asOfMs = timeMs(asOf);
  if (Number.isNaN(asOfMs)) throw new RangeError(`asOf "${asOf}" is not a timestamp`);
  const segment = segmentOf(signals.account, model);
  const run: ScoringRun = {
    index: new SignalIndex(signals, asOfMs),
    asOf: isoOf(asOfMs),
    asOfMs,
    model,
    segment: segment?.name ?? null,
    population: context.population,
    overrides: signals.overrides,
    readings: new Map(),
  };
  return { run, cards: segment ? segment.scorecards : model.scorecards };
}
