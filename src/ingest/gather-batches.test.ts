import { describe, expect, it } from 'vitest';
import { gatherBatches, gatherBatchTexts } from './gather-batches.js';
import { rawOfVersion, type PreparedBatch } from './prepare-batch.js';

/** A slice of `rows` rows starting at line `first`: every third row rejected, the rest versions (no known_at on even lines). */
function slice(first: number, rows: number): PreparedBatch {
  const batch: PreparedBatch = { rowsRead: rows, versions: [], rawText: '', rawEnds: [], rejected: [], unmatched: [], contacts: [], bytes: 0 };
  let rawText = '';
  for (let line = first; line < first + rows; line++) {
    const raw = `k${line},"q ""${line}""",${line * 1.5}`;
    (batch as { bytes: number }).bytes += raw.length + 1;
    if (line % 3 === 0) {
      batch.rejected.push({ line, code: 'invalid_number', message: `line ${line}`, column: 'arr', raw });
      continue;
    }
    batch.versions.push({ key: `k${line}`, knownAt: line % 2 === 0 ? undefined : `2026-01-${String((line % 28) + 1).padStart(2, '0')}T00:00:00.000Z`, line, values: [`q "${line}"`, line * 1.5, null], hash: `h${line}` });
    rawText += raw;
    batch.rawEnds.push(rawText.length);
  }
  // The same new contact on every slice: a batch names it once.
  batch.contacts.push({ email: 'ann@acme.com', accountId: 1, accountExternalId: 'A1', knownAt: undefined, line: first });
  return { ...batch, rawText };
}

async function* slices(count: number, rows: number): AsyncIterable<PreparedBatch> {
  for (let i = 0; i < count; i++) yield slice(2 + i * rows, rows);
}

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

describe('gathering slices into batches', () => {
  it('as text gives, once parsed, the batches gathered as objects', async () => {
    const objects = await collect(gatherBatches(slices(7, 40), 100));
    const texts = (await collect(gatherBatchTexts(slices(7, 40), 100))).map((t) => JSON.parse(t) as PreparedBatch);
    // 7 slices of 40 rows in batches of at least 100: 120, 120 and the last 40.
    expect(objects.map((b) => b.rowsRead)).toEqual([120, 120, 40]);
    // JSON drops an undefined known_at, as the objects have it undefined.
    expect(texts).toEqual(JSON.parse(JSON.stringify(objects)));
    expect(texts[0]!.contacts).toHaveLength(1);
  });

  it("keeps each version's source text findable across the slices it was gathered from", async () => {
    const [batch] = (await collect(gatherBatchTexts(slices(3, 40), 1000))).map((t) => JSON.parse(t) as PreparedBatch);
    expect(batch!.versions).toHaveLength(80);
    batch!.versions.forEach((v, i) => expect(rawOfVersion(batch!, i)).toBe(`k${v.line},"q ""${v.line}""",${v.line * 1.5}`));
    expect(batch!.rejected.map((r) => r.line)).toEqual(Array.from({ length: 40 }, (_, i) => 3 + i * 3));
  });

  it('gathers nothing from no slices', async () => {
    expect(await collect(gatherBatchTexts(slices(0, 40), 100))).toEqual([]);
    expect(await collect(gatherBatches(slices(0, 40), 100))).toEqual([]);
  });
});
