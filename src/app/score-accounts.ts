import { availableParallelism } from 'node:os';
import { buildPopulation, populationInputs, scoreAccount, type AccountScore, type CompiledModel, type Population, type PopulationInput } from '../scoring/index.js';
import { AccountRepository, AuditRepository, CurrentScoreRepository, ModelRepository, SIGNAL_KINDS, SignalsRepository, SnapshotRepository, type ParentLink, type SignalList, type SnapshotRow, type Store } from '../store/index.js';
import { loadSignals } from './load-signals.js';
import { rebuildCurrentScores } from './rebuild-current-scores.js';
import { addBand, mergeBands, scoreSingles, snapshotRow, type BandCounts } from './score-batch.js';
import { startScorePool } from './score-pool.js';

export type ScoreMode = 'auto' | 'full';

export interface ScoreAccountsOptions {
  /** The moment scored: only what Bellwether knew then counts. */
  readonly asOf: string;
  /** When the run happens (run records, snapshot created_at); from the edge. */
  readonly now: string;
  /** `auto` rescores only accounts whose inputs changed since their snapshot (all when the model is new); `full` rescores every account. */
  readonly mode?: ScoreMode;
  /** Accounts read and scored at a time: bounds memory (default 500). */
  readonly batchSize?: number;
  readonly onProgress?: (done: number, total: number) => void;
  /** Threads that read and score (default: one per core, when there are enough accounts and the database is a file or a server). */
  readonly threads?: number;
}

export interface ScoreRunReport {
  readonly runId: number;
  readonly modelName: string;
  readonly modelVersion: string;
  readonly asOf: string;
  readonly mode: 'full' | 'incremental';
  /** Accounts known at asOf. */
  readonly total: number;
  readonly scored: number;
  /** Accounts whose snapshot still held (no new data, no window edge crossed). */
  readonly kept: number;
  /** Of the accounts scored now, how many fell in each band, per scorecard. */
  readonly bands: Readonly<Record<string, Readonly<Record<string, number>>>>;
}

const DEFAULT_BATCH = 500;

/**
 * Scores accounts as of a moment under a model and stores their snapshots. Reads signals
 * in batches, scores each account with the pure engine, and writes each batch in one
 * transaction. In `auto` mode an account keeps its latest snapshot when nothing it depends
 * on changed: no fact imported, no override or pulse set since that snapshot's run, and
 * no window edge or expiry passed (the snapshot's `validUntil`, from `nextChangeAt`).
 * A live run of the portfolio's model also keeps the portfolio's read model, current_scores,
 * in the same transactions (see `isLiveRun`; docs/architecture.md, "Portfolio read model").
 */
