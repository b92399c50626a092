import type { ReadResult } from './source-reader.js';

/** Groups results, in order, into arrays of `size` (the last may be shorter). */
export async function* batchResults(results: AsyncIterable<ReadResult>, size: number): AsyncGenerator<readonly ReadResult[]> {
  let batch: ReadResult[] = [];
  for await (const result of results) {
    batch.push(result);
    if (batch.length === size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}
