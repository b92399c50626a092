import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { z } from '@hono/zod-openapi';
import { importFiles } from '../../app/index.js';
import type { EntityKind } from '../../domain/index.js';
import type { ApiDeps } from '../api-env.js';
import { PUSH_REJECTED_RECORDS, type PushResultSchema } from '../schemas/import-schemas.js';
import type { PushBody } from './push-body.js';
import { makeUploadDir } from './upload-dir.js';

export type PushResult = z.infer<typeof PushResultSchema>;

/** Set when the records could not be imported as a file at all (a file issue). */
export interface PushOutcome {
  readonly result: PushResult;
  readonly fileIssue?: string;
}

/**
 * Imports pushed records exactly as a file of them: written as `<kind>.ndjson` and read by
 * the file import. So a push validates, quarantines and versions records as an upload
 * does, and an identical body (same checksum, so the same known_at) changes nothing.
 */
export async function runPushImport(deps: ApiDeps, kind: EntityKind, body: PushBody): Promise<PushOutcome> {
  const dir = await makeUploadDir(deps.config.uploadDir, 'push');
  try {
    const path = join(dir, `${kind}.ndjson`);
    await writeFile(path, body.ndjson, { flag: 'wx' });
    const report = await importFiles(deps.store, [path], { kind, encoding: 'utf-8', now: deps.now(), clock: deps.now, maxReportedIssues: PUSH_REJECTED_RECORDS });
    const file = report.files[0];
    const { totals } = report;
    if (totals.inserted + totals.updated > 0) deps.background.requestRescore();
    const rejected = (file?.issues ?? []).map((issue) => {
      const index = body.indexOfLine(issue.line) ?? -1;
      const line = body.bodyLineOf(index);
      return { index, ...(line !== undefined ? { line } : {}), column: issue.column ?? null, code: issue.code as PushResult['rejected'][number]['code'], message: issue.message };
    });
    const result: PushResult = {
      importId: file?.importId ?? null,
      kind,
      received: body.received,
      inserted: totals.inserted,
      updated: totals.updated,
      unchanged: totals.unchanged,
      quarantined: totals.quarantined,
      unmatched: totals.unmatched,
      rejected,
    };
    return { result, ...(file?.fileIssue ? { fileIssue: file.fileIssue.message.split(path).join(`${kind}.ndjson`) } : {}) };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