export async function scoreAccounts(store: Store, model: CompiledModel, options: ScoreAccountsOptions): Promise<ScoreRunReport> {
  const { db } = store;
  const asOf = new Date(options.asOf).toISOString();
  const batchSize = options.batchSize ?? DEFAULT_BATCH;
  const importWatermark = await SignalsRepository.latestImportId(db);
  const humanWatermark = await AuditRepository.latestId(db);
  const ids = await SignalsRepository.accountIds(db, asOf);
  const firstCard = model.scorecards[0]?.name ?? '';

  const families = await accountFamilies(store, asOf);
  const plan = options.mode === 'full' ? undefined : await incrementalPlan(store, model, asOf, ids, firstCard, families);
  const mode = plan ? 'incremental' : 'full';
  // Children before their parents, so a parent's roll-up finds its children's scores.
  const toScore = (plan ? ids.filter((id) => plan.has(id)) : [...ids]).sort((a, b) => (families.depth.get(a) ?? 0) - (families.depth.get(b) ?? 0) || a - b);
  // The portfolio's read model shows the model in use as of the latest moment: only a live
  // run of that model writes it (a backdated run or a replay writes history only).
  const portfolioModel = await isPortfolioModel(store, model.version);
  const live = portfolioModel && isLiveRun(asOf, options.now, await SnapshotRepository.latestRunAsOf(db));
  if (portfolioModel && (await CurrentScoreRepository.isEmpty(db))) await rebuildCurrentScores(store, model.version, { now: options.now });
  const runId = await SnapshotRepository.startRun(db, { modelVersion: model.version, asOf, mode, startedAt: options.now, importWatermark, humanWatermark });

  const population = await populationFor(store, model, asOf, mode === 'full' ? ids : undefined, batchSize);
  const bands: BandCounts = {};
  let scored = 0;
  const write = async (rows: readonly SnapshotRow[]) =>
    db.transaction().execute(async (trx) => {
      await SnapshotRepository.save(trx, runId, options.now, rows);
      if (live) await CurrentScoreRepository.refresh(trx, { modelVersion: model.version, asOf, accountIds: [...new Set(rows.map((r) => r.account_id))], updatedAt: options.now });
    });
  // Accounts in a family are scored here, children first, so a parent rolls up its
  // children's fresh scores; the rest, most accounts, on a pool of threads when it pays.
  const inFamily = (id: number) => families.parentOf.has(id) || families.children.has(id);
  const singles = toScore.filter((id) => !inFamily(id));
  const familyIds = toScore.filter(inFamily);
  const progress = () => options.onProgress?.(scored, toScore.length);
  try {
    const threads = options.threads ?? defaultThreads(store, singles.length, batchSize);
    if (threads > 1) {
      const pool = await startScorePool(threads, { target: store.target, modelJson: JSON.stringify(model.definition), modelVersion: model.version, asOf, populationJson: population ? JSON.stringify(population) : null });
      // At most two batches per thread in flight: enough to keep every thread busy while this one writes.
      let writing: Promise<unknown> = Promise.resolve();
      const inFlight = new Set<Promise<void>>();
      try {
        for (let i = 0; i < singles.length; i += batchSize) {
          if (inFlight.size >= 2 * pool.size) await Promise.race(inFlight);
          const task = pool.score(singles.slice(i, i + batchSize)).then((done) => {
            writing = writing.then(async () => {
              await write(done.rows);
              mergeBands(bands, done.bands);
              scored += done.accounts;
              progress();
            });
            return writing;
          });
          const tracked: Promise<void> = task.then(() => void inFlight.delete(tracked));
          // Awaited through race/all below; until then a failure must not count as unhandled.
          tracked.catch(() => {});
          inFlight.add(tracked);
        }
        await Promise.all(inFlight);
        await writing;
      } finally {
        // On a failure too: nothing may still be writing when the run is marked failed.
        await Promise.allSettled(inFlight);
        await writing.catch(() => {});
        await pool.close();
      }
    } else {
      for (let i = 0; i < singles.length; i += batchSize) {
        const signals = await loadSignals(store, singles.slice(i, i + batchSize), asOf);
        const done = scoreSingles(signals.values(), model, asOf, population);
        await write(done.rows);
        mergeBands(bands, done.bands);
        scored += done.accounts;
        progress();
      }
    }
    const childScores = new Map<number, AccountScore>();
    for (let i = 0; i < familyIds.length; i += batchSize) {
      const batch = familyIds.slice(i, i + batchSize);
      const signals = await loadSignals(store, batch, asOf);
      const rows: SnapshotRow[] = [];
      // In the batch's order (children first), not the loader's (by id).
      for (const id of batch) {
        const own = signals.get(id);
        if (!own) continue;
        const kids = families.children.get(own.account.id);
        const s = kids ? { ...own, children: kids.map((k) => childScores.get(k)).filter((c): c is AccountScore => c !== undefined) } : own;
        const result = scoreAccount(s, model, asOf, population ? { population } : {});
        if (families.parentOf.has(own.account.id)) childScores.set(own.account.id, result);
        for (const snapshot of result.scorecards) {
          rows.push(snapshotRow(result, snapshot));
          addBand(bands, snapshot);
        }
        scored++;
      }
      await write(rows);
      progress();
    }
  } catch (error) {
    await SnapshotRepository.finishRun(db, runId, { status: 'failed', finishedAt: options.now, total: ids.length, scored, kept: 0 });
    throw error;
  }
  // Every account is now scored under this model: rows of the model it replaced go.
  if (live && mode === 'full') await CurrentScoreRepository.keepOnly(db, model.version);
  const kept = ids.length - scored;
  await SnapshotRepository.finishRun(db, runId, { status: 'completed', finishedAt: options.now, total: ids.length, scored, kept });
  return { runId, modelName: model.name, modelVersion: model.version, asOf, mode, total: ids.length, scored, kept, bands };
}


