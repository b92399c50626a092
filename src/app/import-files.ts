import { availableParallelism } from 'node:os';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { ENTITY_KINDS, type EntityKind } from '../domain/index.js';
import { detectPreset, importFile, inlineFilePreparer, kindFromFileName, readerFor, relayPartner, workerFilePreparer, type FileImportReport, type FilePreparer, type ImportFileOptions } from '../ingest/index.js';
import type { Store } from '../store/index.js';
import { importSettings } from './import-settings.js';

/** Formats that hold activities whatever the file is called. */
const ACTIVITY_FORMATS = new Set(['eml', 'mbox', 'ics']);

const DAY_MS = 86_400_000;
/** Recurring meetings are expanded over this range around the import's time unless told otherwise. */
export const CALENDAR_PAST_DAYS = 3 * 365;
export const CALENDAR_FUTURE_DAYS = 365;

export interface ImportReport {
  readonly files: readonly FileImportReport[];
  readonly totals: { rowsRead: number; inserted: number; updated: number; unchanged: number; quarantined: number; unmatched: number; failedFiles: number };
}

/** Files in a directory are imported too (not recursively), in name order. */
async function expand(paths: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const p of paths) {
    const info = await stat(p).catch(() => undefined);
    if (info?.isDirectory()) {
      const names = (await readdir(p)).sort();
      out.push(...names.map((n) => join(p, n)).filter((f) => readerFor(f)));
    } else out.push(p);
  }
  return out;
}

/**
 * The kind importFile will take the file to hold, worked out the same way: a given kind or
 * mapping, else a preset recognised by the file's headers, else the file name. A Salesforce
 * export named "report.csv" holds accounts and must go before the tickets that name them.
 */
async function plannedKind(file: string, options: ImportFileOptions): Promise<EntityKind | undefined> {
  if (ACTIVITY_FORMATS.has(readerFor(file)?.format ?? '')) return 'activities';
  if (options.kind) return options.kind;
  const mappingKind = options.mapping ? options.mapping.kind : await presetKind(file, options);
  return mappingKind ?? kindFromFileName(file);
}

async function presetKind(file: string, options: ImportFileOptions): Promise<EntityKind | undefined> {
  try {
    const opened = await readerFor(file)?.open(file, { ...(options.encoding ? { encoding: options.encoding } : {}), ...(options.delimiter ? { delimiter: options.delimiter } : {}) });
    return opened ? detectPreset(opened.columns)?.kind : undefined;
  } catch {
    return undefined; // importFile reports the unreadable file
  }
}

/**
 * Which threads import: `worker` a second thread too (on SQLite sharing CSV and NDJSON files
 * batch by batch, see ingest/relay-partner.ts; otherwise preparing files while this one
 * writes), `inline` this thread alone, `auto` the second thread when there are two cores and
 * enough data to repay its start (tens of milliseconds).
 */
export type PrepareThreads = 'auto' | 'worker' | 'inline';

/** Below this much input a worker thread costs more than it saves. */
const WORKER_MIN_BYTES = 8 * 1024 * 1024;

async function useWorkers(files: readonly string[], threads: PrepareThreads): Promise<boolean> {
  if (threads !== 'auto') return threads === 'worker';
  if (availableParallelism() < 2) return false;
  let bytes = 0;
  for (const f of files) bytes += (await stat(f).catch(() => undefined))?.size ?? 0;
  return bytes >= WORKER_MIN_BYTES;
}

/** A worker preparer started only when a file needs it: most tabular files go to the relay partner instead. */
function lazyWorkerPreparer(): FilePreparer {
  let started: FilePreparer | undefined;
  return {
    open: (file, options) => (started ??= workerFilePreparer()).open(file, options),
    close: async () => started?.close(),
  };
}

export interface ImportFilesOptions extends ImportFileOptions {
  readonly onFile?: (file: string, index: number, total: number) => void;
  /** Default `auto`. */
  readonly threads?: PrepareThreads;
}

/**
 * Imports files in the order their references need: accounts before the records that
 * name them, whatever order the user typed. One file's failure does not stop the rest.
 */
export async function importFiles(store: Store, paths: readonly string[], options: ImportFilesOptions): Promise<ImportReport> {
  const planned: Array<{ file: string; rank: number }> = [];
  for (const file of await expand(paths)) {
    const kind = await plannedKind(file, options);
    planned.push({ file, rank: kind ? ENTITY_KINDS.indexOf(kind) : ENTITY_KINDS.length });
  }
  // Array#sort is stable: files of one kind keep the order they were given in.
  const files = planned.sort((a, b) => a.rank - b.rank).map((p) => p.file);
  const reports: FileImportReport[] = [];
  const totals = { rowsRead: 0, inserted: 0, updated: 0, unchanged: 0, quarantined: 0, unmatched: 0, failedFiles: 0 };
  const saved = await importSettings(store);
  const nowMs = Date.parse(options.now);
  const fileOptions: ImportFileOptions = {
    ...options,
    internalDomains: [...saved.internalDomains, ...(options.internalDomains ?? [])],
    storeBodies: options.storeBodies ?? saved.storeBodies,
    expandFrom: options.expandFrom ?? new Date(nowMs - CALENDAR_PAST_DAYS * DAY_MS).toISOString(),
    expandUntil: options.expandUntil ?? new Date(nowMs + CALENDAR_FUTURE_DAYS * DAY_MS).toISOString(),
  };
  const workers = await useWorkers(files, options.threads ?? 'auto');
  const preparer = options.preparer ?? (workers ? lazyWorkerPreparer() : inlineFilePreparer);
  // On PostgreSQL the writes wait on the network, and the pipeline overlaps those waits with
  // preparing: it measured faster there (45,000 against 35,000 rows/s on the size M bench).
  // An in-memory SQLite database cannot be opened by a second connection.
  const { target } = store;
  const relay = options.relay ?? (workers && target.dialect === 'sqlite' && target.path !== ':memory:' ? relayPartner(target) : undefined);
  try {
    for (const [index, file] of files.entries()) {
      options.onFile?.(file, index, files.length);
      const report = await importFile(store.db, file, { ...fileOptions, preparer, ...(relay ? { relay } : {}) });
      reports.push(report);
      for (const k of ['rowsRead', 'inserted', 'updated', 'unchanged', 'quarantined', 'unmatched'] as const) totals[k] += report.counts[k];
      if (report.fileIssue) totals.failedFiles++;
    }
  } finally {
    if (preparer !== options.preparer) await preparer.close();
    if (relay && relay !== options.relay) await relay.close();
  }
  return { files: reports, totals };
}
