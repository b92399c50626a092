import type { AccountSignals } from '../account-signals.js';
import type { ScoreSnapshot } from '../../domain/index.js';
import { scorecardOf } from '../engine/account-score.js';
import { scoreAccount } from '../engine/score-account.js';
import type { CompiledModel } from '../model/compiled-model.js';

/** The `health` scorecard of an account scored as of `asOf`; throws when the model has none (a test bug). */
export function healthSnapshot(s: AccountSignals, model: CompiledModel, asOf: string): ScoreSnapshot {
  const snap = scorecardOf(scoreAccount(s, model, asOf), 'health');
  if (!snap) throw new Error('no health scorecard');
  return snap;
}
