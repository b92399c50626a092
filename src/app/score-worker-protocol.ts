import type { DatabaseTarget, SnapshotRow } from '../store/index.js';
import type { ComparedAccount } from './preview-batch.js';

/** A second model a worker scores the same signals with, for a preview (`previewModel`). */
export interface CandidateModelInit {
  readonly modelJson: string;
  readonly modelVersion: string;
  readonly populationJson: string | null;
}

/**
 * Messages to a score worker: set up once, then batches of account ids to score. With a
 * `candidate`, batches are answered with `previewed` (both models' scores, nothing to store).
 */
export type ToScoreWorker =
  | { readonly type: 'init'; readonly target: DatabaseTarget; readonly modelJson: string; readonly modelVersion: string; readonly asOf: string; readonly populationJson: string | null; readonly candidate?: CandidateModelInit }
  | { readonly type: 'batch'; readonly id: number; readonly accountIds: readonly number[] };

/** Messages from a score worker: a scored batch's snapshot rows (for the writer) and its band counts. */
export type FromScoreWorker =
  | { readonly type: 'ready' }
  | { readonly type: 'scored'; readonly id: number; readonly rows: readonly SnapshotRow[]; readonly accounts: number; readonly bands: Readonly<Record<string, Readonly<Record<string, number>>>> }
  | { readonly type: 'previewed'; readonly id: number; readonly accounts: readonly ComparedAccount[] }
  | { readonly type: 'error'; readonly message: string; readonly stack?: string };