/**
 * A run scores "now" when its moment is at most this long before it started. Facts and
 * human input learned after such a moment arrive after the run, so the import and audit
 * watermarks show them. (A file whose known_at column lies in the future is the exception.)
 */
const LIVE_RUN_SLACK_MS = 60_000;

/**
 * A live run scores "now": its moment is within {@link LIVE_RUN_SLACK_MS} of when it runs, or
 * no earlier run scored a later moment (a first run as of the data's last day counts).
 */
function isLiveRun(asOf: string, now: string, latestScored: string | undefined): boolean {
  const at = Date.parse(asOf);
  return at >= Date.parse(now) - LIVE_RUN_SLACK_MS || latestScored === undefined || at >= Date.parse(latestScored);
}

/** The model the portfolio shows: the active one, or any while none is active (a run with a candidate model from a file leaves the portfolio alone). */
async function isPortfolioModel(store: Store, version: string): Promise<boolean> {
  const active = await ModelRepository.active(store.db);
  return !active || active.version === version;
}

/** Below this many accounts to score, threads cost more to start than they save. */
const POOL_MIN_ACCOUNTS = 2000;

function defaultThreads(store: Store, accounts: number, batchSize: number): number {
  // An in-memory SQLite database exists on this connection only.
  if (store.target.dialect === 'sqlite' && store.target.path === ':memory:') return 1;
  if (accounts < POOL_MIN_ACCOUNTS) return 1;
  return Math.max(1, Math.min(availableParallelism(), Math.ceil(accounts / batchSize)));
}


/**
 * The accounts an incremental run must score, or undefined when the run must be full (no
 * earlier run of this model at or before asOf). An account is rescored when it has no
 * snapshot yet, its facts changed since the run that scored it, a person set an override or
 * pulse on it since, or its snapshot's validUntil has passed by asOf. Parents go with
 * their children, since a roll-up reads them.
 */
async function incrementalPlan(store: Store, model: CompiledModel, asOf: string, ids: readonly number[], firstCard: string, families: Families): Promise<Set<number> | undefined> {
  const { db } = store;
  const latest = await SnapshotRepository.latestPerAccount(db, model.version, firstCard, asOf);
  if (latest.size === 0) return undefined;
  const runIds = new Set([...latest.values()].map((l) => l.runId));
  let importWatermark = Infinity;
  let humanWatermark = Infinity;
  const backdated = new Set<number>();
  for (const runId of runIds) {
    const run = await SnapshotRepository.run(db, runId);
    if (!run) continue;
    importWatermark = Math.min(importWatermark, run.import_watermark);
    humanWatermark = Math.min(humanWatermark, run.human_watermark);
    if (Date.parse(run.as_of) < Date.parse(run.started_at) - LIVE_RUN_SLACK_MS) backdated.add(runId);
  }
  const plan = new Set<number>();
  for (const id of ids) {
    const snap = latest.get(id);
    if (!snap || (snap.validUntil !== null && snap.validUntil <= asOf)) plan.add(id);
    // A run as of a past moment (a replay, --as-of) could not see facts or human input
    // already stored but learned after that moment; for a later moment they count, and
    // no watermark shows them. Its snapshots hold for their own moment only.
    else if (backdated.has(snap.runId) && snap.asOf !== asOf) plan.add(id);
  }
  const changed = await SignalsRepository.changedAccounts(db, { importId: Number.isFinite(importWatermark) ? importWatermark : 0 });
  for (const id of changed) plan.add(id);
  // A parent an account has left rolled it up in its snapshot: it is rescored too.
  for (const id of await AccountRepository.formerParentIds(db, changed)) plan.add(id);
  for (const id of await AuditRepository.accountsSince(db, Number.isFinite(humanWatermark) ? humanWatermark : 0)) plan.add(id);
  addFamilies(families, plan);
  return plan;
}

