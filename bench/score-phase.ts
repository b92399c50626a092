import { writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DEFAULT_MODEL_FILE } from '../src/app/active-model.js';
import { importFiles } from '../src/app/import-files.js';
import { scoreAccounts } from '../src/app/score-accounts.js';
import { loadModel } from '../src/scoring/index.js';
import { migrateToLatest, openDatabase } from '../src/store/index.js';
import { peakRssMb, timed } from './measure.js';

/** The moment scored: the demo's last day, so 24 months of signals lie behind it. */
export const SCORE_AS_OF = '2026-11-01T00:00:00.000Z';
const NOW = '2026-11-23T00:00:00.000Z';
const AS_OF = SCORE_AS_OF;

export interface ScorePhaseRequest {
  readonly phase: 'score';
  readonly url: string;
  readonly changedShare: number;
  readonly scratchDir: string;
}

export interface ScorePhaseResult {
  readonly phase: 'score';
  readonly accounts: number;
  readonly fullSeconds: number;
  readonly fullPeakRssMb: number;
  readonly changedAccounts: number;
  readonly incrementalSeconds: number;
  readonly incrementalScored: number;
  readonly peakRssMb: number;
}

/** In the child: a full rescore, then 1 % of accounts get a new ticket, then an incremental rescore. */
export async function scorePhase(request: ScorePhaseRequest): Promise<ScorePhaseResult> {
  const store = openDatabase(request.url);
  try {
    const migrated = await migrateToLatest(store);
    if (migrated.error) throw migrated.error;
    const loaded = loadModel(await readFile(DEFAULT_MODEL_FILE, 'utf8'));
    if (!loaded.ok) throw new Error('the default model does not load');
    const model = loaded.model;
    const full = await timed(() => scoreAccounts(store, model, { asOf: AS_OF, now: NOW, mode: 'full' }));

    const ids = await store.db.selectFrom('accounts').select('external_id').orderBy('id').execute();
    const step = Math.max(1, Math.round(1 / request.changedShare));
    const changed = ids.filter((_, i) => i % step === 0);
    const file = join(request.scratchDir, 'tickets.csv');
    const lines = ['external_id,account_external_id,opened_at,priority,status,subject,known_at'];
    changed.forEach((a, i) => lines.push(`BENCH-${i},${a.external_id},2026-10-30T10:00:00Z,high,open,Bench change,2026-10-31T00:00:00Z`));
    writeFileSync(file, `${lines.join('\n')}\n`);
    await importFiles(store, [file], { now: NOW, threads: 'inline' });
    const incremental = await timed(() => scoreAccounts(store, model, { asOf: AS_OF, now: NOW }));
    return {
      phase: 'score',
      accounts: full.result.total,
      fullSeconds: full.seconds,
      fullPeakRssMb: full.peakRssMb,
      changedAccounts: changed.length,
      incrementalSeconds: incremental.seconds,
      incrementalScored: incremental.result.scored,
      peakRssMb: peakRssMb(),
    };
  } finally {
    await store.close();
  }
}

