import type { MatchingRefs } from './account-directory.js';
import type { PreparedBatch } from './prepare-batch.js';
import { gatherBatches } from './gather-batches.js';
import { openForPreparation, type FileHeader, type PrepareFileOptions } from './prepare-file.js';

/** A file being prepared: its header at once, its batches once the accounts are given. */
export interface PreparingFile {
  readonly header: FileHeader;
  /**
   * The file's batches in file order, validated and matched against `refs`. Stopping the iteration
   * early (break, or an error in the loop body) stops the reading.
   */
  batches(refs: MatchingRefs): AsyncIterable<PreparedBatch>;
}

/**
 * Reads, validates and matches files for an import, on this thread or another. The writer
 * (importFile) only compares and writes, so on two cores preparing the next batches and
 * writing the last one happen at the same time.
 */
export interface FilePreparer {
  open(file: string, options: PrepareFileOptions): Promise<PreparingFile>;
  close(): Promise<void>;
}

/** Prepares on the calling thread: no start-up cost, for small files and one-core machines. */
export const inlineFilePreparer: FilePreparer = {
  async open(file, options) {
    const opened = await openForPreparation(file, options);
    return { header: opened.header, batches: (refs) => gatherBatches(opened.slices(refs), opened.batchSize) };
  },
  async close() {},
};
