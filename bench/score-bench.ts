import { copyFileSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { importFiles } from '../src/app/import-files.js';
import type { DemoSize } from '../src/demo/index.js';
import { migrateToLatest, openDatabase } from '../src/store/index.js';
import { sqliteHandleOf } from '../src/store/sqlite-handles.js';
import { benchDemoData } from './demo-data.js';
import { runInChild } from './run-in-child.js';
import { SCORE_AS_OF, type ScorePhaseResult } from './score-phase.js';

/** The targets: seconds for a full rescore per size, memory, and incremental against full. */
export const SCORE_TARGETS = { fullSeconds: { S: 15, M: 15, L: 150 } as Record<DemoSize, number>, peakRssMb: 1024, incrementalShare: 0.05 } as const;

/** The moment scored: the demo's last day, so 24 months of signals lie behind it. */

/**
 * The demo data of a size imported (not scored) once into `.bench/score-<size>.db`, kept
 * since importing takes minutes. Never written to afterwards: benchmarks copy it.
 */
export async function importedStore(size: DemoSize, root: string): Promise<string> {
  const { dir } = await benchDemoData(size, root);
  const pristine = join(root, `score-${size}.db`);
  const marker = `${pristine}.complete`;
  if (!existsSync(marker) || readFileSync(marker, 'utf8') !== dir) {
    for (const suffix of ['', '-wal', '-shm']) rmSync(pristine + suffix, { force: true });
    const store = openDatabase(`sqlite:${pristine}`);
    try {
      const migrated = await migrateToLatest(store);
      if (migrated.error) throw migrated.error;
      await importFiles(store, [dir], { now: '2026-11-02T00:00:00.000Z' });
      // One file to copy per run: the WAL folded into the database.
      sqliteHandleOf(store.db)?.pragma('wal_checkpoint(TRUNCATE)');
    } finally {
      await store.close();
    }
    writeFileSync(marker, dir);
  }
  return pristine;
}

/** The store the score benchmark reads: the imported demo data, copied for each run so every run starts from the same state. */
async function preparedStore(size: DemoSize, root: string): Promise<string> {
  const pristine = await importedStore(size, root);
  const work = join(root, `score-${size}-run.db`);
  for (const suffix of ['', '-wal', '-shm']) rmSync(work + suffix, { force: true });
  copyFileSync(pristine, work);
  return work;
}

export interface ScoreBenchResult extends Omit<ScorePhaseResult, 'phase'> {
  readonly size: DemoSize;
  readonly checks: ReadonlyArray<{ name: string; target: string; actual: string; pass: boolean }>;
}

export async function runScoreBench(options: { size: DemoSize; root?: string }): Promise<ScoreBenchResult> {
  const root = options.root ?? '.bench';
  const work = await preparedStore(options.size, root);
  try {
    const result = await runInChild({ phase: 'score', url: `sqlite:${work}`, changedShare: 0.01, scratchDir: root });
    if (result.phase !== 'score') throw new Error('unexpected phase result');
    const share = result.incrementalSeconds / result.fullSeconds;
    const fullTarget = SCORE_TARGETS.fullSeconds[options.size];
    const checks = [
      { name: 'full rescore', target: `< ${fullTarget} s`, actual: `${result.fullSeconds.toFixed(1)} s`, pass: result.fullSeconds < fullTarget },
      { name: 'peak RSS', target: `< ${SCORE_TARGETS.peakRssMb} MB`, actual: `${result.peakRssMb} MB`, pass: result.peakRssMb < SCORE_TARGETS.peakRssMb },
      { name: 'incremental / full', target: `< ${SCORE_TARGETS.incrementalShare * 100} %`, actual: `${(share * 100).toFixed(1)} %`, pass: share < SCORE_TARGETS.incrementalShare },
    ];
    const { phase: _phase, ...figures } = result;
    return { size: options.size, ...figures, checks };
  } finally {
    for (const suffix of ['', '-wal', '-shm']) rmSync(work + suffix, { force: true });
  }
}

export function formatScoreReport(r: ScoreBenchResult): string {
  const lines = [
    `score benchmark, size ${r.size}: ${r.accounts.toLocaleString('en-US')} accounts, default model, as of ${SCORE_AS_OF}, SQLite`,
    `  full rescore          ${r.fullSeconds.toFixed(2)} s   ${Math.round(r.accounts / r.fullSeconds).toLocaleString('en-US')} accounts/s   peak RSS ${r.fullPeakRssMb} MB`,
    `  incremental (1 %)     ${r.incrementalSeconds.toFixed(2)} s   ${r.incrementalScored.toLocaleString('en-US')} rescored of ${r.changedAccounts.toLocaleString('en-US')} changed   ${((r.incrementalSeconds / r.fullSeconds) * 100).toFixed(1)} % of full`,
    `  peak RSS ${r.peakRssMb} MB`,
  ];
  for (const c of r.checks) lines.push(`  ${c.pass ? 'PASS' : 'MISS'} ${c.name}: ${c.actual} (target ${c.target})`);
  return lines.join('\n');
}
