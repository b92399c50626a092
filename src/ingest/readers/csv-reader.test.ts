import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SNIFF_BYTES } from './decode-stream.js';
import { MAX_RECORD_CHARS } from './csv-record-parser.js';
import { csvReader, readerFor } from './index.js';
import type { ReadOptions, ReadResult } from './index.js';

const dir = mkdtempSync(join(tmpdir(), 'csv-reader-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let fileCount = 0;
function file(content: string | Uint8Array, ext = '.csv'): string {
  const path = join(dir, `f${++fileCount}${ext}`);
  writeFileSync(path, content);
  return path;
}

async function readAll(path: string, options?: ReadOptions) {
  const opened = await csvReader.open(path, options);
  const results: ReadResult[] = [];
  const batchSizes: number[] = [];
  for await (const batch of opened.batches) {
    batchSizes.push(batch.length);
    results.push(...batch);
  }
  const records = results.flatMap((r) => (r.ok ? [r.record] : []));
  const issues = results.flatMap((r) => (r.ok ? [] : [r.issue]));
  const summary = results.map((r) => (r.ok ? r.record.line : `${r.issue.line} ${r.issue.code}`));
  return { opened, results, records, issues, summary, batchSizes };
}

describe('csvReader', () => {
  it('reads quoted fields holding delimiters, quotes and newlines, and keeps later line numbers right', async () => {
    const path = file('id,note,n\n1,"a, b",x\n2,"say ""hi""\nand\nbye",y\n3,plain,z\n');
    const { opened, records, issues } = await readAll(path);
    expect(issues).toEqual([]);
    expect(opened.columns).toEqual(['id', 'note', 'n']);
    expect(records.map((r) => [r.line, r.values])).toEqual([
      [2, { id: '1', note: 'a, b', n: 'x' }],
      [3, { id: '2', note: 'say "hi"\nand\nbye', n: 'y' }],
      [6, { id: '3', note: 'plain', n: 'z' }],
    ]);
    expect(records[1]?.raw).toBe('2,"say ""hi""\nand\nbye",y');
  });

  it('reads CRLF files without stray carriage returns, also inside quotes', async () => {
    const path = file('id,name\r\n1,"two\r\nlines"\r\n2,Bob\r\n3,"Ann"\r\n');
    const { records, issues } = await readAll(path);
    expect(issues).toEqual([]);
    expect(records.map((r) => [r.line, r.values, r.raw])).toEqual([
      [2, { id: '1', name: 'two\r\nlines' }, '1,"two\r\nlines"'],
      [4, { id: '2', name: 'Bob' }, '2,Bob'],
      [5, { id: '3', name: 'Ann' }, '3,"Ann"'],
    ]);
  });

  it('reads old Mac files that end lines with CR only', async () => {
    const { records } = await readAll(file('id,name\r1,"a\rb"\r\r2,c\r'));
    expect(records.map((r) => [r.line, r.values, r.raw])).toEqual([
      [2, { id: '1', name: 'a\rb' }, '1,"a\rb"'],
      [5, { id: '2', name: 'c' }, '2,c'],
    ]);
  });

  it('keeps a column named __proto__ as a plain key', async () => {
    const { records } = await readAll(file('id,__proto__\n1,x\n'));
    expect(Object.entries(records[0]?.values ?? {})).toEqual([
      ['id', '1'],
      ['__proto__', 'x'],
    ]);
  });

  it('strips a UTF-8 BOM and trims header names', async () => {
    const path = file(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(' id , city\n1,Zürich\n')]));
    const { opened, records } = await readAll(path);
    expect(opened.encoding).toBe('utf-8');
    expect(opened.columns).toEqual(['id', 'city']);
    expect(records[0]?.values).toEqual({ id: '1', city: 'Zürich' });
  });

  it('flags bytes that are not UTF-8 in a file marked UTF-8 by its BOM, header included', async () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('id,Stra'), Buffer.from([0xdf]), Buffer.from('e\n1,x\n')]);
    const { opened, summary } = await readAll(file(bytes));
    expect(opened.encoding).toBe('utf-8');
    expect(summary).toEqual(['1 invalid_encoding', 2]);
  });

  it('detects a semicolon delimiter from the header', async () => {
    const { opened, records } = await readAll(file('id;amount;note\n1;1,50;"a;b"\n'));
    expect(opened.delimiter).toBe(';');
    expect(records[0]?.values).toEqual({ id: '1', amount: '1,50', note: 'a;b' });
  });

  it('detects a tab delimiter, and takes tabs for .tsv files', async () => {
    const detected = await readAll(file('id\tname\tcity, state\n1\tDoe, Jane\tAustin, TX\n'));
    expect(detected.opened.delimiter).toBe('\t');
    expect(detected.records[0]?.values).toEqual({ id: '1', name: 'Doe, Jane', 'city, state': 'Austin, TX' });
    const tsv = await readAll(file('only column, with comma\nx, y\n', '.tsv'));
    expect(tsv.opened.delimiter).toBe('\t');
    expect(tsv.records[0]?.values).toEqual({ 'only column, with comma': 'x, y' });
  });

  it('uses a given delimiter over detection', async () => {
    const { records } = await readAll(file('a|b,c\n1|2,3\n'), { delimiter: ',' });
    expect(records[0]?.values).toEqual({ 'a|b': '1|2', c: '3' });
  });

  it('auto-detects a latin1 file as windows-1252 and decodes Zürich', async () => {
    const { opened, records, issues } = await readAll(file(Buffer.from('id,city\n1,Zürich\n2,Genève\n', 'latin1')));
    expect(opened.encoding).toBe('windows-1252');
    expect(issues).toEqual([]);
    expect(records.map((r) => r.values.city)).toEqual(['Zürich', 'Genève']);
  });

  it('honours a given encoding', async () => {
    const { opened, records } = await readAll(file(Buffer.from('id,city\n1,Zürich\n', 'latin1')), { encoding: 'latin1' });
    expect(opened.encoding).toBe('windows-1252');
    expect(records[0]?.values.city).toBe('Zürich');
  });

  it('rejects a row with bytes that are not UTF-8 in a file taken as UTF-8, with its line', async () => {
    const head = 'id,city\n1,Zürich\n';
    // Enough good rows that the bad byte lies past the sniffed start, so the file is taken as UTF-8.
    const padding = Array.from({ length: 8000 }, (_, i) => `${i + 10},Bern\n`).join('');
    expect(padding.length).toBeGreaterThan(SNIFF_BYTES);
    const bad = Buffer.concat([Buffer.from('9,Z'), Buffer.from([0xfc]), Buffer.from('rich\n')]);
    const path = file(Buffer.concat([Buffer.from(head + padding), bad, Buffer.from('3,Basel\n')]));
    const { opened, records, issues } = await readAll(path);
    expect(opened.encoding).toBe('utf-8');
    const [encodingIssue] = issues.filter((i) => i.code === 'invalid_encoding');
    expect(encodingIssue).toMatchObject({ line: 8003, raw: '9,Z\ufffdrich' });
    expect(encodingIssue?.message).toContain('windows-1252');
    expect(records.at(-1)).toMatchObject({ line: 8004, values: { id: '3', city: 'Basel' } });
    expect(records[0]?.values.city).toBe('Zürich');
  });

  it('reads UTF-16LE with a BOM', async () => {
    const text = Buffer.from('id,city\r\n1,Zürich\r\n2,東京\r\n', 'utf16le');
    const { opened, records } = await readAll(file(Buffer.concat([Buffer.from([0xff, 0xfe]), text])));
    expect(opened.encoding).toBe('utf-16le');
    expect(opened.columns).toEqual(['id', 'city']);
    expect(records.map((r) => [r.line, r.values.city])).toEqual([
      [2, 'Zürich'],
      [3, '東京'],
    ]);
  });

  it('rejects a row with the wrong number of fields, with its line, and reads the rows around it', async () => {
    const { results, summary } = await readAll(file('a,b,c\n1,2,3\n4,5\n6,7,8,9\n10,11,12\n'));
    expect(summary).toEqual([
      2,
      '3 column_count_mismatch',
      '4 column_count_mismatch',
      5,
    ]);
    const issue = results[1];
    expect(issue?.ok === false && issue.issue).toMatchObject({ raw: '4,5', message: 'expected 3 fields (one per header column) but found 2' });
  });

  it('reports a short last line without a line break as truncated', async () => {
    const { records, issues } = await readAll(file('a,b,c\n1,2,3\n4,5'));
    expect(records).toHaveLength(1);
    expect(issues).toEqual([
      {
        file: expect.any(String),
        line: 3,
        code: 'truncated_row',
        message: 'the file ends mid-row: expected 3 fields but the last line has 2 and no line break; was it cut off?',
        raw: '4,5',
      },
    ]);
  });

  it('reads a complete last line without a line break', async () => {
    const { records, issues } = await readAll(file('a,b\n1,2\n3,4'));
    expect(issues).toEqual([]);
    expect(records.at(-1)).toMatchObject({ line: 3, values: { a: '3', b: '4' }, raw: '3,4' });
  });

  it('reports a quote left open at the end of the file as truncated', async () => {
    const { records, issues } = await readAll(file('a,b\n1,2\n3,"unfinished\nnote'));
    expect(records).toHaveLength(1);
    expect(issues).toMatchObject([{ line: 3, code: 'truncated_row', raw: '3,"unfinished\nnote' }]);
    expect(issues[0]?.message).toMatch(/^the file ends mid-row: .*was it cut off\?$/);
  });

  it('reports text after a closing quote as malformed', async () => {
    const { summary } = await readAll(file('a,b\n1,2\n3,"x"y\n4,"z"\n5,6\n'));
    expect(summary).toEqual([2, '3 malformed_row', 5]);
  });

  it('reports a quote that never closes, skips its line, and reads on', async () => {
    const rows = Array.from({ length: Math.ceil(MAX_RECORD_CHARS / 10) }, (_, i) => `${i},row\n`).join('');
    const { records, issues } = await readAll(file(`a,b\r\n1,"stray\r\n${rows}`));
    expect(issues).toMatchObject([{ line: 2, code: 'malformed_row', raw: '1,"stray' }]);
    expect(records[0]).toMatchObject({ line: 3, values: { a: '0', b: 'row' } });
    expect(records.at(-1)?.line).toBe(2 + rows.split('\n').length - 1);
  });

  it('yields only an empty_file issue for an empty or blank file', async () => {
    for (const content of ['', '\n\n  \r\n']) {
      const { opened, results } = await readAll(file(content));
      expect(opened.columns).toEqual([]);
      expect(results).toEqual([{ ok: false, issue: { file: expect.any(String), line: 0, code: 'empty_file', message: 'the file is empty: it has no header row' } }]);
    }
  });

  it('reads a header-only file as columns and no rows', async () => {
    const { opened, results } = await readAll(file('a,b'));
    expect(opened.columns).toEqual(['a', 'b']);
    expect(results).toEqual([]);
  });

  it('skips blank lines but counts them', async () => {
    const { records, issues } = await readAll(file('\n\na,b\n\n1,2\n   \n,\n3,4\n\n'));
    expect(issues).toEqual([]);
    expect(records.map((r) => [r.line, r.values])).toEqual([
      [5, { a: '1', b: '2' }],
      [8, { a: '3', b: '4' }],
    ]);
  });

  it('reports a repeated header name and reads the first such column', async () => {
    const { results } = await readAll(file('id,name,name\n1,a,b\n'));
    expect(results[0]).toMatchObject({ ok: false, issue: { line: 1, column: 'name', code: 'malformed_row' } });
    expect(results[1]).toMatchObject({ ok: true, record: { values: { id: '1', name: 'a' } } });
  });

  it('decodes a multi-byte character split across two chunks', async () => {
    const header = 'id,text\n';
    const filler = 'x'.repeat(SNIFF_BYTES - header.length - '1,'.length - 1);
    // '€' is 3 bytes; its first byte is the last of the first chunk.
    const path = file(`${header}1,${filler}€\n2,€uro\n`);
    const { opened, records, issues } = await readAll(path);
    expect(opened.encoding).toBe('utf-8');
    expect(issues).toEqual([]);
    expect(records.map((r) => (r.values.text as string).slice(-4))).toEqual(['xxx€', '€uro']);
  });

  it('streams a 200k-row file in batches of 1000, in order', async () => {
    const rows = Array.from({ length: 200_000 }, (_, i) => `${i},acct-${i % 97},2024-05-01,${i % 1000}\n`).join('');
    const { records, issues, batchSizes } = await readAll(file(`id,account,date,value\n${rows}`));
    expect(issues).toEqual([]);
    expect(records).toHaveLength(200_000);
    expect(batchSizes).toHaveLength(200);
    expect(new Set(batchSizes)).toEqual(new Set([1000]));
    expect(records.at(-1)).toMatchObject({ line: 200_001, values: { id: '199999' } });
  });

  it('stops reading when the consumer stops', async () => {
    const rows = Array.from({ length: 50_000 }, (_, i) => `${i},x\n`).join('');
    const { batches } = await csvReader.open(file(`a,b\n${rows}`), { batchSize: 10 });
    let seen = 0;
    for await (const batch of batches) {
      seen += batch.length;
      if (seen >= 30) break;
    }
    expect(seen).toBe(30);
  });

  it('rejects an unreadable path with an error naming it', async () => {
    const missing = join(dir, 'missing.csv');
    await expect(csvReader.open(missing)).rejects.toThrow(missing);
    await expect(csvReader.open(dir)).rejects.toThrow(`cannot read ${dir}`);
    await expect(csvReader.open(file('a\n1\n'), { encoding: 'no-such-encoding' })).rejects.toThrow('unknown encoding "no-such-encoding"');
  });
});

describe('readerFor', () => {
  it('chooses a reader by extension', () => {
    expect(['a.csv', 'b.TSV', 'c.txt', 'd.ndjson', 'e.jsonl', 'f.xlsx'].map((p) => readerFor(p)?.format)).toEqual(['csv', 'csv', 'csv', 'ndjson', 'ndjson', undefined]);
  });
});
