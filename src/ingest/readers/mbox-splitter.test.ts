import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { MboxEntry } from './mbox-splitter.js';
import { MboxSplitter, readMboxMessages, TOO_LARGE_HEAD_BYTES } from './mbox-splitter.js';

const dir = mkdtempSync(join(tmpdir(), 'mbox-splitter-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function split(bytes: Buffer, chunkBytes = bytes.length, maxMessageBytes = 1024 * 1024): MboxEntry[] {
  const entries: MboxEntry[] = [];
  const splitter = new MboxSplitter(maxMessageBytes, (e) => entries.push(e));
  for (let i = 0; i < bytes.length; i += chunkBytes) splitter.push(bytes.subarray(i, i + chunkBytes));
  splitter.end();
  return entries;
}

/** What a test compares: position, date and text of each message. */
function summary(entries: readonly MboxEntry[]) {
  return entries.map((e) => (e.tooLarge ? { index: e.index, line: e.line, tooLarge: e.size } : { index: e.index, line: e.line, date: e.fromLineDate, text: e.bytes.toString('latin1'), truncated: e.truncated }));
}

const MBOX = [
  'From alice@example.com Fri Sep 20 12:27:56 2019',
  'Subject: one',
  '',
  'first body',
  '>From the start, escaped once',
  '>>From deeper quoting',
  'a line with >From inside stays',
  '',
  'From bob@example.com  Sat Sep 21 08:00:00 2019',
  'Subject: two',
  '',
  'hello',
  'From here on, an mboxo body line that follows text',
  'From someone without a date, after text: still body',
  'end',
  '',
].join('\n');

describe('MboxSplitter', () => {
  it('splits at From_ lines, reports their line and date, and unescapes >From lines once', () => {
    expect(summary(split(Buffer.from(MBOX)))).toEqual([
      {
        index: 1, line: 1, date: '2019-09-20T12:27:56.000Z', truncated: false,
        text: 'Subject: one\n\nfirst body\nFrom the start, escaped once\n>From deeper quoting\na line with >From inside stays\n',
      },
      {
        index: 2, line: 9, date: '2019-09-21T08:00:00.000Z', truncated: false,
        text: 'Subject: two\n\nhello\nFrom here on, an mboxo body line that follows text\nFrom someone without a date, after text: still body\nend\n',
      },
    ]);
  });

  it('gives the same messages whatever the chunk boundaries', () => {
    const whole = summary(split(Buffer.from(MBOX)));
    for (const size of [1, 2, 3, 5, 6, 7, 13, 64]) expect(summary(split(Buffer.from(MBOX), size)), `chunks of ${size}`).toEqual(whole);
  });

  it('reads CRLF files, keeping CRLF inside the message', () => {
    const crlf = Buffer.from(MBOX.replace(/\n/g, '\r\n'));
    const entries = summary(split(crlf, 5));
    expect(entries.map((e) => [e.index, e.line, 'date' in e ? e.date : undefined])).toEqual([
      [1, 1, '2019-09-20T12:27:56.000Z'],
      [2, 9, '2019-09-21T08:00:00.000Z'],
    ]);
    expect(entries[0]).toMatchObject({ text: 'Subject: one\r\n\r\nfirst body\r\nFrom the start, escaped once\r\n>From deeper quoting\r\na line with >From inside stays\r\n' });
  });

  it('marks a last message without a final line break as truncated', () => {
    const entries = summary(split(Buffer.from('From a@x Mon Jan  1 00:00:00 2024\nSubject: a\n\nok\n\nFrom b@x Mon Jan  1 00:00:01 2024\nSubject: b\n\ncut of')));
    expect(entries.map((e) => [e.index, e.line, 'truncated' in e && e.truncated])).toEqual([
      [1, 1, false],
      [2, 6, true],
    ]);
  });

  it('takes text before the first From_ line as a message at line 1, and ignores blank text there', () => {
    expect(summary(split(Buffer.from('Subject: no From_ line\n\nbody\n')))).toEqual([{ index: 1, line: 1, date: undefined, text: 'Subject: no From_ line\n\nbody\n', truncated: false }]);
    expect(summary(split(Buffer.from('\n\nFrom a@x Mon Jan  1 00:00:00 2024\nSubject: a\n\nx\n')))).toMatchObject([{ index: 1, line: 3 }]);
  });

  it('counts consecutive From_ lines as empty messages', () => {
    expect(summary(split(Buffer.from('From a@x Mon Jan  1 00:00:00 2024\nFrom b@x Mon Jan  1 00:00:01 2024\nSubject: b\n\nx\n'), 3))).toEqual([
      { index: 1, line: 1, date: '2024-01-01T00:00:00.000Z', text: '', truncated: false },
      { index: 2, line: 2, date: '2024-01-01T00:00:01.000Z', text: 'Subject: b\n\nx\n', truncated: false },
    ]);
  });

  it('skips a message above the limit without holding it, and keeps its first bytes for the headers', () => {
    const limit = 64 * 1024;
    const entries: MboxEntry[] = [];
    const splitter = new MboxSplitter(limit, (e) => entries.push(e));
    let peak = 0;
    splitter.push(Buffer.from('From a@x Mon Jan  1 00:00:00 2024\nSubject: big\n\n'));
    const line = Buffer.alloc(1000, 'x');
    line[999] = 0x0a;
    for (let i = 0; i < 1000; i++) {
      splitter.push(line);
      peak = Math.max(peak, splitter.bufferedBytes);
    }
    expect(splitter.bufferedBytes).toBe(0);
    splitter.push(Buffer.from('\nFrom b@x Mon Jan  1 00:00:01 2024\nSubject: small\n\nx\n'));
    splitter.end();
    expect(peak).toBeLessThanOrEqual(limit);
    expect(entries).toHaveLength(2);
    expect(entries[0]).toMatchObject({ index: 1, line: 1, tooLarge: true, size: 14 + 1000 * 1000 + 1 });
    const head = entries[0]?.tooLarge ? entries[0].head : Buffer.alloc(0);
    expect(head.length).toBe(TOO_LARGE_HEAD_BYTES);
    expect(head.subarray(0, 14).toString()).toBe('Subject: big\n\n');
    expect(entries[1]).toMatchObject({ index: 2, line: 1005, truncated: false });
  });
});

describe('readMboxMessages', () => {
  it('streams a file with small reads the same as with one read', async () => {
    const path = join(dir, 'small-reads.mbox');
    writeFileSync(path, MBOX);
    const read = async (chunkBytes: number) => {
      const entries: MboxEntry[] = [];
      for await (const entry of readMboxMessages(path, { chunkBytes })) entries.push(entry);
      return summary(entries);
    };
    expect(await read(7)).toEqual(summary(split(Buffer.from(MBOX))));
  });
});
