import type { z } from '@hono/zod-openapi';
import type { ImportRunDetailSchema, ImportRunSchema, QuarantinedRowSchema } from '../schemas/import-schemas.js';
import { displayFileName } from './upload-dir.js';
import type { ImportRunRow, QuarantinedRowRow } from './import-runs.js';

export type ImportRunView = z.infer<typeof ImportRunSchema>;

/** An import run for the API, in the field names of the first API. */
export function importRunView(run: ImportRunRow, uploadDir: string): ImportRunView {
  return {
    id: run.id,
    sourceFile: displayFileName(run.sourceFile, uploadDir),
    checksum: run.checksum,
    kind: run.kind as ImportRunView['kind'],
    format: run.format,
    status: run.status,
    startedAt: run.startedAt,
    finishedAt: run.finishedAt,
    knownAt: run.knownAt,
    rowsRead: run.rowsRead,
    inserted: run.inserted,
    updated: run.updated,
    unchanged: run.unchanged,
    quarantined: run.quarantined,
    unmatched: run.unmatched,
    links: { self: `/api/v1/imports/${run.id}`, quarantine: `/api/v1/imports/${run.id}/quarantine` },
  };
}

export function importRunDetailView(run: ImportRunRow, uploadDir: string): z.infer<typeof ImportRunDetailSchema> {
  const options = parseOptions(run.options);
  return { ...importRunView(run, uploadDir), encoding: typeof options.encoding === 'string' ? options.encoding : null, mapping: typeof options.mapping === 'string' ? options.mapping : null };
}

export function quarantinedRowView(row: QuarantinedRowRow, uploadDir: string): z.infer<typeof QuarantinedRowSchema> {
  return { ...row, file: displayFileName(row.file, uploadDir), code: row.code as z.infer<typeof QuarantinedRowSchema>['code'] };
}

function parseOptions(text: string | null): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(text ?? '{}');
    return value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}
