import type { AccountSignals } from '../account-signals.js';
import type { CompiledModel } from '../model/compiled-model.js';
import { timeMs } from '../time-ms.js';
import { scoringRun, type ScoreContext } from './scoring-run.js';
import { validUntilIso, validUntilMs } from './valid-until.js';

/**
 * The earliest instant after asOf at which the account's scores could differ with no new
 * record, override or pulse (ISO 8601), or null when never. Scoring at any instant before it
 * gives the same scorecards, apart from `asOf` and the raw values of metrics that count days
 * from or to asOf; a parent takes its children's `validUntil` too. `scoreAccount` returns
 * the same instant as `validUntil`, without a second pass.
 * @example nextChangeAt(signals, model, '2025-06-30T00:00:00.000Z') // e.g. '2025-07-14T00:00:00.000Z'
 */
export function nextChangeAt(signals: AccountSignals, model: CompiledModel, asOf: string, context: ScoreContext = {}): string | null {
  const { run, cards } = scoringRun(signals, model, asOf, context);
  let next = validUntilMs(run, cards);
  for (const child of signals.children ?? []) if (child.validUntil !== null) next = Math.min(next, timeMs(child.validUntil));
  return validUntilIso(next);
}
