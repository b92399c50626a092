import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { generateDemo } from '../src/demo/index.js';
import { importFile } from '../src/ingest/index.js';
import { ImportRepository, type Store } from '../src/store/index.js';
import { countRows, createTestStore, DIALECTS, factVersions, makeTempDir, quarantinedRows, type TestStore } from './test-setup.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CHILD = fileURLToPath(new URL('./import-crash-child.ts', import.meta.url));
const NOW = '2026-11-23T00:00:00.000Z';
const LATER = '2026-11-23T01:00:00.000Z';
/** Share of the file the child must report as committed before it is killed. */
const KILL_AT = 0.3;

interface KilledRun {
  readonly signal: NodeJS.Signals | null;
  readonly lastProgress: readonly [done: number, total: number];
  readonly finished: boolean;
}

/** Runs the import in a child process and SIGKILLs it once its progress passes {@link KILL_AT}. */
function importAndKill(url: string, file: string, relay: boolean): Promise<KilledRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, url, file, NOW, ...(relay ? ['relay'] : [])], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    let lastProgress: [number, number] = [0, 0];
    let finished = false;
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    createInterface({ input: child.stdout }).on('line', (line) => {
      const [word, done, total] = line.split(' ');
      if (word === 'done') finished = true;
      if (word !== 'progress') return;
      lastProgress = [Number(done), Number(total)];
      if (Number(done) >= KILL_AT * Number(total) && !child.killed) child.kill('SIGKILL');
    });
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`the import was not killed (exit ${code}, ${lastProgress.join('/')} rows):\n${stderr}`));
      else resolve({ signal, lastProgress, finished });
    });
  });
}

async function importState(store: Store) {
  const state: Record<string, unknown> = {};
  for (const table of ['accounts', 'usage_days']) {
    state[table] = { rowCount: await countRows(store, table), historyCount: await countRows(store, `${table}_history`), ...(await factVersions(store, table)) };
  }
  state.quarantine = await quarantinedRows(store);
  return state;
}

// ~300 accounts give ~23k usage days: 24 batches, a few seconds to import.
const demo = makeTempDir('bw-crash-demo-');
const accountsFile = join(demo.dir, 'accounts.csv');
const usageFile = join(demo.dir, 'usage_days.csv');
beforeAll(async () => {
  await generateDemo({ size: 300, asOf: '2026-11-01T00:00:00Z', outDir: demo.dir, seed: 11 });
});
afterAll(() => demo.remove());

for (const dialect of DIALECTS) {
  describe(`an import killed with SIGKILL (${dialect})`, () => {
    const stores: TestStore[] = [];
    afterEach(async () => {
      for (const s of stores.splice(0)) await s.cleanup();
    });

    for (const relay of [false, true]) {
      it(`leaves whole batches, and a re-run ends where a clean import does (${relay ? 'two threads taking turns' : 'one thread writing'})`, async () => {
        const crashed = await createTestStore(dialect);
        stores.push(crashed);
        await importFile(crashed.store.db, accountsFile, { now: NOW });

        const killed = await importAndKill(crashed.url, usageFile, relay);

        expect(killed.finished).toBe(false);
        const [killedRun] = await ImportRepository.list(crashed.store.db, 1);
        expect(killedRun).toMatchObject({ kind: 'usage_days', status: 'running', finished_at: null });
        // Committed batches are all there, and nothing past them: counts advance a batch at a time.
        const partial = await countRows(crashed.store, 'usage_days');
        expect(partial).toBeGreaterThan(0);
        expect(killedRun?.rows_read).toBeGreaterThanOrEqual(killed.lastProgress[0]);
        expect(killedRun?.rows_read).toBeLessThan(killed.lastProgress[1]);
        expect(partial).toBe(killedRun?.inserted);
        expect((await quarantinedRows(crashed.store)).filter((q) => q.startsWith(killedRun?.checksum ?? '?'))).toHaveLength(killedRun?.quarantined ?? -1);

        const rerun = await importFile(crashed.store.db, usageFile, { now: LATER });

        expect(rerun.fileIssue).toBeUndefined();
        expect(rerun.knownAt).toBe(NOW);
        expect(rerun.counts.unchanged).toBeGreaterThan(0);
        expect(rerun.counts.inserted).toBeGreaterThan(0);
        const runs = await ImportRepository.list(crashed.store.db, 2);
        expect(runs.map((r) => [r.id, r.status])).toEqual([
          [rerun.importId, 'completed'],
          [killedRun?.id, 'interrupted'],
        ]);

        const clean = await createTestStore(dialect);
        stores.push(clean);
        await importFile(clean.store.db, accountsFile, { now: NOW });
        const reference = await importFile(clean.store.db, usageFile, { now: NOW });
        expect(reference.counts.quarantined).toBeGreaterThan(0);

        expect(await importState(crashed.store)).toEqual(await importState(clean.store));
      });
    }
  });
}
