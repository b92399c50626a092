import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { ScoreSnapshot } from '../domain/index.js';
import { loadModel, scoreAccount } from '../scoring/index.js';
import { randomSignals, seededRandom } from '../scoring/test-support/random-signals.js';
import { DEFAULT_MODEL_FILE } from './active-model.js';
import { compactSnapshot, expandSnapshot, STORED_EVIDENCE } from './stored-snapshot.js';

const AS_OF = '2025-06-30T12:00:00.000Z';

/** What storing may change: figures to 4 decimals, evidence to the newest few. */
function asStored(s: ScoreSnapshot): ScoreSnapshot {
  return JSON.parse(
    JSON.stringify({ ...s, components: s.components.map((c) => ({ ...c, metrics: c.metrics.map((m) => ({ ...m, evidence: m.evidence.slice(-STORED_EVIDENCE) })) })) }, (_k, v: unknown) =>
      typeof v === 'number' && !Number.isInteger(v) ? Math.round(v * 1e4) / 1e4 : v,
    ),
  ) as ScoreSnapshot;
}

describe('compactSnapshot and expandSnapshot', () => {
  it('give back every snapshot of 200 seeded accounts, up to 4 decimals and trimmed evidence, smaller than plain JSON', async () => {
    const loaded = loadModel(await readFile(DEFAULT_MODEL_FILE, 'utf8'));
    if (!loaded.ok) throw new Error('default model');
    const rand = seededRandom(42);
    let plain = 0;
    let compact = 0;
    for (let i = 0; i < 200; i++) {
      for (const s of scoreAccount(randomSignals(rand, i + 1), loaded.model, AS_OF).scorecards) {
        const body = compactSnapshot(s);
        expect(expandSnapshot(body)).toEqual(asStored(s));
        plain += JSON.stringify(asStored(s)).length;
        compact += body.length;
      }
    }
    expect(compact / plain).toBeLessThan(0.9);
  });
});
