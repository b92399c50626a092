import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { csvReader, ndjsonReader, readFromPlace, START_OF_FILE, type ReadPlace, type ReadResult, type SourceReader } from './index.js';

const dir = mkdtempSync(join(tmpdir(), 'read-place-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const CORPUS = '/work/shared/corpus';

let fileCount = 0;
function file(content: string | Uint8Array, ext = '.csv'): string {
  const path = join(dir, `f${++fileCount}${ext}`);
  writeFileSync(path, content);
  return path;
}

async function readInOneGo(reader: SourceReader, path: string, encoding?: string): Promise<ReadResult[]> {
  const results: ReadResult[] = [];
  for await (const batch of (await reader.open(path, encoding ? { encoding } : {})).batches) results.push(...batch);
  return results;
}

/** Reads the file place by place, as threads taking turns would: each step with a fresh parser and decoder. */
async function readByPlaces(reader: SourceReader, path: string, minResults: number, encoding?: string): Promise<{ results: ReadResult[]; steps: number }> {
  const { fromPlace } = await reader.open(path, encoding ? { encoding } : {});
  if (!fromPlace) throw new Error(`${path} cannot be read from a place`);
  const results: ReadResult[] = [];
  let steps = 0;
  // Through a structured clone, as a place crosses to another thread.
  for (let place: ReadPlace | undefined = START_OF_FILE; place; steps++) {
    const read = await readFromPlace(fromPlace, structuredClone(place), minResults);
    if (read.next) expect(read.results.length).toBeGreaterThanOrEqual(minResults);
    // A read stops soon after the results it was asked for, not at the end of its chunk.
    expect(read.results.length).toBeLessThanOrEqual(Math.ceil(minResults * 1.2) + 16);
    results.push(...read.results);
    place = read.next;
  }
  return { results, steps };
}

async function expectSameReading(reader: SourceReader, path: string, encoding?: string): Promise<void> {
  const whole = await readInOneGo(reader, path, encoding);
  expect(whole.length).toBeGreaterThan(0);
  for (const minResults of [1, 7, 500]) {
    const { results, steps } = await readByPlaces(reader, path, minResults, encoding);
    expect(results).toEqual(whole);
    // The file really was read in turns: at least a step per 64 KiB chunk, or per record asked for.
    expect(steps).toBeGreaterThanOrEqual(Math.min(Math.ceil(statSync(path).size / 65536), Math.floor(whole.length / minResults)));
  }
}

// Rows that put quoted line breaks, doubled quotes and multi-byte characters across the 64 KiB chunks.
function largeCsv(newline: string): string {
  const rows = ['id,note,amount'];
  for (let i = 1; i <= 4000; i++) {
    const note = i % 7 === 0 ? `"line one${newline}line ""two"" – café ${'€'.repeat(i % 5)}"` : `plain ${'é'.repeat(i % 11)} ${i}`;
    rows.push(`${i},${note},${(i * 1.5).toFixed(2)}`);
    if (i % 97 === 0) rows.push('');
  }
  return rows.join(newline) + newline;
}

describe('readFromPlace', () => {
  it('reads the corpus churn exports exactly as one reader from start to end does', async () => {
    for (const name of ['Churn_Modelling.csv', 'WA_Fn-UseC_-Telco-Customer-Churn.csv', 'churn-bigml-20.csv']) {
      await expectSameReading(csvReader, join(CORPUS, 'churn', name));
    }
  });

  it('reads quoted line breaks, doubled quotes, blank lines and multi-byte characters across chunks the same, with LF, CRLF and CR line breaks', async () => {
    for (const newline of ['\n', '\r\n', '\r']) {
      const path = file(largeCsv(newline));
      const whole = await readInOneGo(csvReader, path);
      expect(whole.filter((r) => r.ok)).toHaveLength(4000);
      await expectSameReading(csvReader, path);
    }
  });

  it('keeps a byte-order mark out of the first column and nowhere else', async () => {
    const path = file(`\ufeff${largeCsv('\n')}`);
    const { results } = await readByPlaces(csvReader, path, 3);
    expect(results).toEqual(await readInOneGo(csvReader, path));
    const first = results.find((r) => r.ok);
    expect(first?.ok && Object.keys(first.record.values)).toEqual(['id', 'note', 'amount']);
  });

  it('reports bad rows on the same lines: bytes that are not UTF-8, wrong field counts, a truncated last row', async () => {
    const body = Buffer.concat([Buffer.from(largeCsv('\n')), Buffer.from('4001,bad \xff byte,1\n4002,too,many,fields\n', 'latin1'), Buffer.from('4003,"cut off')]);
    const path = file(body);
    const whole = await readInOneGo(csvReader, path);
    expect(whole.filter((r) => !r.ok).map((r) => !r.ok && r.issue.code)).toEqual(['invalid_encoding', 'column_count_mismatch', 'truncated_row']);
    await expectSameReading(csvReader, path);
  });

  it('reads windows-1252 text given as such', async () => {
    const path = file(Buffer.from(largeCsv('\r\n').replace(/€/g, 'E'), 'latin1'));
    await expectSameReading(csvReader, path, 'windows-1252');
  });

  it('reads a line longer than a chunk in pieces', async () => {
    const long = 'x'.repeat(200_000);
    const path = file(`id,note\n1,short\n2,"${long}\nstill quoted ü"\n3,${long}é\n4,end\n`);
    const { results } = await readByPlaces(csvReader, path, 1);
    expect(results.map((r) => r.ok && r.record.line)).toEqual([2, 3, 5, 6]);
    expect(results).toEqual(await readInOneGo(csvReader, path));
  });

  it('goes on from a file that ends exactly at a place: no rows, no issue', async () => {
    const path = file('id,name\n1,a\n2,b\n');
    const { results } = await readByPlaces(csvReader, path, 2);
    expect(results.map((r) => r.ok && r.record.line)).toEqual([2, 3]);
  });

  it('reads NDJSON the same, bad lines included', async () => {
    const lines: string[] = [];
    for (let i = 1; i <= 3000; i++) lines.push(i % 500 === 0 ? '{"id": broken' : i % 333 === 0 ? '' : JSON.stringify({ id: i, note: `n\u00e9 ${'\u20ac'.repeat(i % 9)}` }));
    const path = file(`${lines.join('\n')}\n{"id": "last"`, '.ndjson');
    const whole = await readInOneGo(ndjsonReader, path);
    expect(whole.filter((r) => !r.ok).map((r) => !r.ok && r.issue.code)).toEqual([...Array<string>(6).fill('malformed_row'), 'truncated_row']);
    await expectSameReading(ndjsonReader, path);
  });

  it('offers no place reading for UTF-16, where a line break is two bytes', async () => {
    const text = 'id,name\n1,a\n';
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const opened = await csvReader.open(file(utf16));
    expect(opened.encoding).toBe('utf-16le');
    expect(opened.fromPlace).toBeUndefined();
  });
});
