import type { DiscoveredContact, PreparedBatch } from './prepare-batch.js';

/**
 * A file is read and validated a few hundred rows at a time (a slice) so that parsed rows
 * die young, and written a few thousand at a time (a batch) so that each transaction's fixed
 * cost is spread over many rows. These gather slices into batches: as objects on the
 * writer's own thread, or as JSON text on a worker thread.
 */

/** Gathers slices into batches of at least `batchSize` rows read (the last may have fewer). */
export async function* gatherBatches(slices: AsyncIterable<PreparedBatch>, batchSize: number): AsyncIterable<PreparedBatch> {
  let gathered: PreparedBatch | undefined;
  for await (const slice of slices) {
    gathered = gathered ? joinBatches(gathered, slice) : slice;
    if (gathered.rowsRead >= batchSize) {
      yield gathered;
      gathered = undefined;
    }
  }
  if (gathered) yield gathered;
}

function joinBatches(a: PreparedBatch, b: PreparedBatch): PreparedBatch {
  const shift = a.rawText.length;
  for (const v of b.versions) a.versions.push(v);
  for (const end of b.rawEnds) a.rawEnds.push(shift + end);
  for (const r of b.rejected) a.rejected.push(r);
  for (const u of b.unmatched) a.unmatched.push(u);
  addContacts(a.contacts, new Set(a.contacts.map((c) => c.email)), b.contacts);
  return { versions: a.versions, rawText: a.rawText + b.rawText, rawEnds: a.rawEnds, rejected: a.rejected, unmatched: a.unmatched, contacts: a.contacts, rowsRead: a.rowsRead + b.rowsRead, bytes: a.bytes + b.bytes };
}

/** A batch's new contacts name each address once. */
function addContacts(into: DiscoveredContact[], emails: Set<string>, more: readonly DiscoveredContact[]): void {
  for (const c of more) {
    if (emails.has(c.email)) continue;
    emails.add(c.email);
    into.push(c);
  }
}

/**
 * Gathers slices into batches as the JSON text of a {@link PreparedBatch}, for a worker
 * thread to send (one string crosses threads as a copy of its bytes, and JSON.parse rebuilds
 * the objects faster than structured clone does).
 *
 * Each slice's rows are written to text as the slice arrives, not when its batch is full:
 * a batch of row objects waiting to be sent outlived several young-generation collections,
 * and copying it from one to the next was most of the worker's time collecting garbage
 * (`node --trace-gc`: 3.5 s of scavenges on the size M import, 1.6 s with the rows as text).
 * The writer's thread receives one text per batch, which V8 parses straight into its old
 * generation; parsing ten smaller texts instead doubled the writer's collections.
 */
export async function* gatherBatchTexts(slices: AsyncIterable<PreparedBatch>, batchSize: number): AsyncIterable<string> {
  let text = new BatchText();
  for await (const slice of slices) {
    text.add(slice);
    if (text.rowsRead >= batchSize) {
      yield text.toJson();
      text = new BatchText();
    }
  }
  if (text.rowsRead > 0) yield text.toJson();
}

/** A batch being gathered as text: the parts of its JSON, in {@link PreparedBatch}'s fields. */
class BatchText {
  rowsRead = 0;
  private bytes = 0;
  private readonly versions: string[] = [];
  private readonly rejected: string[] = [];
  private readonly unmatched: string[] = [];
  private readonly rawTexts: string[] = [];
  private readonly rawEnds: number[] = [];
  private rawLength = 0;
  private readonly contacts: DiscoveredContact[] = [];
  private readonly contactEmails = new Set<string>();

  add(slice: PreparedBatch): void {
    this.rowsRead += slice.rowsRead;
    this.bytes += slice.bytes;
    addItems(this.versions, slice.versions);
    addItems(this.rejected, slice.rejected);
    addItems(this.unmatched, slice.unmatched);
    for (const end of slice.rawEnds) this.rawEnds.push(this.rawLength + end);
    this.rawTexts.push(slice.rawText);
    this.rawLength += slice.rawText.length;
    addContacts(this.contacts, this.contactEmails, slice.contacts);
  }

  toJson(): string {
    return (
      `{"rowsRead":${this.rowsRead},"versions":[${this.versions.join(',')}],"rawText":${JSON.stringify(this.rawTexts.join(''))},` +
      `"rawEnds":${JSON.stringify(this.rawEnds)},"rejected":[${this.rejected.join(',')}],"unmatched":[${this.unmatched.join(',')}],` +
      `"contacts":${JSON.stringify(this.contacts)},"bytes":${this.bytes}}`
    );
  }
}

/** The items of a JSON array, without its brackets, kept when there are any. */
function addItems(into: string[], items: readonly unknown[]): void {
  if (items.length > 0) into.push(JSON.stringify(items).slice(1, -1));
}