export interface Families {
  readonly children: Map<number, number[]>;
  readonly parentOf: Map<number, number>;
  /** How many levels of children an account has under it: 0 for a leaf. */
  readonly depth: Map<number, number>;
}

/** Parent links between accounts as Bellwether knew them at `asOf` (a re-parenting later must not change a past roll-up). */
export async function accountFamilies(store: Store, asOf: string): Promise<Families> {
  return familiesOf(await AccountRepository.parentLinksAsOf(store.db, asOf));
}

/** Children, parents and depths from parent links; links to unknown accounts and to oneself are ignored. */
export function familiesOf(links: readonly ParentLink[]): Families {
  const byExternal = new Map(links.map((r) => [r.externalId, r.id]));
  const children = new Map<number, number[]>();
  const parentOf = new Map<number, number>();
  for (const r of links) {
    const parent = r.parentExternalId ? byExternal.get(r.parentExternalId) : undefined;
    if (parent === undefined || parent === r.id) continue;
    (children.get(parent) ?? children.set(parent, []).get(parent)!).push(r.id);
    parentOf.set(r.id, parent);
  }
  const depth = new Map<number, number>();
  for (const leaf of parentOf.keys()) {
    // Walk up from each child; a cycle in the links stops at the first repeat.
    const seen = new Set<number>([leaf]);
    let level = 0;
    for (let p = parentOf.get(leaf); p !== undefined && !seen.has(p); p = parentOf.get(p)) {
      seen.add(p);
      level++;
      depth.set(p, Math.max(depth.get(p) ?? 0, level));
    }
  }
  return { children, parentOf, depth };
}


/** Adds the parent of every planned account, and every child of a planned parent. */
function addFamilies(families: Families, plan: Set<number>): void {
  for (const id of [...plan]) for (let p = families.parentOf.get(id); p !== undefined && !plan.has(p); p = families.parentOf.get(p)) plan.add(p);
  const queue = [...plan];
  while (queue.length > 0) {
    for (const k of families.children.get(queue.pop()!) ?? []) {
      if (!plan.has(k)) {
        plan.add(k);
        queue.push(k);
      }
    }
  }
}

/**
 * The population percentile metrics rank accounts in. A full run computes it from every
 * account and stores it; an incremental run reuses the stored one, so accounts it keeps and
 * accounts it rescores are ranked in the same population.
 */
async function populationFor(store: Store, model: CompiledModel, asOf: string, allIds: readonly number[] | undefined, batchSize: number): Promise<Population | undefined> {
  const percentile = [model.scorecards, ...model.segments.map((s) => s.scorecards)].flat().flatMap((c) => c.components.flatMap((comp) => comp.metrics.filter((m) => m.normalizer.type === 'percentile')));
  if (percentile.length === 0) return undefined;
  let ids = allIds;
  if (!ids) {
    const stored = await SnapshotRepository.population(store.db, model.version, asOf);
    if (stored) return stored.population as Population;
    ids = await SignalsRepository.accountIds(store.db, asOf);
  }
  // Only the kinds of fact the ranked metrics read: the first pass then costs a fraction of the scoring pass.
  const lists = (Object.entries(SIGNAL_KINDS) as Array<[SignalList, string]>).filter(([, kind]) => percentile.some((m) => m.definition.signal === kind)).map(([list]) => list);
  const inputs: PopulationInput[] = [];
  for (let i = 0; i < ids.length; i += batchSize) {
    const signals = await loadSignals(store, ids.slice(i, i + batchSize), asOf, lists);
    for (const s of signals.values()) for (const input of populationInputs(s, model, asOf)) inputs.push(input);
  }
  const population = buildPopulation(inputs);
  await SnapshotRepository.savePopulation(store.db, model.version, asOf, population);
  return population;
}
