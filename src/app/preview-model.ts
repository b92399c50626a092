import { readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { buildPopulation, populationInputs, type AccountScore, type CompiledModel, type Population, type PopulationInput } from '../scoring/index.js';
import { ModelRepository, SIGNAL_KINDS, SignalsRepository, type SignalList, type Store } from '../store/index.js';
import { compileOrThrow, DEFAULT_MODEL_FILE } from './active-model.js';
import { loadSignals } from './load-signals.js';
import { compared, previewSingles, scoreWith, type ComparedAccount, type RankedModel } from './preview-batch.js';
import { accountFamilies, type Families } from './score-accounts.js';
import { startScorePool } from './score-pool.js';
import { summarizePreview, type PreviewSummary } from './summarize-preview.js';

export interface PreviewModelOptions {
  /** The candidate model's YAML. */
  readonly source: string;
  /** The moment both models score: only what Bellwether knew then counts. */
  readonly asOf: string;
  /** When the preview is computed (reported as `computedAt`); from the edge. */
  readonly now: string;
  /** Only these accounts (e.g. a rep's); percentiles still rank among every account. */
  readonly accountIds?: readonly number[];
  /** Changes listed at most (default 500); `totalChanges` counts them all. */
  readonly limit?: number;
  /** Accounts read and scored at a time (default 50 on this thread, 500 on a pool). */
  readonly batchSize?: number;
  /** Threads that read and score (default: one per core from 2,000 accounts, as a run). */
  readonly threads?: number;
  /** Accounts scored so far, of those to score (a restriction's children included). */
  readonly onProgress?: (done: number, total: number) => void;
  readonly signal?: AbortSignal;
}

export interface ModelPreview extends PreviewSummary {
  readonly candidateName: string;
  readonly candidateVersion: string;
  readonly activeName: string;
  readonly activeVersion: string;
  readonly asOf: string;
  readonly computedAt: string;
  /** Accounts compared: every account known at asOf, or those of `accountIds`. */
  readonly accounts: number;
}

export const DEFAULT_PREVIEW_LIMIT = 500;

// On this thread the event loop gets a turn after reading a batch and after scoring it, so
// the HTTP server (on this thread too) waits one step at most. On the 2-core dev machine, a
// 1,500-account demo on SQLite, 100 accounts read in 30-85 ms and scored under two models in
// 50-220 ms (the first, cold, batch the slowest); batches of 50 keep a step near 100 ms.
const INLINE_BATCH = 50;
const POOL_BATCH = 500;
/** Below this many accounts threads cost more to start than they save (as in scoreAccounts). */
const POOL_MIN_ACCOUNTS = 2000;

/**
 * What would change if `source` replaced the active model: scores every account (or
 * `accountIds`) as of `asOf` under both models, from one read of its signals, and compares
 * bands and scores. Writes nothing: no model, run, population or snapshot. Percentile
 * populations are built in memory from every account, for both models alike, the way a
 * full run builds them. An invalid candidate throws the ModelError naming each problem's
 * YAML path and line.
 * @example
 * const preview = await previewModel(store, { source: yaml, asOf: now, now });
 * preview.scorecards.find((c) => c.scorecard === 'health')?.changedBand; // e.g. 42
 */
export async function previewModel(store: Store, options: PreviewModelOptions): Promise<ModelPreview> {
  const candidate = compileOrThrow(options.source);
  const active = await currentModel(store);
  const asOf = new Date(options.asOf).toISOString();
  const { signal } = options;
  signal?.throwIfAborted();
  const ids = await SignalsRepository.accountIds(store.db, asOf);
  const families = await accountFamilies(store, asOf);
  const wanted = options.accountIds ? intersect(ids, options.accountIds) : ids;
  // A parent rolls its children up: they are scored too, children first, though not reported.
  const toScore = withDescendants(wanted, families).sort((a, b) => (families.depth.get(a) ?? 0) - (families.depth.get(b) ?? 0) || a - b);
  const [activePopulation, candidatePopulation] = await populationsFor(store, [active, candidate], asOf, ids, signal);
  const before: RankedModel = { model: active, population: activePopulation };
  const after: RankedModel = { model: candidate, population: candidatePopulation };

  const results = new Map<number, ComparedAccount>();
  let done = 0;
  const progress = (n: number) => {
    done += n;
    options.onProgress?.(done, toScore.length);
  };
  const inFamily = (id: number) => families.parentOf.has(id) || families.children.has(id);
  const singles = toScore.filter((id) => !inFamily(id));
  const threads = options.threads ?? defaultThreads(store, singles.length);
  if (threads > 1) await previewOnPool(store, threads, before, after, asOf, singles, options.batchSize ?? POOL_BATCH, results, progress, signal);
  else {
    const batchSize = options.batchSize ?? INLINE_BATCH;
    for (let i = 0; i < singles.length; i += batchSize) {
      signal?.throwIfAborted();
      const signals = await loadSignals(store, singles.slice(i, i + batchSize), asOf);
      await nextTurn();
      for (const c of previewSingles(signals.values(), before, after, asOf)) results.set(c.accountId, c);
      progress(signals.size);
      await nextTurn();
    }
  }
  await previewFamilies(store, toScore.filter(inFamily), families, before, after, asOf, options.batchSize ?? INLINE_BATCH, results, progress, signal);

  const reported = wanted.map((id) => results.get(id)).filter((c): c is ComparedAccount => c !== undefined);
  const summary = summarizePreview(reported, active, candidate, options.limit ?? DEFAULT_PREVIEW_LIMIT);
  return { candidateName: candidate.name, candidateVersion: candidate.version, activeName: active.name, activeVersion: active.version, asOf, computedAt: options.now, accounts: reported.length, ...summary };
}

/** The active model, else the shipped default, which (unlike `activeModel`) is not stored: a preview writes nothing. */
async function currentModel(store: Store): Promise<CompiledModel> {
  const stored = await ModelRepository.active(store.db);
  return compileOrThrow(stored ? stored.source : await readFile(DEFAULT_MODEL_FILE, 'utf8'));
}

function intersect(ids: readonly number[], only: readonly number[]): number[] {
  const keep = new Set(only);
  return ids.filter((id) => keep.has(id));
}

function withDescendants(ids: readonly number[], families: Families): number[] {
  const out = new Set(ids);
  const queue = [...ids];
  while (queue.length > 0) {
    for (const k of families.children.get(queue.pop()!) ?? []) {
      if (out.has(k)) continue;
      out.add(k);
      queue.push(k);
    }
  }
  return [...out];
}

function defaultThreads(store: Store, accounts: number): number {
  // An in-memory SQLite database exists on this connection only.
  if (store.target.dialect === 'sqlite' && store.target.path === ':memory:') return 1;
  if (accounts < POOL_MIN_ACCOUNTS) return 1;
  return Math.max(1, Math.min(availableParallelism(), Math.ceil(accounts / POOL_BATCH)));
}

/**
 * Each model's percentile population from every account known at asOf, as a full run
 * builds it, but kept in memory. One pass reads the kinds of fact either model ranks by.
 * Both are built afresh rather than the active one read from a stored run: a backfill since
 * that run would rank the two sides in different data.
 */
async function populationsFor(store: Store, models: readonly CompiledModel[], asOf: string, ids: readonly number[], signal: AbortSignal | undefined): Promise<Array<Population | undefined>> {
  const ranked = models.map((model) => [model.scorecards, ...model.segments.map((s) => s.scorecards)].flat().flatMap((c) => c.components.flatMap((comp) => comp.metrics.filter((m) => m.normalizer.type === 'percentile'))));
  const all = ranked.flat();
  if (all.length === 0) return models.map(() => undefined);
  const lists = (Object.entries(SIGNAL_KINDS) as Array<[SignalList, string]>).filter(([, kind]) => all.some((m) => m.definition.signal === kind)).map(([list]) => list);
  const inputs: PopulationInput[][] = models.map(() => []);
  for (let i = 0; i < ids.length; i += POOL_BATCH) {
    signal?.throwIfAborted();
    const signals = await loadSignals(store, ids.slice(i, i + POOL_BATCH), asOf, lists);
    for (const s of signals.values()) {
      models.forEach((model, m) => {
        if (ranked[m]!.length > 0) for (const input of populationInputs(s, model, asOf)) inputs[m]!.push(input);
      });
    }
    await nextTurn();
  }
  return models.map((_, m) => (ranked[m]!.length > 0 ? buildPopulation(inputs[m]!) : undefined));
}

/** Accounts with no parent and no children, on threads that read and score both models; this thread only collects. */
async function previewOnPool(store: Store, threads: number, before: RankedModel, after: RankedModel, asOf: string, ids: readonly number[], batchSize: number, results: Map<number, ComparedAccount>, progress: (n: number) => void, signal: AbortSignal | undefined): Promise<void> {
  const json = (p: Population | undefined) => (p ? JSON.stringify(p) : null);
  const pool = await startScorePool(threads, {
    target: store.target,
    modelJson: JSON.stringify(before.model.definition),
    modelVersion: before.model.version,
    asOf,
    populationJson: json(before.population),
    candidate: { modelJson: JSON.stringify(after.model.definition), modelVersion: after.model.version, populationJson: json(after.population) },
  });
  const inFlight = new Set<Promise<void>>();
  try {
    for (let i = 0; i < ids.length; i += batchSize) {
      signal?.throwIfAborted();
      if (inFlight.size >= 2 * pool.size) await Promise.race(inFlight);
      const tracked: Promise<void> = pool.preview(ids.slice(i, i + batchSize)).then((batch) => {
        for (const c of batch) results.set(c.accountId, c);
        progress(batch.length);
        inFlight.delete(tracked);
      });
      // Awaited through race/all below; until then a failure must not count as unhandled.
      tracked.catch(() => {});
      inFlight.add(tracked);
    }
    await Promise.all(inFlight);
  } finally {
    await Promise.allSettled(inFlight);
    await pool.close();
  }
}

/** Accounts in a family, on this thread, children first so each parent rolls up its children's scores under each model. */
async function previewFamilies(store: Store, ids: readonly number[], families: Families, before: RankedModel, after: RankedModel, asOf: string, batchSize: number, results: Map<number, ComparedAccount>, progress: (n: number) => void, signal: AbortSignal | undefined): Promise<void> {
  const childScores = { before: new Map<number, AccountScore>(), after: new Map<number, AccountScore>() };
  for (let i = 0; i < ids.length; i += batchSize) {
    signal?.throwIfAborted();
    const batch = ids.slice(i, i + batchSize);
    const signals = await loadSignals(store, batch, asOf);
    await nextTurn();
    // In the batch's order (children first), not the loader's (by id).
    for (const id of batch) {
      const own = signals.get(id);
      if (!own) continue;
      const kids = families.children.get(id);
      const withKids = (scores: Map<number, AccountScore>) => (kids ? { ...own, children: kids.map((k) => scores.get(k)).filter((c): c is AccountScore => c !== undefined) } : own);
      const b = scoreWith(withKids(childScores.before), before, asOf);
      const a = scoreWith(withKids(childScores.after), after, asOf);
      if (families.parentOf.has(id)) {
        childScores.before.set(id, b);
        childScores.after.set(id, a);
      }
      results.set(id, compared(own, b, a));
    }
    progress(batch.length);
    await nextTurn();
  }
}
