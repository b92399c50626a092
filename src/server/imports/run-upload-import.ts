import { rm } from 'node:fs/promises';
import { importFiles, type ImportReport } from '../../app/index.js';
import type { ApiDeps } from '../api-env.js';
import type { JobProgress } from '../background-work.js';
import { JOB_REJECTED_ROWS } from '../schemas/import-schemas.js';
import { fileImportView, rejectedRowView, type FileImportView, type RejectedRowView } from './file-import-view.js';
import type { UploadImportOptions } from './import-options-from-form.js';
import type { ReceivedUpload } from './receive-upload.js';

/** What an upload's job keeps when done: the per-file report, totals and the first rejected rows, by the upload's file names. */
export interface UploadImportResult {
  readonly files: readonly FileImportView[];
  readonly totals: ImportReport['totals'];
  readonly rejected: readonly RejectedRowView[];
}

/**
 * Imports an upload's files (in the order their references need, as the CLI does), asks
 * for a rescore when anything changed, and removes the files. Progress is in bytes over
 * all files, the current file's share estimated from its rows.
 */
export async function runUploadImport(deps: ApiDeps, upload: ReceivedUpload, options: UploadImportOptions, progress: (p: JobProgress) => void): Promise<UploadImportResult> {
  const byPath = new Map(upload.files.map((f) => [f.path, f]));
  const total = upload.files.reduce((sum, f) => sum + f.bytes, 0);
  let before = 0;
  let current: { name: string; bytes: number } | undefined;
  const started = Date.now();
  try {
    const report = await importFiles(
      deps.store,
      upload.files.map((f) => f.path),
      {
        ...options,
        now: deps.now(),
        clock: deps.now,
        maxReportedIssues: JOB_REJECTED_ROWS,
        onFile: (path) => {
          if (current) before += current.bytes;
          const file = byPath.get(path);
          current = { name: file?.name ?? path, bytes: file?.bytes ?? 0 };
          progress({ done: before, total, item: current.name });
        },
        onProgress: (rows, estimatedRows) => {
          if (!current) return;
          const share = estimatedRows > 0 ? Math.min(1, rows / estimatedRows) : 0;
          progress({ done: before + Math.round(current.bytes * share), total, item: current.name });
        },
      },
    );
    progress({ done: total, total });
    if (report.totals.inserted + report.totals.updated > 0) deps.background.requestRescore();
    const nameOf = (path: string) => byPath.get(path)?.name ?? path;
    const files = report.files.map((f) => fileImportView(f, nameOf(f.file)));
    const rejected = report.files.flatMap((f) => f.issues.map((i) => rejectedRowView(i, nameOf(f.file)))).slice(0, JOB_REJECTED_ROWS);
    deps.log.info({ files: files.map((f) => f.file), rowsRead: report.totals.rowsRead, quarantined: report.totals.quarantined, failedFiles: report.totals.failedFiles, durationMs: Date.now() - started }, 'upload imported');
    return { files, totals: report.totals, rejected };
  } finally {
    await rm(upload.dir, { recursive: true, force: true });
  }
}
