import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { icsReader } from './ics-reader.js';
import type { RawRecord } from './source-reader.js';
import type { RowIssue } from '../row-issue.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ics-stream-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const SINGLES = 20_000;

function single(i: number): string[] {
  const day = String(1 + (i % 28)).padStart(2, '0');
  return ['BEGIN:VEVENT', `UID:single-${i}`, `DTSTART:202403${day}T090000Z`, `DTEND:202403${day}T093000Z`, `SUMMARY:Call ${i}`, 'END:VEVENT'];
}

/**
 * 20,000 lone events between a weekly series (line 4) and the override of its third
 * meeting, the file's last event: the series can only be read once the whole file has been.
 */
function bigCalendar(): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Bellwether//test//EN'];
  lines.push('BEGIN:VEVENT', 'UID:weekly@acme.com', 'DTSTART:20240304T100000Z', 'DTEND:20240304T103000Z', 'RRULE:FREQ=WEEKLY;COUNT=5', 'SUMMARY:Weekly', 'END:VEVENT');
  for (let i = 0; i < SINGLES; i++) lines.push(...single(i));
  lines.push('BEGIN:VEVENT', 'UID:weekly@acme.com', 'RECURRENCE-ID:20240318T100000Z', 'DTSTART:20240319T150000Z', 'DTEND:20240319T160000Z', 'SUMMARY:Weekly (moved)', 'SEQUENCE:1', 'END:VEVENT');
  lines.push('END:VCALENDAR', '');
  return lines.join('\r\n');
}

describe('icsReader: a large calendar, streamed', () => {
  it('reads every event once, with the series and its override at the end of the file, at their lines', async () => {
    const path = join(dir, 'big.ics');
    await writeFile(path, bigCalendar());
    const records: RawRecord[] = [];
    const issues: RowIssue[] = [];
    const { batches } = await icsReader.open(path, { batchSize: 500 });
    for await (const batch of batches) {
      for (const r of batch) {
        if (r.ok) records.push(r.record);
        else issues.push(r.issue);
      }
    }

    expect(issues).toEqual([]);
    expect(records).toHaveLength(SINGLES + 5);
    const ids = records.map((r) => String(r.values.external_id));
    expect(new Set(ids).size).toBe(ids.length);
    // Lone events come as they are read: event i begins at line 11 + 6i.
    expect(records.slice(0, SINGLES).every((r, i) => r.values.external_id === `single-${i}` && r.line === 11 + 6 * i)).toBe(true);
    const overrideLine = 11 + 6 * SINGLES;
    expect(records.slice(SINGLES).map((r) => [r.line, r.values.external_id, r.values.occurred_at, r.values.subject])).toEqual([
      [4, 'weekly@acme.com/2024-03-04T10:00:00.000Z', '2024-03-04T10:00:00.000Z', 'Weekly'],
      [4, 'weekly@acme.com/2024-03-11T10:00:00.000Z', '2024-03-11T10:00:00.000Z', 'Weekly'],
      [overrideLine, 'weekly@acme.com/2024-03-18T10:00:00.000Z', '2024-03-19T15:00:00.000Z', 'Weekly (moved)'],
      [4, 'weekly@acme.com/2024-03-25T10:00:00.000Z', '2024-03-25T10:00:00.000Z', 'Weekly'],
      [4, 'weekly@acme.com/2024-04-01T10:00:00.000Z', '2024-04-01T10:00:00.000Z', 'Weekly'],
    ]);
  });
});
