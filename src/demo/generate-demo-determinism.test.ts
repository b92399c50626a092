import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateDemo } from './index.js';

const AS_OF = '2026-11-01T00:00:00Z';
const dirs: string[] = [];

async function hashes(seed: number): Promise<Record<string, string>> {
  const dir = await mkdtemp(join(tmpdir(), 'bellwether-demo-det-'));
  dirs.push(dir);
  const result = await generateDemo({ size: 20, seed, asOf: AS_OF, outDir: dir });
  const out: Record<string, string> = {};
  for (const f of result.files) out[basename(f.path)] = createHash('sha256').update(await readFile(f.path)).digest('hex');
  return out;
}

afterAll(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

describe('generateDemo determinism', () => {
  it('writes byte-identical files for the same size, seed and asOf', async () => {
    const first = await hashes(5);
    expect(Object.keys(first)).toEqual(expect.arrayContaining(['activities.ndjson', 'mail.mbox', 'calendar.ics']));
    expect(await hashes(5)).toEqual(first);
  });

  it('writes different data for a different seed', async () => {
    const [a, b] = [await hashes(5), await hashes(6)];
    expect(a['accounts.csv']).not.toBe(b['accounts.csv']);
  });

  it('rejects an asOf that is not an ISO timestamp', async () => {
    await expect(generateDemo({ size: 1, asOf: 'next tuesday', outDir: join(tmpdir(), 'never-written') })).rejects.toMatchObject({ code: 'invalid_as_of' });
  });
});
