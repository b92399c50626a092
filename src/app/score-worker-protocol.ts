import type { DatabaseTarget, SnapshotRow } from '../store/index.js';

/** Messages to a score worker: set up once, then batches of account ids to score. */
export type ToScoreWorker =
  | { readonly type: 'init'; readonly target: DatabaseTarget; readonly modelJson: string; readonly modelVersion: string; readonly asOf: string; readonly populationJson: string | null }
  | { readonly type: 'batch'; readonly id: number; readonly accountIds: readonly number[] };

/** Messages from a score worker: a scored batch's snapshot rows (for the writer) and its band counts. */
export type FromScoreWorker =
  | { readonly type: 'ready' }
  | { readonly type: 'scored'; readonly id: number; readonly rows: readonly SnapshotRow[]; readonly accounts: number; readonly bands: Readonly<Record<string, Readonly<Record<string, number>>>> }
  | { readonly type: 'error'; readonly message: string; readonly stack?: string };
