import { rm } from 'node:fs/promises';
import { createRoute, z } from '@hono/zod-openapi';
import { can } from '../../app/index.js';
import { ENTITY_KINDS } from '../../domain/index.js';
import { principalOf, requireAction } from '../access-guard.js';
import type { Job } from '../background-work.js';
import { importJobView } from '../imports/import-job-view.js';
import { importOptionsFromForm, type UploadImportOptions } from '../imports/import-options-from-form.js';
import { importRunDetailView, importRunView, quarantinedRowView } from '../imports/import-run-view.js';
import { ImportRuns } from '../imports/import-runs.js';
import { receiveUpload } from '../imports/receive-upload.js';
import { runUploadImport, type UploadImportResult } from '../imports/run-upload-import.js';
import { decodeCursor, pageFrom } from '../page-cursor.js';
import { ApiProblem } from '../problem.js';
import { jsonContent, pageOf, PageQuery } from '../schemas/common-schemas.js';
import { ImportJobSchema, ImportRunDetailSchema, ImportRunSchema, QuarantinedRowSchema } from '../schemas/import-schemas.js';
import { problemResponses } from '../schemas/problem-schema.js';
import type { RouteGroup } from './route-group.js';

const JobParams = z.object({ id: z.string().uuid().openapi({ param: { name: 'id', in: 'path' } }) });
const ImportParams = z.object({ id: z.coerce.number().int().positive().openapi({ param: { name: 'id', in: 'path' }, type: 'integer', example: 12 }) });

/**
 * Documented here, read by `receiveUpload` as a stream: a zod schema would make the
 * validator parse (and buffer) the whole form first.
 */
const UPLOAD_BODY = {
  required: true,
  content: {
    'multipart/form-data': {
      schema: {
        type: 'object' as const,
        required: ['file'],
        properties: {
          file: { type: 'array' as const, items: { type: 'string' as const, format: 'binary' }, description: 'One part per CSV or NDJSON file; the name says what it holds unless `kind` or the mapping does (accounts.csv, tickets.ndjson, 2024-10_usage_days.csv)' },
          mapping: { type: 'string' as const, description: 'YAML column mapping, as for `bellwether import --mapping` (a text field or a file part)' },
          kind: { type: 'string' as const, enum: [...ENTITY_KINDS], description: 'What every file holds, when their names do not say' },
          encoding: { type: 'string' as const, description: 'Text encoding, e.g. utf-8, windows-1252, utf-16le (default: detected)' },
          delimiter: { type: 'string' as const, description: 'CSV delimiter, one character (default: detected)' },
        },
      },
    },
  },
};

const startImport = createRoute({
  method: 'post',
  path: '/api/v1/import-jobs',
  tags: ['data'],
  summary: 'Upload CSV or NDJSON files and import them (a background job); bad rows are quarantined and reported with file, line and reason',
  description: 'Admins and managers (the roles that may import data). The files are imported accounts first, whatever their order. The whole upload may be at most the server’s upload limit (413 past it).',
  request: {
    body: UPLOAD_BODY,
    query: z.object({ wait: z.enum(['true', 'false']).default('false').openapi({ description: 'Answer when the import is done (200, with the report) instead of at once (202)' }) }),
  },
  responses: {
    200: { description: 'The finished job with its report (wait=true)', content: jsonContent(ImportJobSchema) },
    202: { description: 'The job, queued; poll its Location', content: jsonContent(ImportJobSchema) },
    ...problemResponses('invalid-request', 'unauthenticated', 'forbidden', 'payload-too-large', 'unsupported-media-type'),
  },
});

const showJob = createRoute({
  method: 'get',
  path: '/api/v1/import-jobs/{id}',
  tags: ['data'],
  summary: 'An upload’s job: status, progress, then the data-quality report',
  description: 'Its creator, admins and managers; anyone else gets 404. Jobs are kept in memory: a restart forgets them (the import runs stay).',
  request: { params: JobParams },
  responses: { 200: { description: 'The job', content: jsonContent(ImportJobSchema) }, ...problemResponses('unauthenticated', 'not-found') },
});

const listImports = createRoute({
  method: 'get',
  path: '/api/v1/imports',
  tags: ['data'],
  summary: 'Import runs, newest first, with their counts',
  description: 'Admins and managers: a run’s rows may belong to any account.',
  request: { query: PageQuery },
  responses: { 200: { description: 'A page of runs', content: jsonContent(pageOf(ImportRunSchema).openapi('ImportRunPage')) }, ...problemResponses('invalid-request', 'invalid-cursor', 'unauthenticated', 'forbidden') },
});

