import type { MatchingRefs } from './account-directory.js';
import type { FileHeader, PrepareFileOptions } from './prepare-file.js';

/** Messages to the prepare worker. `id` names the file being prepared; one at a time. */
export type ToPrepareWorker =
  | { readonly type: 'open'; readonly id: number; readonly file: string; readonly options: PrepareFileOptions }
  | { readonly type: 'start'; readonly id: number; readonly refs: MatchingRefs; readonly credits: number }
  /** The writer took a batch: the worker may prepare one more. */
  | { readonly type: 'credit'; readonly id: number }
  | { readonly type: 'cancel'; readonly id: number };

/** Messages from the prepare worker. */
export type FromPrepareWorker =
  | { readonly type: 'header'; readonly id: number; readonly header: FileHeader }
  /**
   * A prepared batch as JSON text (gatherBatchTexts): one string crosses threads as a copy of
   * its bytes, and JSON.parse rebuilds the objects faster than structured clone does (measured
   * 0.4 against 0.8 µs a row on the writer's thread).
   */
  | { readonly type: 'batch'; readonly id: number; readonly json: string }
  | { readonly type: 'end'; readonly id: number }
  | { readonly type: 'error'; readonly id: number; readonly message: string; readonly stack?: string };
