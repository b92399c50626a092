import { createHash } from 'node:crypto';
import { constants, copyFileSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { activeModel, scoreAccounts } from '../src/app/index.js';
import type { DemoSize } from '../src/demo/index.js';
import { migrateToLatest, openDatabase } from '../src/store/index.js';
import { sqliteHandleOf } from '../src/store/sqlite-handles.js';
import { importedStore } from './score-bench.js';
import { SCORE_AS_OF } from './score-phase.js';

/** When the benchmark's scoring run happens: a live run of the demo's last day. */
const SCORED_AT = '2026-11-02T00:00:00.000Z';

/**
 * What a cached scored store depends on besides the imported data: the scoring code and
 * the default model. A change to either scores the store again, so the API reads what the
 * current code writes (current_scores among it). Migrations are not in it: each run's copy
 * is migrated when it is opened, so a new index costs seconds, not a rescore.
 */
const SCORING_SOURCES = ['src/scoring', 'models/default.yaml', 'src/app/score-accounts.ts', 'src/app/score-batch.ts', 'src/app/score-pool.ts', 'src/app/score-worker.ts', 'src/app/rebuild-current-scores.ts', 'src/app/stored-snapshot.ts', 'src/app/load-signals.ts', 'src/store/current-score-repository.ts', 'src/store/snapshot-repository.ts'];

function filesUnder(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!path.endsWith('.ts') && !path.endsWith('.yaml')) return readdirSync(path).sort().flatMap((name) => filesUnder(join(path, name)));
  return path.endsWith('.test.ts') ? [] : [path];
}

function scoringFingerprint(): string {
  const hash = createHash('sha256');
  for (const file of SCORING_SOURCES.flatMap(filesUnder)) hash.update(file).update('\0').update(readFileSync(file)).update('\0');
  return hash.digest('hex').slice(0, 16);
}

export function removeDatabase(path: string): void {
  for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true });
}

/**
 * The demo data of a size imported (the score benchmark's cache, copied, never written)
 * and fully scored under the default model as of the demo's last day, kept in
 * `.bench/api-<size>.db`. The run is live, so current_scores, the portfolio's read model,
 * is filled as in production.
 */
async function scoredStore(size: DemoSize, root: string, log: (line: string) => void): Promise<string> {
  const imported = await importedStore(size, root);
  const scored = join(root, `api-${size}.db`);
  const marker = `${scored}.complete`;
  const wanted = JSON.stringify({ imported: readFileSync(`${imported}.complete`, 'utf8'), asOf: SCORE_AS_OF, code: scoringFingerprint() });
  if (existsSync(marker) && readFileSync(marker, 'utf8') === wanted) return scored;
  removeDatabase(scored);
  rmSync(marker, { force: true });
  log(`scoring ${size} once into ${scored} (cached for later runs)`);
  copyFileSync(imported, scored, constants.COPYFILE_FICLONE);
  const store = openDatabase(`sqlite:${scored}`);
  try {
    const migrated = await migrateToLatest(store);
    if (migrated.error) throw migrated.error;
    const { model } = await activeModel(store, { now: SCORED_AT, actor: 'bench' });
    const report = await scoreAccounts(store, model, { asOf: SCORE_AS_OF, now: SCORED_AT, mode: 'full' });
    const current = await store.db.selectFrom('current_scores').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    if (Number(current.n) === 0) throw new Error('the scoring run left current_scores empty');
    log(`scored ${report.scored.toLocaleString('en-US')} accounts; current_scores holds ${Number(current.n).toLocaleString('en-US')} rows`);
    sqliteHandleOf(store.db)?.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    await store.close();
  }
  writeFileSync(marker, wanted);
  return scored;
}

/** A copy of the scored store for one run (users, keys and their last use are written to it), so the cache stays clean. */
export async function apiBenchStore(size: DemoSize, root: string, log: (line: string) => void): Promise<string> {
  const scored = await scoredStore(size, root, log);
  const work = join(root, `api-${size}-run.db`);
  removeDatabase(work);
  copyFileSync(scored, work, constants.COPYFILE_FICLONE);
  return work;
}
