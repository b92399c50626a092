import type { FileImportReport, RowIssue } from '../../ingest/index.js';
import type { z } from '@hono/zod-openapi';
import type { FileImportSchema, RejectedRowSchema } from '../schemas/import-schemas.js';

export type FileImportView = z.infer<typeof FileImportSchema>;
export type RejectedRowView = z.infer<typeof RejectedRowSchema>;

/** Messages name the file by the path it was read from: an upload's temporary one, shown by its own name. */
function renamed(text: string, path: string, name: string): string {
  return path === name ? text : text.split(path).join(name);
}

/** One file's part of an import's report, for the API. */
export function fileImportView(report: FileImportReport, name: string): FileImportView {
  const { counts, importId } = report;
  return {
    file: name,
    importId: importId ?? null,
    kind: report.kind ?? null,
    format: report.format ?? null,
    encoding: report.encoding ?? null,
    preset: report.preset ?? null,
    rowsRead: counts.rowsRead,
    inserted: counts.inserted,
    updated: counts.updated,
    unchanged: counts.unchanged,
    quarantined: counts.quarantined,
    unmatched: counts.unmatched,
    ignoredColumns: [...report.ignoredColumns],
    unmatchedAddresses: report.unmatchedAddresses.map((u) => ({ address: u.address, activities: u.activities })),
    fileIssue: report.fileIssue ? { code: report.fileIssue.code as NonNullable<FileImportView['fileIssue']>['code'], message: renamed(report.fileIssue.message, report.file, name) } : null,
    links: importId !== undefined ? { import: `/api/v1/imports/${importId}`, quarantine: `/api/v1/imports/${importId}/quarantine` } : null,
  };
}

/** A rejected row of the report (its raw text stays in the quarantine). */
export function rejectedRowView(issue: RowIssue, name: string): RejectedRowView {
  return { file: name, line: issue.line, column: issue.column ?? null, code: issue.code as RejectedRowView['code'], message: renamed(issue.message, issue.file, name) };
}
