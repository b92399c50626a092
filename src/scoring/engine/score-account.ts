import type { AccountSignals } from '../account-signals.js';
import type { CompiledModel } from '../model/compiled-model.js';
import type { AccountScore } from './account-score.js';
import { rollUp } from './roll-up.js';
import { scoreScorecard } from './score-scorecard.js';
import { scoringRun, type ScoreContext } from './scoring-run.js';
import { validUntilIso, validUntilMs } from './valid-until.js';

export type { ScoreContext } from './scoring-run.js';

/**
 * Scores one account on every scorecard of a model as of `asOf`. Pure and deterministic:
 * the same signals, model and asOf give deep-equal results; nothing reads the clock or a store.
 * Signals known or dated after asOf are ignored. Children in `signals.children` roll up.
 * `validUntil` says until when the result holds with no new data (see `nextChangeAt`).
 * @example
 * const result = scoreAccount(signals, model, '2025-06-30T00:00:00.000Z');
 * result.scorecards[0]?.score; // e.g. 71.4
 */
export function scoreAccount(signals: AccountSignals, model: CompiledModel, asOf: string, context: ScoreContext = {}): AccountScore {
  const { run, cards } = scoringRun(signals, model, asOf, context);
  const scorecards = cards.map((card) => scoreScorecard(card, run));
  const own: AccountScore = {
    accountId: signals.account.id,
    accountExternalId: signals.account.externalId,
    arr: signals.account.arr ?? null,
    asOf: run.asOf,
    validUntil: validUntilIso(validUntilMs(run, cards)),
    modelName: model.name,
    modelVersion: model.version,
    segment: run.segment,
    scorecards,
  };
  return signals.children && signals.children.length > 0 ? rollUp(own, signals.children, model) : own;
}