const showImport = createRoute({
  method: 'get',
  path: '/api/v1/imports/{id}',
  tags: ['data'],
  summary: 'One import run',
  request: { params: ImportParams },
  responses: { 200: { description: 'The run', content: jsonContent(ImportRunDetailSchema) }, ...problemResponses('invalid-request', 'unauthenticated', 'forbidden', 'not-found') },
});

const listQuarantine = createRoute({
  method: 'get',
  path: '/api/v1/imports/{id}/quarantine',
  tags: ['data'],
  summary: 'The rows a run rejected, by line: file, line, column, code, message and the raw row',
  description: 'A file’s rejected rows are kept once: a re-run of the same file lists the rows its first run quarantined.',
  request: { params: ImportParams, query: PageQuery },
  responses: { 200: { description: 'A page of rejected rows', content: jsonContent(pageOf(QuarantinedRowSchema).openapi('QuarantinePage')) }, ...problemResponses('invalid-request', 'invalid-cursor', 'unauthenticated', 'forbidden', 'not-found') },
});

/** Uploads and their import jobs; the import runs and their quarantined rows. */
export const importRoutes: RouteGroup = (app, deps) => {
  const { store, config, background } = deps;
  // The files of each upload's job, for its view; forgotten with the job.
  const uploads = new WeakMap<Job, readonly string[]>();

  app.openapi(startImport, async (c) => {
    const principal = requireAction(c, 'import_data');
    const wait = c.req.valid('query').wait === 'true';
    const upload = await receiveUpload(c.req.raw, { uploadDir: config.uploadDir, limitBytes: config.uploadLimitBytes });
    let options: UploadImportOptions;
    try {
      options = importOptionsFromForm(upload.fields);
    } catch (error) {
      await rm(upload.dir, { recursive: true, force: true });
      throw error;
    }
    const job = background.start<UploadImportResult>('import', principal.email, (progress) => runUploadImport(deps, upload, options, progress), { writes: true });
    const files = upload.files.map((f) => f.name);
    uploads.set(job as Job, files);
    c.header('location', `/api/v1/import-jobs/${job.id}`);
    if (!wait) return c.json(importJobView(job, files), 202);
    await background.settled(job.id);
    return c.json(importJobView(job, files), 200);
  });

  app.openapi(showJob, (c) => {
    const principal = principalOf(c);
    const job = background.get(c.req.valid('param').id);
    const files = job ? uploads.get(job) : undefined;
    // Someone else's job is not found, unless one may import (admins, managers).
    if (!job || !files || (job.createdBy !== principal.email && !can(principal, 'import_data'))) throw new ApiProblem('not-found', 'No such import job.');
    return c.json(importJobView(job as Job<UploadImportResult>, files), 200);
  });

  app.openapi(listImports, async (c) => {
    requireAction(c, 'import_data');
    const { limit, cursor } = c.req.valid('query');
    const beforeId = cursor === undefined ? undefined : (decodeCursor(cursor, ['number'])[0] as number);
    const rows = await ImportRuns.page(store.db, { limit: limit + 1, ...(beforeId !== undefined ? { beforeId } : {}) });
    const page = pageFrom(rows, limit, (r) => [r.id]);
    return c.json({ items: page.items.map((r) => importRunView(r, config.uploadDir)), nextCursor: page.nextCursor }, 200);
  });

  const runOr404 = async (id: number) => {
    const run = await ImportRuns.byId(store.db, id);
    if (!run) throw new ApiProblem('not-found', `No import ${id}.`);
    return run;
  };

  app.openapi(showImport, async (c) => {
    requireAction(c, 'import_data');
    return c.json(importRunDetailView(await runOr404(c.req.valid('param').id), config.uploadDir), 200);
  });

  app.openapi(listQuarantine, async (c) => {
    requireAction(c, 'import_data');
    const run = await runOr404(c.req.valid('param').id);
    const { limit, cursor } = c.req.valid('query');
    const afterLine = cursor === undefined ? undefined : (decodeCursor(cursor, ['number'])[0] as number);
    const rows = await ImportRuns.quarantinePage(store.db, { checksum: run.checksum, limit: limit + 1, ...(afterLine !== undefined ? { afterLine } : {}) });
    const page = pageFrom(rows, limit, (r) => [r.line]);
    return c.json({ items: page.items.map((r) => quarantinedRowView(r, config.uploadDir)), nextCursor: page.nextCursor }, 200);
  });
};
