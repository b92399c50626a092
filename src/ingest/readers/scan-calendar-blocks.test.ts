import { describe, expect, it } from 'vitest';
import type { CalendarBlock } from './scan-calendar-blocks.js';
import { scanCalendarBlocks } from './scan-calendar-blocks.js';

async function blocks(chunks: readonly string[], maxBlockChars?: number): Promise<CalendarBlock[]> {
  const out: CalendarBlock[] = [];
  for await (const block of scanCalendarBlocks(chunks, maxBlockChars)) out.push(block);
  return out;
}

const TEXT = [
  'BEGIN:VCALENDAR',
  'BEGIN:VTIMEZONE', // 2
  'TZID:X',
  'END:VTIMEZONE',
  'BEGIN:VEVENT', // 5
  'UID:a',
  'DESCRIPTION:folded',
  '  over two lines',
  'BEGIN:VALARM',
  'END:VALARM',
  'END:VEV',
  ' ENT', // a folded END line still ends the event
  'BEGIN:VEVENT', // 13: cut short by the next one
  'UID:b',
  'BEGIN:VEVENT', // 15
  'UID:c',
  'END:VEVENT',
  'END:VCALENDAR',
  '',
].join('\r\n');

describe('scanCalendarBlocks', () => {
  it('finds each block with its line and text', async () => {
    expect((await blocks([TEXT])).map((b) => [b.kind, b.line, b.complete, b.text.split('\r\n').length])).toEqual([
      ['vtimezone', 2, true, 3],
      ['vevent', 5, true, 8],
      ['vevent', 13, false, 2],
      ['vevent', 15, true, 3],
    ]);
  });

  it('gives the same blocks however the text is cut into chunks (inside a CRLF, a fold, a BEGIN line)', async () => {
    const whole = await blocks([TEXT]);
    for (const size of [1, 2, 3, 7, 64]) {
      const chunks: string[] = [];
      for (let i = 0; i < TEXT.length; i += size) chunks.push(TEXT.slice(i, i + size));
      expect(await blocks(chunks)).toEqual(whole);
    }
  });

  it('keeps only the start of a block over the cap, and its size', async () => {
    const text = ['BEGIN:VEVENT', 'UID:big', `X-BLOB:${'x'.repeat(5000)}`, 'END:VEVENT', 'BEGIN:VEVENT', 'UID:small', 'END:VEVENT'].join('\n');
    const found = await blocks([text], 1000);
    expect(found.map((b) => [b.line, b.complete, b.tooLarge, b.text.length])).toEqual([
      // its size counts its last line break
      [1, true, 5040, 1001],
      [5, true, undefined, 33],
    ]);
    expect(found[0]?.text.startsWith('BEGIN:VEVENT\nUID:big\nX-BLOB:xxx')).toBe(true);
  });
});
