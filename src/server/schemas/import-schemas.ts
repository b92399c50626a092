import { z } from '@hono/zod-openapi';
import { ENTITY_KINDS, ROW_ISSUE_CODES } from '../../domain/index.js';
import type { FileIssueCode } from '../../ingest/index.js';

/** Why a whole file was not imported; the list must name every {@link FileIssueCode}. */
export const FILE_ISSUE_CODES = ['unreadable_file', 'empty_file', 'missing_header', 'unknown_kind', 'missing_column'] as const satisfies readonly FileIssueCode[];
// A code added to FileIssueCode but not listed above fails to compile here.
type UnlistedFileIssueCode = Exclude<FileIssueCode, (typeof FILE_ISSUE_CODES)[number]>;
const _everyFileIssueCodeListed: [UnlistedFileIssueCode] extends [never] ? true : UnlistedFileIssueCode = true;
void _everyFileIssueCodeListed;

const Moment = z.string().openapi({ format: 'date-time' });
const Kind = z.enum(ENTITY_KINDS).openapi({ description: 'What the records are' });
const RowCode = z.enum(ROW_ISSUE_CODES).openapi({ description: 'Why the row was rejected' });

const CountsShape = {
  rowsRead: z.number().int(),
  inserted: z.number().int().openapi({ description: 'New facts' }),
  updated: z.number().int().openapi({ description: 'Facts that changed (the old version is kept in history)' }),
  unchanged: z.number().int().openapi({ description: 'Rows identical to what was already known (re-imports)' }),
  quarantined: z.number().int().openapi({ description: 'Rows rejected; listed with line and reason in the quarantine' }),
  unmatched: z.number().int().openapi({ description: 'Emails and meetings no account was found for; kept on the review list (GET /api/v1/unmatched-addresses) until an address is assigned' }),
};

/** An import run as the store records it; the field names are those of the first API (0.1). */
export const ImportRunSchema = z
  .object({
    id: z.number().int(),
    sourceFile: z.string().openapi({ description: 'The file as named by the CLI, or the upload’s file name' }),
    checksum: z.string().openapi({ description: 'SHA-256 of the file' }),
    kind: Kind.nullable(),
    format: z.string().nullable().openapi({ example: 'csv' }),
    status: z.enum(['running', 'completed', 'failed', 'interrupted']),
    startedAt: Moment,
    finishedAt: Moment.nullable(),
    knownAt: Moment.openapi({ description: 'When its facts became known: the first import of the same file' }),
    ...CountsShape,
    links: z.object({ self: z.string(), quarantine: z.string() }),
  })
  .openapi('ImportRun');

export const ImportRunDetailSchema = ImportRunSchema.extend({
  encoding: z.string().nullable(),
  mapping: z.string().nullable().openapi({ description: 'The column mapping applied, by name' }),
}).openapi('ImportRunDetail');

/** A rejected row as kept in the quarantine. */
export const QuarantinedRowSchema = z
  .object({
    file: z.string(),
    line: z.number().int().openapi({ description: '1-based physical line of the file where the row starts' }),
    column: z.string().nullable().openapi({ description: 'The column (as named in the file) that was wrong, when one was' }),
    code: RowCode,
    message: z.string(),
    raw: z.string().nullable().openapi({ description: 'The row as it appeared in the file' }),
  })
  .openapi('QuarantinedRow');

/** A rejected row in an import job's report (without its raw text). */
export const RejectedRowSchema = QuarantinedRowSchema.omit({ raw: true }).openapi('RejectedRow');

export const FileIssueSchema = z
  .object({ code: z.enum(FILE_ISSUE_CODES), message: z.string() })
  .openapi('FileIssue', { description: 'Why the file as a whole was not imported' });

export const FileImportSchema = z
  .object({
    file: z.string().openapi({ description: 'The uploaded file’s name (sanitised)' }),
    importId: z.number().int().nullable().openapi({ description: 'The import run; null when the file could not be imported at all' }),
    kind: Kind.nullable(),
    format: z.string().nullable(),
    encoding: z.string().nullable(),
    preset: z.string().nullable().openapi({ description: 'The built-in mapping recognised from the headers, if any' }),
    ...CountsShape,
    ignoredColumns: z.array(z.string()).openapi({ description: 'Columns mapped to no field' }),
    unmatchedAddresses: z
      .array(z.object({ address: z.string(), activities: z.number().int() }))
      .openapi({ description: 'Customer addresses of this file’s emails and meetings that matched no account, most activities first' }),
    fileIssue: FileIssueSchema.nullable(),
    links: z.object({ import: z.string(), quarantine: z.string() }).nullable(),
  })
  .openapi('FileImport');

export const ImportTotalsSchema = z.object({ ...CountsShape, failedFiles: z.number().int().openapi({ description: 'Files not imported at all (see fileIssue)' }) }).openapi('ImportTotals');

/** Most rejected rows an import job's report lists; the quarantine has them all. */
export const JOB_REJECTED_ROWS = 100;

export const ImportJobReportSchema = z
  .object({
    files: z.array(FileImportSchema).openapi({ description: 'In the order imported: accounts first, then the records that name them' }),
    totals: ImportTotalsSchema,
    rejected: z.array(RejectedRowSchema).openapi({ description: `The first ${JOB_REJECTED_ROWS} rejected rows, file by file; each file's quarantine link lists all` }),
  })
  .openapi('ImportJobReport');

export const ImportJobSchema = z
  .object({
    id: z.string().openapi({ format: 'uuid' }),
    status: z.enum(['queued', 'running', 'completed', 'failed']),
    createdBy: z.string(),
    createdAt: Moment,
    startedAt: Moment.nullable(),
    finishedAt: Moment.nullable(),
    files: z.array(z.string()).openapi({ description: 'The uploaded files, by their sanitised names' }),
    progress: z
      .object({
        done: z.number().int().openapi({ description: 'Bytes of the upload imported so far' }),
        total: z.number().int().openapi({ description: 'Bytes of the upload, all files' }),
        file: z.string().nullable().openapi({ description: 'The file being imported' }),
      })
      .nullable(),
    report: ImportJobReportSchema.nullable().openapi({ description: 'Set when the job has completed' }),
    error: z.object({ detail: z.string() }).nullable().openapi({ description: 'Set when the job failed' }),
    links: z.object({ self: z.string() }),
  })
  .openapi('ImportJob');

export const RejectedRecordSchema = z
  .object({
    index: z.number().int().openapi({ description: '0-based index of the record in the body' }),
    line: z.number().int().optional().openapi({ description: 'Line of an NDJSON body' }),
    column: z.string().nullable().openapi({ description: 'The field that was wrong, when one was' }),
    code: RowCode,
    message: z.string(),
  })
  .openapi('RejectedRecord');

/** Most rejected records a push lists; GET /imports/{importId}/quarantine has all. */
export const PUSH_REJECTED_RECORDS = 1000;

export const PushResultSchema = z
  .object({
    importId: z.number().int().nullable().openapi({ description: 'The import run that took the records; null for an empty push' }),
    kind: Kind,
    received: z.number().int().openapi({ description: 'Records in the body' }),
    inserted: CountsShape.inserted,
    updated: CountsShape.updated,
    unchanged: CountsShape.unchanged,
    quarantined: CountsShape.quarantined,
    unmatched: CountsShape.unmatched,
    rejected: z.array(RejectedRecordSchema).openapi({ description: `Each rejected record with its index and reason (the first ${PUSH_REJECTED_RECORDS})` }),
  })
  .openapi('PushResult');
