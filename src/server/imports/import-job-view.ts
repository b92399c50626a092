import type { z } from '@hono/zod-openapi';
import type { Job } from '../background-work.js';
import type { ImportJobSchema } from '../schemas/import-schemas.js';
import type { UploadImportResult } from './run-upload-import.js';

export type ImportJobView = z.infer<typeof ImportJobSchema>;

/**
 * An upload's job as the API shows it. A failure's own message stays in the log (it may
 * be a driver's); the client gets the job id to quote.
 */
export function importJobView(job: Job<UploadImportResult>, files: readonly string[]): ImportJobView {
  const done = job.status === 'completed' && job.result !== undefined;
  return {
    id: job.id,
    status: job.status,
    createdBy: job.createdBy,
    createdAt: job.createdAt,
    startedAt: job.startedAt ?? null,
    finishedAt: job.finishedAt ?? null,
    files: [...files],
    progress: job.progress ? { done: job.progress.done, total: job.progress.total, file: job.progress.item ?? null } : null,
    report: done ? { files: [...job.result!.files], totals: job.result!.totals, rejected: [...job.result!.rejected] } : null,
    error: job.status === 'failed' ? { detail: `The import failed; the server logged why under job ${job.id}.` } : null,
    links: { self: `/api/v1/import-jobs/${job.id}` },
  };
}
