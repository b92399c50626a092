import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SNIFF_BYTES } from './decode-stream.js';
import { ndjsonReader } from './index.js';
import type { ReadOptions, ReadResult } from './index.js';

const dir = mkdtempSync(join(tmpdir(), 'ndjson-reader-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let fileCount = 0;
function file(content: string | Uint8Array): string {
  const path = join(dir, `f${++fileCount}.ndjson`);
  writeFileSync(path, content);
  return path;
}

async function readAll(path: string, options?: ReadOptions) {
  const opened = await ndjsonReader.open(path, options);
  const results: ReadResult[] = [];
  for await (const batch of opened.batches) results.push(...batch);
  const summary = results.map((r) => (r.ok ? r.record.line : `${r.issue.line} ${r.issue.code}`));
  return { opened, results, summary, records: results.flatMap((r) => (r.ok ? [r.record] : [])) };
}

describe('ndjsonReader', () => {
  it('reads one object per line and skips blank lines, keeping line numbers', async () => {
    const { opened, records } = await readAll(file('{"id":"a1","arr":1200}\n\n  \n{"id":"a2","tags":["x"]}\n'));
    expect(opened.columns).toEqual(['id', 'arr']);
    expect(records.map((r) => [r.line, r.values, r.raw])).toEqual([
      [1, { id: 'a1', arr: 1200 }, '{"id":"a1","arr":1200}'],
      [4, { id: 'a2', tags: ['x'] }, '{"id":"a2","tags":["x"]}'],
    ]);
  });

  it('rejects invalid JSON and non-objects as malformed, reading the lines around them', async () => {
    const { results, summary } = await readAll(file('{"id":1}\n{"id":2,}\n[1,2]\n"text"\nnull\n{"id":3}\n'));
    expect(summary).toEqual([1, '2 malformed_row', '3 malformed_row', '4 malformed_row', '5 malformed_row', 6]);
    expect(results[2]).toMatchObject({ ok: false, issue: { raw: '[1,2]', message: 'this line is an array, not a JSON object' } });
    expect(results[1]).toMatchObject({ ok: false, issue: { raw: '{"id":2,}' } });
    expect(results[1]?.ok === false && results[1].issue.message).toMatch(/^this line is not valid JSON: /);
  });

  it('reports an incomplete last line without a line break as truncated', async () => {
    const { results, summary } = await readAll(file('{"id":1}\r\n{"id":2}\r\n{"id":3,"na'));
    expect(summary).toEqual([1, 2, '3 truncated_row']);
    expect(results[2]).toMatchObject({ ok: false, issue: { raw: '{"id":3,"na' } });
    expect(results[2]?.ok === false && results[2].issue.message).toMatch(/^the file ends mid-record: .*was it cut off\?$/);
  });

  it('reads a complete last line without a line break', async () => {
    const { summary } = await readAll(file('{"id":1}\n{"id":2}'));
    expect(summary).toEqual([1, 2]);
  });

  it('strips a BOM and reads UTF-16LE', async () => {
    const withBom = await readAll(file(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"city":"Zürich"}\n')])));
    expect(withBom.records[0]?.values).toEqual({ city: 'Zürich' });
    const utf16 = await readAll(file(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{"city":"東京"}\n', 'utf16le')])));
    expect(utf16.opened.encoding).toBe('utf-16le');
    expect(utf16.records[0]?.values).toEqual({ city: '東京' });
  });

  it('auto-detects windows-1252, and rejects a non-UTF-8 line in a file taken as UTF-8', async () => {
    const latin1 = await readAll(file(Buffer.from('{"city":"Zürich"}\n', 'latin1')));
    expect(latin1.opened.encoding).toBe('windows-1252');
    expect(latin1.records[0]?.values).toEqual({ city: 'Zürich' });

    const padding = '{"city":"Bern"}\n'.repeat(Math.ceil(SNIFF_BYTES / 16) + 1);
    const bad = Buffer.concat([Buffer.from('{"city":"Z'), Buffer.from([0xfc]), Buffer.from('rich"}\n{"city":"Basel"}\n')]);
    const mixed = await readAll(file(Buffer.concat([Buffer.from(padding), bad])));
    const lines = padding.split('\n').length - 1;
    expect(mixed.opened.encoding).toBe('utf-8');
    expect(mixed.summary.slice(-2)).toEqual([`${lines + 1} invalid_encoding`, lines + 2]);
  });

  it('yields only an empty_file issue for a blank file', async () => {
    const { opened, results } = await readAll(file('\n  \n'));
    expect(opened.columns).toEqual([]);
    expect(results).toEqual([{ ok: false, issue: { file: expect.any(String), line: 0, code: 'empty_file', message: 'the file is empty: it has no JSON lines' } }]);
  });

  it('streams in batches of the given size', async () => {
    const lines = Array.from({ length: 25_000 }, (_, i) => JSON.stringify({ id: i, note: 'é'.repeat(i % 5) })).join('\n');
    const opened = await ndjsonReader.open(file(`${lines}\n`), { batchSize: 500 });
    const sizes: number[] = [];
    let last: ReadResult | undefined;
    for await (const batch of opened.batches) {
      sizes.push(batch.length);
      last = batch.at(-1);
    }
    expect(sizes).toHaveLength(50);
    expect(sizes.every((s) => s === 500)).toBe(true);
    expect(last).toMatchObject({ ok: true, record: { line: 25_000, values: { id: 24_999 } } });
  });

  it('rejects an unreadable path with an error naming it', async () => {
    const missing = join(dir, 'missing.ndjson');
    await expect(ndjsonReader.open(missing)).rejects.toThrow(missing);
  });
});
