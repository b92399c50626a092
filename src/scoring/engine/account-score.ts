import type { ScoreSnapshot } from '../../domain/index.js';

/** One account scored on every scorecard of a model as of one moment. */
export interface AccountScore {
  readonly accountId: number;
  readonly accountExternalId: string;
  /** The account's ARR, which weighs it when its parent rolls up. */
  readonly arr: number | null;
  readonly asOf: string;
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
