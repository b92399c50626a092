import type { ScoreSnapshot } from '../../domain/index.js';

/** One account scored on every scorecard of a model as of one moment. */
export interface AccountScore {
  readonly accountId: number;
  readonly accountExternalId: string;
  /** The account's ARR, which weighs it when its parent rolls up. */
  readonly arr: number | null;
  readonly asOf: string;
  /**
   * The earliest instant after asOf at which these scorecards could differ with no new
   * record, override or pulse; null when never (see `nextChangeAt`). Incremental runs keep
   * the result until then. A parent's includes its children's.
   */
  readonly validUntil: string | null;
  readonly modelName: string;
  readonly modelVersion: string;
  readonly segment: string | null;
  /** One snapshot per scorecard, in model order. */
  readonly scorecards: readonly ScoreSnapshot[];
}

/** The snapshot of one scorecard, if the model has it. */
export function scorecardOf(score: AccountScore, scorecard: string): ScoreSnapshot | undefined {
  return score.scorecards.find((s) => s.scorecard === scorecard);
}
