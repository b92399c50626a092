import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { ENTITY_KINDS, type EntityKind } from '../domain/index.js';
import { importFile, kindFromFileName, readerFor, type FileImportReport, type ImportFileOptions } from '../ingest/index.js';
import type { Store } from '../store/index.js';

export interface ImportReport {
  readonly files: readonly FileImportReport[];
  readonly totals: { rowsRead: number; inserted: number; updated: number; unchanged: number; quarantined: number; failedFiles: number };
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

function kindRank(file: string, explicit?: EntityKind): number {
  const kind = explicit ?? kindFromFileName(file);
  return kind ? ENTITY_KINDS.indexOf(kind) : ENTITY_KINDS.length;
}

/**
 * Imports files in the order their references need: accounts before the records that
 * name them, whatever order the user typed. One file's failure does not stop the rest.
 */
export async function importFiles(store: Store, paths: readonly string[], options: ImportFileOptions & { onFile?: (file: string, index: number, total: number) => void }): Promise<ImportReport> {
  const files = (await expand(paths)).map((f, i) => ({ f, i })).sort((a, b) => kindRank(a.f, options.kind) - kindRank(b.f, options.kind) || a.i - b.i).map((x) => x.f);
  const reports: FileImportReport[] = [];
  const totals = { rowsRead: 0, inserted: 0, updated: 0, unchanged: 0, quarantined: 0, failedFiles: 0 };
  for (const [index, file] of files.entries()) {
    options.onFile?.(file, index, files.length);
    const report = await importFile(store.db, file, options);
    reports.push(report);
    for (const k of ['rowsRead', 'inserted', 'updated', 'unchanged', 'quarantined'] as const) totals[k] += report.counts[k];
    if (report.fileIssue) totals.failedFiles++;
  }
  return { files: reports, totals };
}
