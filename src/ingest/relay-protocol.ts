import type { DatabaseTarget, ImportCounts, QuarantineEntry } from '../store/index.js';
import type { MatchingRefs } from './account-directory.js';
import type { PrepareFileOptions } from './prepare-file.js';
import type { ReadPlace } from './readers/index.js';
import type { BatchWriteContext } from './write-prepared-batch.js';

/** A file for the relay worker to take turns on with the importing thread: plain data, sent once. */
export interface RelayJob {
  readonly id: number;
  readonly file: string;
  readonly options: PrepareFileOptions;
  readonly refs: MatchingRefs;
  readonly context: BatchWriteContext;
  readonly target: DatabaseTarget;
  /** Rejected rows sent back per batch, for the report (the quarantine table has all). */
  readonly maxReportedIssues: number;
}

/** Messages to the relay worker. `id` names the file; one at a time. */
export type ToRelayWorker =
  | { readonly type: 'file'; readonly job: RelayJob }
  /** Batch `index` starts at `place`; no place: the file has ended. */
  | { readonly type: 'place'; readonly id: number; readonly index: number; readonly place?: ReadPlace }
  | { readonly type: 'written'; readonly id: number; readonly index: number }
  /** The importing thread failed: write nothing more of this file. */
  | { readonly type: 'stop'; readonly id: number; readonly message: string };

/** Messages from the relay worker. */
export type FromRelayWorker =
  | { readonly type: 'place'; readonly id: number; readonly index: number; readonly place?: ReadPlace }
  /** Batch `index` is committed: its counts, and its first rejected rows for the report. */
  | { readonly type: 'written'; readonly id: number; readonly index: number; readonly counts: ImportCounts; readonly rejected: readonly QuarantineEntry[]; readonly contactsCreated: number; readonly bytes: number }
  | { readonly type: 'failed'; readonly id: number; readonly message: string; readonly stack?: string }
  /** The worker has finished with the file (all its batches written, or stopped). */
  | { readonly type: 'done'; readonly id: number };
